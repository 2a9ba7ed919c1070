import type { Say } from '../messages/catalogue.js'
import type { RegistrationOutcome } from './registration-outcome.js'

export type Counted =
  | 'registered'
  | 'alreadyRegistered'
  | 'retagged'
  | 'deregistered'
  | 'failed'
  | 'pending'

/** The counted columns of the outcome's table: retagged and deregistered only where some were. */
export function countsColumns(outcome: RegistrationOutcome): Counted[] {
  const { retagged, deregistered } = outcome.counts
  return [
    'registered',
    'alreadyRegistered',
    ...(retagged > 0 ? (['retagged'] as const) : []),
    ...(deregistered > 0 ? (['deregistered'] as const) : []),
    'failed',
    'pending',
  ]
}

/** `3 registered`, `0 already registered`…: a run's or a customer's counts, in words. */
export function outcomeCounts(counts: Record<Counted, number>, say: Say): string[] {
  return [
    say('report.outcome.count.registered', { devices: counts.registered }),
    say('report.outcome.count.alreadyRegistered', { devices: counts.alreadyRegistered }),
    ...(counts.retagged > 0
      ? [say('report.outcome.count.retagged', { devices: counts.retagged })]
      : []),
    ...(counts.deregistered > 0
      ? [say('report.outcome.count.deregistered', { devices: counts.deregistered })]
      : []),
    say('report.outcome.count.failed', { devices: counts.failed }),
    say('report.outcome.count.pending', { devices: counts.pending }),
  ]
}
