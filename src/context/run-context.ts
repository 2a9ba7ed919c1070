import { setTimeout as delay } from 'node:timers/promises'

/** Where one customer's registration stands, for a progress display. */
export interface CustomerProgress {
  slug: string
  groupTag: string
  /** Devices this run sends or follows for the customer. */
  devices: number
  /** Accepted by Partner Center (this run's uploads and those resumed from an earlier run). */
  sent: number
  /** With a per-device result: registered, already in the batch, or failed. */
  processed: number
  /** Sent, and still being processed by Partner Center. */
  pending: number
}

export interface RegistrationProgress {
  /** Since the run started. */
  elapsedMs: number
  customers: CustomerProgress[]
}

/**
 * What every use case runs with, built once at the entry and handed down whole: the clock, the
 * way to wait, the signal that stops the run, where its log lines go, and where progress goes.
 */
export interface RunContext {
  now: () => number
  sleep: (ms: number) => Promise<void>
  /** Aborted when the run is cancelled: no further upload, polling stops, the rest is `pending`. */
  signal: AbortSignal
  log: (message: string) => void
  /** Something went wrong that the run works around: a reader should see it. */
  warn: (message: string) => void
  /** Told whenever a customer's standing changes while the run waits for Partner Center. */
  progress: (update: RegistrationProgress) => void
}

/** The real clock and timers; the caller says where log lines and progress go. */
export function runContext(parts: Partial<RunContext> = {}): RunContext {
  const signal = parts.signal ?? new AbortController().signal
  return {
    now: parts.now ?? Date.now,
    // A pause ends early when the run is cancelled, so that what is unfinished is recorded in time.
    sleep: parts.sleep ?? ((ms) => delay(ms, undefined, { signal }).catch(() => {})),
    signal,
    log: parts.log ?? (() => {}),
    warn: parts.warn ?? parts.log ?? (() => {}),
    progress: parts.progress ?? (() => {}),
  }
}
