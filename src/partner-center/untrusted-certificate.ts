/**
 * Node's codes for a TLS certificate this process does not trust, with what each says of it.
 * fetch hides them in its error's cause ("fetch failed"); MSAL drops them altogether.
 */
const UNTRUSTED_CERTIFICATE: Record<string, string> = {
  SELF_SIGNED_CERT_IN_CHAIN: 'a self-signed certificate in its chain',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'a self-signed certificate',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'issued by a CA this process does not know',
  UNABLE_TO_GET_ISSUER_CERT: 'issued by a CA this process does not know',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'issued by a CA this process does not know',
  CERT_HAS_EXPIRED: 'expired',
  ERR_TLS_CERT_ALTNAME_INVALID: 'issued for another host name',
}

/** What else fixes the two codes a missing CA does not explain. */
const ALSO: Record<string, string> = {
  CERT_HAS_EXPIRED:
    ' An expired certificate is renewed where it is served (the sandbox makes a new one each time it starts, with a new ca.pem).',
  ERR_TLS_CERT_ALTNAME_INVALID:
    " Check the host name too: the certificate must be issued for it (the sandbox's is for 127.0.0.1 and localhost).",
}

/** The code of an untrusted certificate anywhere in an error's chain of causes, or undefined. */
export function untrustedCertificateCode(error: unknown): string | undefined {
  let current = error
  for (let depth = 0; depth < 8 && current instanceof Object; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string' && Object.hasOwn(UNTRUSTED_CERTIFICATE, code)) return code
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}

/** Names the host, says the certificate is not trusted here, and how to trust it: never by turning checks off. */
export function untrustedCertificateMessage(host: string, code: string): string {
  const what = UNTRUSTED_CERTIFICATE[code] ?? 'not trusted'
  return (
    `the TLS certificate of ${host} is not trusted by this Node process (${code}: ${what}). ` +
    'Set NODE_EXTRA_CA_CERTS to the PEM file of the CA that issued it (for the sandbox: the ca.pem path that `autopilot-gitops sandbox` prints; behind a TLS-intercepting proxy: the proxy’s CA) and run again; never turn off certificate checks.' +
    (ALSO[code] ?? '')
  )
}
