import type { RecordsPlace } from '../ledger/record-files.js'
import type { RecordDevice } from '../ledger/record-schema.js'
import type { Say } from '../messages/catalogue.js'
import type { Text } from '../messages/text.js'
import { isRefusedDeregistration, totalToSend } from '../plan/registration-plan.js'
import type { SkippedCustomer } from '../register/register-plan.js'
import type { MergeReport } from '../use-cases/register-merge.js'
import { type CreateBatchSignIn, createBatchCommand } from './create-batch-command.js'

export interface OutcomeDevice extends RecordDevice {
  customer: string
}

export interface CustomerOutcome {
  slug: string
  groupTag: string
  registered: number
  alreadyRegistered: number
  /** Moved to this batch from that of another tag. */
  retagged: number
  /** Deleted from this batch, as a request file asked. */
  deregistered: number
  failed: number
  pending: number
  error?: Text
  /** The batch is missing and the run could not create it: the command that does. */
  createBatch?: string
}

/** Everything the summary, the pull request comment, the CLI and the outputs say about one run. */
export interface RegistrationOutcome {
  commit: string
  digest: string
  dryRun: boolean
  /** The merged pull requests and the plan digest each showed (null: no plan comment found). */
  reviewed: { number: number; planDigest: string | null }[]
  counts: {
    registered: number
    alreadyRegistered: number
    retagged: number
    deregistered: number
    failed: number
    pending: number
    /** Customers skipped whole because of errors. */
    skipped: number
    /** Devices a dry run would send; 0 otherwise. */
    wouldSend: number
  }
  customers: CustomerOutcome[]
  /** Deregistrations the run refused (no approval, over the cap), each with why. */
  refused: { customer: string; device: string; source: string; reason: Text | undefined }[]
  failed: OutcomeDevice[]
  pending: OutcomeDevice[]
  skipped: SkippedCustomer[]
  /** Paths relative to the repository's top level. */
  records: string[]
  /** Where the records are in the runner's temp folder (the action), whatever else happened. */
  recordsCopy?: string
  place: RecordsPlace
  correlationId?: string
}

/** The run's outcome, counted; `records` are the records' paths as the reader should see them. */
export function registrationOutcome(
  report: MergeReport,
  extra: {
    commit: string
    dryRun: boolean
    records: string[]
    /** How the run signed in: a missing batch's outcome then names the command that creates it. */
    signIn?: CreateBatchSignIn | undefined
  },
): RegistrationOutcome {
  const devices = report.run.customers.flatMap((c) =>
    c.devices.map((d) => ({ ...d, customer: c.slug })),
  )
  const count = (status: RecordDevice['status']) => devices.filter((d) => d.status === status)
  const failed = count('failed')
  const pending = count('pending')
  const wouldSend = extra.dryRun ? totalToSend(report.plan.customers) : 0
  return {
    commit: extra.commit,
    digest: report.plan.digest,
    dryRun: extra.dryRun,
    reviewed: report.reviewed.map((r) => ({ number: r.number, planDigest: r.planDigest })),
    counts: {
      registered: count('registered').length,
      alreadyRegistered: count('already-registered').length,
      retagged: count('retagged').length,
      deregistered: count('deregistered').length,
      failed: failed.length,
      pending: pending.length,
      skipped: report.run.skipped.length,
      wouldSend,
    },
    customers: report.run.customers.map((c) => {
      const of = (status: RecordDevice['status']) =>
        c.devices.filter((d) => d.status === status).length
      return {
        slug: c.slug,
        groupTag: c.groupTag,
        registered: of('registered'),
        alreadyRegistered: of('already-registered'),
        retagged: of('retagged'),
        deregistered: of('deregistered'),
        failed: of('failed'),
        pending: of('pending'),
        ...(c.error ? { error: c.error } : {}),
        ...(c.batchMissing && extra.signIn
          ? { createBatch: createBatchCommand(c, extra.signIn) }
          : {}),
      }
    }),
    refused: refusedDeregistrations(report),
    failed,
    pending,
    skipped: report.run.skipped,
    records: extra.records,
    ...(report.recordsCopy ? { recordsCopy: report.recordsCopy } : {}),
    place: report.place,
    ...(report.correlationId ? { correlationId: report.correlationId } : {}),
  }
}

/** The deregistrations the plan asked for that the run did not carry out. */
function refusedDeregistrations(report: MergeReport): RegistrationOutcome['refused'] {
  return report.plan.customers.flatMap((c) =>
    c.devices.filter(isRefusedDeregistration).map((d) => ({
      customer: c.slug,
      device: d.serialNumber || d.productKeyId,
      source: d.source,
      reason: d.reason,
    })),
  )
}

/** Why the run fails, after everything is recorded; undefined when it succeeded. */
export function registrationFailure(outcome: RegistrationOutcome, say: Say): string | undefined {
  const reasons: string[] = []
  const { failed, skipped } = outcome.counts
  if (failed > 0) reasons.push(say('report.failure.failed', { devices: failed }))
  const refused = outcome.refused.length
  if (refused > 0) reasons.push(say('report.failure.refused', { deregistrations: refused }))
  if (skipped > 0) reasons.push(say('report.failure.skipped', { customers: skipped }))
  const stopped = outcome.customers.filter((c) => c.error).length
  if (stopped > 0) reasons.push(say('report.failure.stopped', { customers: stopped }))
  if (outcome.place.kind === 'temp-only')
    reasons.push(say('report.failure.notCommitted', { reason: say.text(outcome.place.reason) }))
  return reasons.length > 0 ? reasons.join(say('report.separator')) : undefined
}
