import { createHash, createPrivateKey, X509Certificate } from 'node:crypto'
import { text } from '../messages/text-of.js'
import { AuthError } from './auth-error.js'
import type { SettingNames } from './setting-names.js'

export const FEDERATION_AUDIENCE = 'api://AzureADTokenExchange'

export type SignInMode = 'client-secret' | 'client-certificate' | 'workload-identity'

/** What an app registration can prove itself with; absent or empty is not given. */
export interface CredentialOptions {
  clientSecret?: string | undefined
  /** PEM holding the private key and the certificate. */
  clientCertificate?: string | undefined
  /** An ID token for an audience: GitHub's OIDC token in the action (core.getIDToken). */
  getIdToken?: ((audience: string) => Promise<string>) | undefined
  /** Registers a value with the runner's log masking before anything can print it. */
  maskSecret: (value: string) => void
  /** What the caller calls each setting (ACTION_SETTING_NAMES, CLI_SETTING_NAMES): errors name them. */
  settings: SettingNames
}

/** The credential is chosen by what is given: a client secret, else a certificate, else workload identity. */
export function signInMode(options: CredentialOptions): SignInMode {
  return options.clientSecret
    ? 'client-secret'
    : options.clientCertificate
      ? 'client-certificate'
      : 'workload-identity'
}

/** The credential part of MSAL's `auth` configuration. */
export function credential(mode: SignInMode, options: CredentialOptions) {
  const { settings } = options
  if (mode === 'client-secret') return { clientSecret: options.clientSecret as string }
  if (mode === 'client-certificate')
    return { clientCertificate: certificateOf(options.clientCertificate as string, settings) }
  const getIdToken = options.getIdToken
  if (!getIdToken) {
    const { clientSecret, clientCertificate, withoutSecret } = settings
    throw new AuthError(
      withoutSecret
        ? text('error.signIn.noCredentialOr', { clientSecret, clientCertificate, withoutSecret })
        : text('error.signIn.noCredential', { clientSecret, clientCertificate }),
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
function certificateOf(pem: string, settings: SettingNames) {
  const certificate = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem)?.[0]
  if (!certificate)
    throw new AuthError(text('error.signIn.noCertificate', { setting: settings.clientCertificate }))
  let privateKey: string
  try {
    privateKey = createPrivateKey(pem).export({ type: 'pkcs8', format: 'pem' }).toString()
  } catch {
    throw new AuthError(text('error.signIn.noPrivateKey', { setting: settings.clientCertificate }))
  }
  const raw = new X509Certificate(certificate).raw
  return {
    thumbprintSha256: createHash('sha256').update(raw).digest('hex'),
    privateKey,
    x5c: certificate,
  }
}
