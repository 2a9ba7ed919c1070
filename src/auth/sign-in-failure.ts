import { redactError, redactShapes } from '../findings/redact.js'
import type { Text } from '../messages/text.js'
import { text } from '../messages/text-of.js'
import {
  untrustedCertificateCode,
  untrustedCertificateMessage,
} from '../partner-center/untrusted-certificate.js'
import { AuthError } from './auth-error.js'
import type { SignInMode } from './credential.js'
import type { SettingNames } from './setting-names.js'

/** MSAL's codes for a request that got no answer. */
const NO_ANSWER = new Set(['endpoints_resolution_error', 'network_error'])

const PROBE_TIMEOUT_MS = 10_000

/** How a failed sign-in is told: what it used, by the names the user set them under. */
export interface SignInContext {
  mode: SignInMode | 'device-code'
  appUser: boolean
  /** `https://<authority-host>/<tenant-id>`. */
  authority: string
  settings: SettingNames
  /**
   * The run's redaction: Entra's description (or a proxy's) can quote the request, the client
   * secret and the refresh token in it. Credential shapes only by default.
   */
  redact?: (text: string) => string
}

/**
 * The AuthError for what MSAL threw. MSAL keeps no cause of a network failure (its error says
 * `endpoints_resolution_error` or `network_error`, and `fetch failed` at most), so after one the
 * discovery document is fetched once more, to learn whether the certificate was not trusted.
 */
export async function signInFailure(error: unknown, context: SignInContext): Promise<AuthError> {
  if (error instanceof AuthError) return error
  const redact = context.redact ?? redactShapes
  // MSAL's error, kept as the cause, holds Entra's words too.
  return redactError(await explain(redactError(error, redact), context), redact)
}

async function explain(error: unknown, context: SignInContext): Promise<AuthError> {
  const e = error as { errorCode?: string; errorMessage?: string; message?: string }
  const credentials = credentialsUsed(context)
  const failed = (reason: Text, cause: unknown) =>
    new AuthError(text('error.signIn.failed', { credentials, reason }), { cause })
  if (e.errorCode && NO_ANSWER.has(e.errorCode)) {
    const discovery = `${context.authority}/v2.0/.well-known/openid-configuration`
    const probe = await probeDiscovery(discovery)
    if (probe.untrusted)
      return failed(
        untrustedCertificateMessage(new URL(discovery).host, probe.untrusted),
        probe.error,
      )
    if (e.errorCode === 'endpoints_resolution_error' && probe.problem) {
      const { tenantId, authorityHost } = context.settings
      const reason = { discovery, problem: probe.problem, tenantId, authorityHost }
      return failed(text('error.signIn.discovery', reason), error)
    }
  }
  // MSAL's messages name the failing request, not the secret; keep the first line only. They
  // are Entra's words (or MSAL's), quoted as they came.
  const code = e.errorCode ? `${e.errorCode}: ` : ''
  const said = (e.errorMessage ?? e.message ?? String(error)).split('\n')[0]
  return failed(text('verbatim', { words: `${code}${said}` }), error)
}

/** `client-secret and refresh-token (App+User)`, in the caller's names. */
function credentialsUsed({ mode, appUser, settings }: SignInContext): Text {
  if (mode === 'device-code') return text('error.signIn.deviceCode')
  const credential =
    mode === 'client-secret'
      ? settings.clientSecret
      : mode === 'client-certificate'
        ? settings.clientCertificate
        : mode
  return appUser
    ? text('error.signIn.appUser', { credential, refreshToken: settings.refreshToken })
    : text('verbatim', { words: credential })
}

/**
 * What one plain GET of the discovery document says: the code of an untrusted certificate, or
 * the problem (a status, Entra's error, a network code); neither when it was served.
 */
async function probeDiscovery(
  url: string,
): Promise<{ untrusted?: string; error?: unknown; problem?: string }> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) })
    if (response.ok) {
      await response.body?.cancel()
      return {}
    }
    const body = (await response.json().catch(() => undefined)) as
      | { error_description?: unknown }
      | undefined
    const description =
      typeof body?.error_description === 'string' ? body.error_description.split('\n')[0] : ''
    return { problem: `HTTP ${response.status}${description ? `: ${description}` : ''}` }
  } catch (error) {
    const untrusted = untrustedCertificateCode(error)
    if (untrusted) return { untrusted, error }
    // fetch says `fetch failed`; its cause says why (ECONNREFUSED, ENOTFOUND, …).
    const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause
    const why = typeof cause?.code === 'string' ? cause.code : cause?.message
    return { problem: typeof why === 'string' ? why : String(error) }
  }
}
