import type { RecordDevice } from '../ledger/record-schema.js'
import { english, type Say } from '../messages/catalogue.js'
import { explainDeviceError } from '../partner-center/error-codes.js'
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

/**
 * What a failed device's record says of its failure, in the run's language: a record keeps the
 * English words of what Partner Center's code means (records are language-neutral), and where
 * they are exactly those words, the same meaning is said in this run's language; anything else a
 * record holds (Partner Center's own sentence, an older wording) is shown as it is.
 */
export function failureWords(
  device: Pick<RecordDevice, 'errorCode' | 'errorName' | 'errorDescription'>,
  say: Say,
): string {
  const recorded = device.errorDescription ?? ''
  const { explanation } = explainDeviceError(device.errorCode, device.errorName)
  return english(explanation) === recorded ? say.text(explanation) : recorded
}
