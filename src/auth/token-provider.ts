import { createHash, createPrivateKey, X509Certificate } from 'node:crypto'
import { ConfidentialClientApplication, LogLevel } from '@azure/msal-node'
import type { TokenProvider } from '../partner-center/client.js'
import { checkBaseUrl } from '../partner-center/errors.js'

export const APP_SCOPE = 'https://api.partnercenter.microsoft.com/.default'
export const USER_SCOPE = 'https://api.partnercenter.microsoft.com/user_impersonation'
export const FEDERATION_AUDIENCE = 'api://AzureADTokenExchange'
export const DEFAULT_AUTHORITY_HOST = 'https://login.microsoftonline.com'

const EXPIRY_MARGIN_MS = 5 * 60_000

export type SignInMode = 'client-secret' | 'client-certificate' | 'workload-identity'

export interface SignInOptions {
  /** The partner's own tenant, where the app registration lives. */
  tenantId: string
  clientId: string
  // Absent or empty: not given. Callers pass what they read, as they read it.
  clientSecret?: string | undefined
  /** PEM holding the private key and the certificate. */
  clientCertificate?: string | undefined
  /** App+User (the secure application model): a partner user's refresh token. */
  refreshToken?: string | undefined
  authorityHost?: string | undefined
  /** An ID token for an audience: GitHub's OIDC token in the action (core.getIDToken). */
  getIdToken?: ((audience: string) => Promise<string>) | undefined
  /** Registers a value with the runner's log masking before anything can print it. */
  maskSecret: (value: string) => void
}

/** A sign-in problem: says what to configure, never a secret. */
export class AuthError extends Error {
  override readonly name = 'AuthError'
}

export interface PartnerCenterSignIn extends TokenProvider {
  mode: SignInMode
  /** True with a refresh token: App+User, which creating a device batch needs. */
  appUser: boolean
}

/**
 * The only code that speaks to MSAL. The credential is chosen by what is given: a client secret,
 * else a client certificate, else GitHub's workload identity (no stored secret); a refresh token
 * on top makes it App+User.
 */
export function createSignIn(options: SignInOptions): PartnerCenterSignIn {
  for (const secret of [options.clientSecret, options.clientCertificate, options.refreshToken]) {
    if (secret) options.maskSecret(secret)
  }
  const host = checkBaseUrl(options.authorityHost ?? DEFAULT_AUTHORITY_HOST, 'authority-host')
  const mode: SignInMode = options.clientSecret
    ? 'client-secret'
    : options.clientCertificate
      ? 'client-certificate'
      : 'workload-identity'
  const app = new ConfidentialClientApplication({
    auth: {
      clientId: options.clientId,
      authority: `${host.origin}/${options.tenantId}`,
      // A sovereign cloud, the sandbox or a test: MSAL reads the discovery document from this host.
      knownAuthorities: [host.host],
      ...credential(mode, options),
    },
    system: {
      loggerOptions: {
        logLevel: LogLevel.Error,
        piiLoggingEnabled: false,
        loggerCallback: () => {},
      },
    },
  })
  const appUser = Boolean(options.refreshToken)
  // MSAL caches client-credential tokens but redeems a refresh token on every call: keep the
  // token ourselves until shortly before it expires, or until a 401 asks for a new one. Callers
  // that ask at once (customers registered in parallel) share one request.
  let cached: { token: string; expiresAt: number } | undefined
  let inFlight: Promise<string> | undefined
  const acquire = async (): Promise<string> => {
    try {
      const result = options.refreshToken
        ? await app.acquireTokenByRefreshToken({
            refreshToken: options.refreshToken,
            scopes: [USER_SCOPE],
            forceCache: false,
          })
        : await app.acquireTokenByClientCredential({ scopes: [APP_SCOPE], skipCache: true })
      const token = result?.accessToken
      if (!token) throw new AuthError('Microsoft Entra answered without an access token')
      options.maskSecret(token)
      cached = { token, expiresAt: result.expiresOn?.getTime() ?? Date.now() + 60 * 60_000 }
      return token
    } catch (error) {
      if (error instanceof AuthError) throw error
      throw new AuthError(
        describe(error, appUser ? `${mode} and refresh-token (App+User)` : mode),
        {
          cause: error,
        },
      )
    }
  }
  return {
    mode,
    appUser,
    async getToken({ forceRefresh = false } = {}) {
      if (cached && !forceRefresh && cached.expiresAt - EXPIRY_MARGIN_MS > Date.now())
        return cached.token
      if (!inFlight || forceRefresh) {
        const request: Promise<string> = acquire().finally(() => {
          if (inFlight === request) inFlight = undefined
        })
        inFlight = request
      }
      return inFlight
    },
  }
}

function credential(mode: SignInMode, options: SignInOptions) {
  if (mode === 'client-secret') return { clientSecret: options.clientSecret as string }
  if (mode === 'client-certificate')
    return { clientCertificate: certificateOf(options.clientCertificate as string) }
  const getIdToken = options.getIdToken
  if (!getIdToken) {
    throw new AuthError(
      'no credential: give client-secret or client-certificate, or let the workflow sign in without a secret (permissions: id-token: write, and a federated credential on the app registration)',
    )
  }
  return {
    clientAssertion: async () => {
      const token = await getIdToken(FEDERATION_AUDIENCE)
      options.maskSecret(token)
      return token
    },
  }
}

/** MSAL wants the thumbprint and the key apart; a partner has one PEM file with both. */
function certificateOf(pem: string) {
  const certificate = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem)?.[0]
  if (!certificate)
    throw new AuthError('client-certificate holds no certificate (-----BEGIN CERTIFICATE-----)')
  let privateKey: string
  try {
    privateKey = createPrivateKey(pem).export({ type: 'pkcs8', format: 'pem' }).toString()
  } catch {
    throw new AuthError('client-certificate holds no readable private key (PEM, unencrypted)')
  }
  const raw = new X509Certificate(certificate).raw
  return {
    thumbprintSha256: createHash('sha256').update(raw).digest('hex'),
    privateKey,
    x5c: certificate,
  }
}

function describe(error: unknown, mode: string): string {
  const e = error as { errorCode?: string; errorMessage?: string; message?: string }
  const code = e.errorCode ? `${e.errorCode}: ` : ''
  // MSAL's messages name the failing request, not the secret; keep the first line only.
  const text = (e.errorMessage ?? e.message ?? String(error)).split('\n')[0]
  return `sign-in with ${mode} failed: ${code}${text}`
}
