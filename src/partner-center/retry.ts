import type { Text } from '../messages/text.js'
import { text } from '../messages/text-of.js'

/** How hard to try one logical call before giving up. */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number
  /** First backoff; it doubles with each retry. */
  baseDelayMs: number
  maxDelayMs: number
  /** No retry would start after this much time since the first attempt. */
  deadlineMs: number
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 6,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  deadlineMs: 5 * 60_000,
}

/** What happened on one attempt. */
export interface AttemptOutcome {
  /** 1 for the first attempt. */
  attempt: number
  /** HTTP status, or undefined when no response came (reset, refused, timed out). */
  status?: number
  /** The Retry-After header, as sent. */
  retryAfter?: string | null
  /** No response came because this process does not trust the server's certificate: no retry cures that. */
  untrustedCertificate?: boolean
  /** Milliseconds since the first attempt started. */
  elapsedMs: number
  /** Now, for a Retry-After given as a date. */
  now: number
}

/** Why not, when not: said at the end of the error, after Partner Center's own words. */
export type RetryDecision = { retry: true; delayMs: number } | { retry: false; reason: Text }

/** Statuses a retry can cure: timeouts, throttling and the server's own trouble. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505)
}

/**
 * Whether and when to try again. Pure: `random` (0 to 1) is the jitter, so tests assert exact
 * delays. 429 honours Retry-After; 408, 5xx and network errors back off exponentially with
 * jitter; other 4xx, and a certificate this process does not trust, are final.
 */
export function decideRetry(
  outcome: AttemptOutcome,
  policy: RetryPolicy,
  random: number,
): RetryDecision {
  const { status } = outcome
  if (outcome.untrustedCertificate) return { retry: false, reason: text('error.retry.certificate') }
  if (status !== undefined && !isRetryableStatus(status))
    return { retry: false, reason: text('error.retry.status', { status: String(status) }) }
  if (outcome.attempt >= policy.maxAttempts)
    return { retry: false, reason: text('error.retry.attempts', { attempts: outcome.attempt }) }
  const told = parseRetryAfter(outcome.retryAfter, outcome.now)
  const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (outcome.attempt - 1))
  // Full jitter on the upper half: spread clients out, never retry at once.
  const delayMs = told ?? Math.round(backoff / 2 + (backoff / 2) * random)
  if (outcome.elapsedMs + delayMs > policy.deadlineMs) {
    const seconds = Math.round(policy.deadlineMs / 1000)
    return { retry: false, reason: text('error.retry.deadline', { seconds }) }
  }
  return { retry: true, delayMs }
}

/** Retry-After in milliseconds, from seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const date = Date.parse(trimmed)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}
