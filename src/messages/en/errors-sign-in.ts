import type { Messages } from '../messages.js'
import type { Text } from '../text.js'

// Signing in to Microsoft Entra, and a TLS certificate this process does not trust (for the
// sign-in and for Partner Center alike). Setting names are the caller's: inputs or variables.

/** Sign-in errors in English. */
export const errorsSignInEn = {
  'error.signIn.failed': (p: { credentials: Text; reason: Text }, f) =>
    `sign-in with ${f.text(p.credentials)} failed: ${f.text(p.reason)}`,
  'error.signIn.deviceCode': () => "a partner admin's device code (App+User)",
  'error.signIn.appUser': (p: { credential: string; refreshToken: string }) =>
    `${p.credential} and ${p.refreshToken} (App+User)`,
  'error.signIn.discovery': (p: {
    discovery: string
    problem: string
    tenantId: string
    authorityHost: string
  }) =>
    `endpoints_resolution_error: Microsoft Entra's OpenID configuration ${p.discovery} could not be read (${p.problem}): check ${p.tenantId} and ${p.authorityHost}`,
  'error.signIn.noAccessToken': () => 'Microsoft Entra answered without an access token',
  'error.signIn.noCredential': (p: { clientSecret: string; clientCertificate: string }) =>
    `no credential: give ${p.clientSecret} or ${p.clientCertificate}`,
  'error.signIn.noCredentialOr': (p: {
    clientSecret: string
    clientCertificate: string
    withoutSecret: string
  }) => `no credential: give ${p.clientSecret} or ${p.clientCertificate}, or ${p.withoutSecret}`,
  'error.signIn.noCertificate': (p: { setting: string }) =>
    `${p.setting} holds no certificate (-----BEGIN CERTIFICATE-----)`,
  'error.signIn.noPrivateKey': (p: { setting: string }) =>
    `${p.setting} holds no readable private key (PEM, unencrypted)`,
  'error.signIn.noRefreshToken': () => 'Microsoft Entra handed back no new refresh token',
  'error.certificate.untrusted': (p: { host: string; code: string; what: Text; also: Text }, f) =>
    `the TLS certificate of ${p.host} is not trusted by this Node process (${p.code}: ${f.text(p.what)}). Set NODE_EXTRA_CA_CERTS to the PEM file of the CA that issued it (for the sandbox: the ca.pem path that \`autopilot-gitops sandbox\` prints; behind a TLS-intercepting proxy: the proxy’s CA) and run again; never turn off certificate checks.${f.text(p.also)}`,
  'error.certificate.selfSignedChain': () => 'a self-signed certificate in its chain',
  'error.certificate.selfSigned': () => 'a self-signed certificate',
  'error.certificate.unknownCa': () => 'issued by a CA this process does not know',
  'error.certificate.expired': () => 'expired',
  'error.certificate.altName': () => 'issued for another host name',
  'error.certificate.notTrusted': () => 'not trusted',
  'error.certificate.alsoExpired': () =>
    ' An expired certificate is renewed where it is served (the sandbox makes a new one each time it starts, with a new ca.pem).',
  'error.certificate.alsoAltName': () =>
    " Check the host name too: the certificate must be issued for it (the sandbox's is for 127.0.0.1 and localhost).",
  'error.certificate.alsoNothing': () => '',
} satisfies Messages
