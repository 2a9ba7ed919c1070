import { ConfidentialClientApplication, LogLevel } from '@azure/msal-node'
import { createRedactor, type Redactor } from '../findings/redact.js'
import { text } from '../messages/text-of.js'
import type { TokenProvider } from '../partner-center/client.js'
import { checkBaseUrl } from '../partner-center/errors.js'
import { AuthError } from './auth-error.js'
import { GLOBAL_CLOUD, partnerCenterScopes } from './cloud.js'
import { type CredentialOptions, credential, type SignInMode, signInMode } from './credential.js'
import { type FreshToken, sharedToken } from './shared-token.js'
import { signInFailure } from './sign-in-failure.js'

export { AuthError } from './auth-error.js'
export { FEDERATION_AUDIENCE, type SignInMode } from './credential.js'
export { ACTION_SETTING_NAMES, CLI_SETTING_NAMES, type SettingNames } from './setting-names.js'

export const DEFAULT_AUTHORITY_HOST = GLOBAL_CLOUD.authorityHost

/** Absent or empty is not given: callers pass what they read, as they read it. */
export interface SignInOptions extends CredentialOptions {
  /** The partner's own tenant, where the app registration lives. */
  tenantId: string
  clientId: string
  /** App+User (the secure application model): a partner user's refresh token. */
  refreshToken?: string | undefined
  authorityHost?: string | undefined
  /** Partner Center's endpoint: the tokens' audience follows its cloud (see cloud.ts). */
  partnerCenterUrl?: string | undefined
  /**
   * The run's Redactor: it is told every secret given here and every token the sign-in obtains,
   * and Entra's words in a failed sign-in pass it. One of its own when absent.
   */
  redactor?: Redactor | undefined
}

export interface PartnerCenterSignIn extends TokenProvider {
  /** App+User when a refresh token is given, else the app-only token. */
  getUserToken: TokenProvider['getToken']
  /** How the app proves itself; `device-code` when a partner admin's sign-in is all there is. */
  mode: SignInMode | 'device-code'
  /** True with a refresh token: App+User, which creating a device batch needs. */
  appUser: boolean
  /**
   * The refresh token Entra handed back for the stored one, once that was redeemed: the stored
   * one is not renewed by use and stops working 90 days after its issue, so this one replaces it.
   */
  renewedRefreshToken(): string | undefined
}

type Acquire = (user: boolean) => Promise<FreshToken>

/**
 * The only code that speaks to MSAL. The credential is chosen by what is given: a client secret,
 * else a client certificate, else GitHub's workload identity (no stored secret); a refresh token
 * on top makes it App+User.
 */
export function createSignIn(given: SignInOptions): PartnerCenterSignIn {
  const redactor = given.redactor ?? createRedactor()
  const learn = learner(given.maskSecret, redactor)
  const options = { ...given, maskSecret: learn }
  for (const secret of [options.clientSecret, options.clientCertificate, options.refreshToken]) {
    if (secret) learn(secret)
  }
  const { settings } = options
  const host = checkBaseUrl(options.authorityHost ?? DEFAULT_AUTHORITY_HOST, settings.authorityHost)
  const mode = signInMode(options)
  const authority = `${host.origin}/${options.tenantId}`
  const app = msalApp(options, mode, authority, host.host)
  const appUser = Boolean(options.refreshToken)
  const scopes = partnerCenterScopes(options.partnerCenterUrl)
  let renewed: string | undefined
  const acquire: Acquire = async (user) => {
    try {
      const result =
        user && options.refreshToken
          ? await app.acquireTokenByRefreshToken({
              refreshToken: options.refreshToken,
              scopes: [scopes.user],
              forceCache: false,
            })
          : await app.acquireTokenByClientCredential({ scopes: [scopes.app], skipCache: true })
      const token = result?.accessToken
      if (!token) throw new AuthError(text('error.signIn.noAccessToken'))
      learn(token)
      // The refresh token Entra hands back in exchange, and the ID token: in MSAL's cache.
      const cache = app.getTokenCache().serialize()
      for (const secret of cachedSecrets(cache)) learn(secret)
      if (user)
        renewed = cachedSecrets(cache, 'RefreshToken').find((t) => t !== options.refreshToken)
      return { token, expiresAt: result.expiresOn?.getTime() ?? Date.now() + 60 * 60_000 }
    } catch (error) {
      throw await signInFailure(error, {
        mode,
        appUser: user,
        authority,
        settings,
        redact: redactor.redact,
      })
    }
  }
  // App-only for every call; App+User only where Partner Center requires it (creating a batch).
  const getToken = sharedToken(() => acquire(false))
  return {
    mode,
    appUser,
    getToken,
    getUserToken: appUser ? sharedToken(() => acquire(true)) : getToken,
    renewedRefreshToken: () => renewed,
  }
}

function msalApp(
  options: SignInOptions,
  mode: SignInMode,
  authority: string,
  host: string,
): ConfidentialClientApplication {
  return new ConfidentialClientApplication({
    auth: {
      clientId: options.clientId,
      authority,
      // A sovereign cloud, the sandbox or a test: MSAL reads the discovery document from this host.
      knownAuthorities: [host],
      ...credential(mode, options),
    },
    system: { loggerOptions: QUIET_LOGGER },
  })
}

/** MSAL says nothing: its errors reach the caller, and its log could hold personal data. */
export const QUIET_LOGGER = {
  logLevel: LogLevel.Error,
  piiLoggingEnabled: false,
  loggerCallback: () => {},
}

/** Masks each secret in the runner's log and tells it to the Redactor, each once. */
export function learner(mask: (secret: string) => void, redactor: Redactor) {
  const learnt = new Set<string>()
  return (secret: string) => {
    if (learnt.has(secret)) return
    learnt.add(secret)
    mask(secret)
    redactor.add(secret)
  }
}

type CachedKind = 'AccessToken' | 'RefreshToken' | 'IdToken'

/** Every token in MSAL's serialized cache: access, refresh and ID tokens alike, or of one kind. */
export function cachedSecrets(serialized: string, only?: CachedKind): string[] {
  let cache: Record<string, Record<string, { secret?: unknown }> | undefined>
  try {
    cache = JSON.parse(serialized)
  } catch {
    return []
  }
  const kinds: CachedKind[] = only ? [only] : ['AccessToken', 'RefreshToken', 'IdToken']
  return kinds.flatMap((kind) =>
    Object.values(cache[kind] ?? {}).flatMap((entry) =>
      typeof entry?.secret === 'string' ? [entry.secret] : [],
    ),
  )
}
