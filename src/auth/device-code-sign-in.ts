import { type INetworkModule, PublicClientApplication } from '@azure/msal-node'
import { createRedactor } from '../findings/redact.js'
import { text } from '../messages/text-of.js'
import { checkBaseUrl } from '../partner-center/errors.js'
import { AuthError } from './auth-error.js'
import { partnerCenterScopes } from './cloud.js'
import { refusalNetwork } from './refusal-network.js'
import { type FreshToken, sharedToken } from './shared-token.js'
import { signInFailure } from './sign-in-failure.js'
import {
  cachedSecrets,
  createSignIn,
  DEFAULT_AUTHORITY_HOST,
  learner,
  type PartnerCenterSignIn,
  QUIET_LOGGER,
  type SignInOptions,
} from './token-provider.js'

export interface DeviceCodeSignInOptions extends SignInOptions {
  /** Shows the person what to open and which code to enter: Entra's own sentence. */
  tell: (message: string) => void
}

/**
 * App+User without a stored token: a partner admin signs in on another device with a code
 * (Entra's device-code flow, which only a public client may run: the app registration must allow
 * public client flows). Every other call goes app-only when the app's own credential is given,
 * else on the admin's token too.
 */
export function createDeviceCodeSignIn(given: DeviceCodeSignInOptions): PartnerCenterSignIn {
  const redactor = given.redactor ?? createRedactor()
  const { settings } = given
  const host = checkBaseUrl(given.authorityHost ?? DEFAULT_AUTHORITY_HOST, settings.authorityHost)
  const authority = `${host.origin}/${given.tenantId}`
  const { network, lastRefusal } = refusalNetwork()
  const app = publicApp(given.clientId, authority, host.host, network)
  const scopes = [partnerCenterScopes(given.partnerCenterUrl).user]
  const learn = learner(given.maskSecret, redactor)
  let refreshToken: string | undefined
  const acquire = async (): Promise<FreshToken> => {
    try {
      const result = refreshToken
        ? await app.acquireTokenByRefreshToken({ refreshToken, scopes, forceCache: false })
        : await signInWithCode(app, scopes, given)
      const token = result?.accessToken
      if (!token) throw new AuthError(text('error.signIn.noAccessToken'))
      learn(token)
      const cache = app.getTokenCache().serialize()
      for (const secret of cachedSecrets(cache)) learn(secret)
      // Kept to renew the admin's token without a new code.
      refreshToken = cachedSecrets(cache, 'RefreshToken').at(-1) ?? refreshToken
      return { token, expiresAt: result.expiresOn?.getTime() ?? Date.now() + 60 * 60_000 }
    } catch (error) {
      const refused = lastRefusal()
      const said = refused ? new Error(`${refused.error}: ${refused.description}`) : error
      throw await signInFailure(said, {
        mode: 'device-code',
        appUser: true,
        authority,
        settings,
        redact: redactor.redact,
      })
    }
  }
  return withAppOnly(sharedToken(acquire), given)
}

/** The admin's sign-in, and the app's own for every other call when its credential is given. */
function withAppOnly(
  getUserToken: PartnerCenterSignIn['getToken'],
  given: DeviceCodeSignInOptions,
): PartnerCenterSignIn {
  const appOnly = given.clientSecret || given.clientCertificate ? createSignIn(given) : undefined
  // The admin signs in at the first call, before anything is sent, whichever token it takes.
  let admin: Promise<string> | undefined
  return {
    mode: appOnly?.mode ?? 'device-code',
    appUser: true,
    getToken: appOnly
      ? async (options) => {
          admin ??= getUserToken()
          await admin
          return appOnly.getToken(options)
        }
      : getUserToken,
    getUserToken,
    renewedRefreshToken: () => undefined,
  }
}

function publicApp(clientId: string, authority: string, host: string, network: INetworkModule) {
  return new PublicClientApplication({
    auth: { clientId, authority, knownAuthorities: [host] },
    system: { networkClient: network, loggerOptions: QUIET_LOGGER },
  })
}

async function signInWithCode(
  app: PublicClientApplication,
  scopes: string[],
  given: DeviceCodeSignInOptions,
) {
  return app.acquireTokenByDeviceCode({
    scopes,
    deviceCodeCallback: (answer: { message: string }) => given.tell(answer.message),
  })
}
