import type { Text } from '../messages/text.js'
import { text } from '../messages/text-of.js'

/**
 * Node's codes for a TLS certificate this process does not trust, with what each says of it.
 * fetch hides them in its error's cause ("fetch failed"); MSAL drops them altogether.
 */
const UNTRUSTED_CERTIFICATE: Record<string, Text> = {
  SELF_SIGNED_CERT_IN_CHAIN: text('error.certificate.selfSignedChain'),
  DEPTH_ZERO_SELF_SIGNED_CERT: text('error.certificate.selfSigned'),
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: text('error.certificate.unknownCa'),
  UNABLE_TO_GET_ISSUER_CERT: text('error.certificate.unknownCa'),
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: text('error.certificate.unknownCa'),
  CERT_HAS_EXPIRED: text('error.certificate.expired'),
  ERR_TLS_CERT_ALTNAME_INVALID: text('error.certificate.altName'),
}

/** What else fixes the two codes a missing CA does not explain. */
const ALSO: Record<string, Text> = {
  CERT_HAS_EXPIRED: text('error.certificate.alsoExpired'),
  ERR_TLS_CERT_ALTNAME_INVALID: text('error.certificate.alsoAltName'),
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
export function untrustedCertificateMessage(host: string, code: string): Text {
  const what = UNTRUSTED_CERTIFICATE[code] ?? text('error.certificate.notTrusted')
  const also = ALSO[code] ?? text('error.certificate.alsoNothing')
  return text('error.certificate.untrusted', { host, code, what, also })
}
