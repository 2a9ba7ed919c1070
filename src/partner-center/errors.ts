import { TextError } from '../findings/error-words.js'
import { redactShapes } from '../findings/redact.js'
import type { Text } from '../messages/text.js'
import { text } from '../messages/text-of.js'
import { ErrorEnvelopeSchema, tryParseBody } from './schemas.js'
import { untrustedCertificateCode, untrustedCertificateMessage } from './untrusted-certificate.js'

/** A call Partner Center refused or could not answer. Carries what support asks for, never a token. */
export class PartnerCenterError extends TextError {
  override readonly name = 'PartnerCenterError'
  constructor(
    message: Text,
    readonly details: {
      method: string
      path: string
      /** Undefined when no response came. */
      status?: number
      code?: string
      description?: string
      requestId: string
      correlationId: string
    },
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}

/** Plain http is for the sandbox on this machine only. */
export function checkBaseUrl(url: string, what: string): URL {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new TextError(text('error.url.invalid', { setting: what, url }))
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname)
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback)) {
    throw new TextError(text('error.url.notHttps', { setting: what, url }))
  }
  return parsed
}

/**
 * The error for a call that failed for good: Partner Center's code and description when its body
 * has them (else the start of the body), what support asks for, and the reason we stopped. A
 * certificate this process does not trust is said as such, with the fix, not as `fetch failed`.
 * What Partner Center (or a proxy in front of it) said is redacted before it is kept: a service
 * that echoes the request would otherwise hand back the bearer token.
 */
export function failedCall(f: {
  method: string
  path: string
  /** The host the call went to, port included. */
  host: string
  requestId: string
  correlationId: string
  response: Response | undefined
  text: string
  failure: unknown
  reason: Text
  /** The run's redaction (a Redactor's `redact`); credential shapes only by default. */
  redact?: (text: string) => string
}): PartnerCenterError {
  const redact = f.redact ?? redactShapes
  const envelope = ErrorEnvelopeSchema.safeParse(tryParseBody(f.text))
  const given = envelope.success ? envelope.data.code : undefined
  const code = given ? excerpt(redact(given), MOST_CODE) : undefined
  // Redacted whole, then cut: a cut through a token would leave its start unrecognised.
  const said = envelope.success ? (envelope.data.description ?? envelope.data.message) : f.text
  const description = said
    ? excerpt(redact(said), envelope.success ? MOST_DESCRIPTION : 300)
    : undefined
  const status = f.response?.status
  const untrusted = status === undefined ? untrustedCertificateCode(f.failure) : undefined
  const what =
    status === undefined
      ? text('error.partnerCenter.noAnswer', { failure: redact(errorText(f.failure)) })
      : code
        ? text('error.partnerCenter.httpCode', { status: String(status), code })
        : text('error.partnerCenter.http', { status: String(status) })
  const call = { method: f.method, path: f.path, requestId: f.requestId }
  const ids = { ...call, correlationId: f.correlationId }
  const certificate = untrusted ? untrustedCertificateMessage(f.host, untrusted) : undefined
  const message = certificate
    ? text('error.partnerCenter.untrusted', { ...ids, certificate })
    : description
      ? text('error.partnerCenter.described', { ...ids, what, description, reason: f.reason })
      : text('error.partnerCenter.failed', { ...ids, what, reason: f.reason })
  // Every value that came from Partner Center, or from the network, was redacted above.
  return new PartnerCenterError(
    message,
    {
      method: f.method,
      path: f.path,
      ...(status === undefined ? {} : { status }),
      ...(code ? { code } : {}),
      ...(description ? { description } : {}),
      requestId: f.requestId,
      correlationId: f.correlationId,
    },
    { cause: f.failure },
  )
}

/** The most of a description an error keeps: a short excerpt, as support asks for. */
const MOST_DESCRIPTION = 500
const MOST_CODE = 100

function excerpt(text: string, most = MOST_DESCRIPTION): string {
  return text.length <= most ? text : `${text.slice(0, most - 1)}…`
}

function errorText(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error.cause as { code?: string } | undefined)?.code
    return cause ? `${error.name}: ${cause}` : `${error.name}: ${error.message}`
  }
  return String(error)
}
