import type { PartnerCenterSignIn } from '../auth/token-provider.js'
import { PartnerCenterClient } from '../partner-center/client.js'
import { buildPlan } from '../plan/build-plan.js'
import { devicesToSend, type RegistrationPlan } from '../plan/registration-plan.js'
import type { FileChecker } from '../repo/file-checker.js'
import { inspectRepository } from '../repo/inspect-repository.js'
import { VERSION } from '../version.js'
import { type RegistrationRun, registerPlan, skippedCustomers } from './register-plan.js'
import { type Approval, type RecordFileOut, registrationRecords } from './registration-records.js'

export interface RegistrationOptions {
  /** The repository at the commit being registered: the folder that holds customers/. */
  root: string
  /** That commit (40 hex), named in every record. */
  commit: string
  /** Who approved what is registered, given the commit the previous run registered. */
  approval: (since: string | undefined) => Promise<Approval>
  retryFailed: boolean
  /** Plan and report only: nothing is sent and nothing is recorded. */
  dryRun: boolean
  concurrency: number
  pollTimeoutMs: number
  chunkSize: number
  partnerCenterUrl: string
  /** Made only when there is something to send, so a run with nothing to do needs no sign-in. */
  signIn: () => PartnerCenterSignIn
  checker?: FileChecker
  log: (message: string) => void
  /** Set when the run is cancelled: no further upload, polling stops, the rest is `pending`. */
  signal?: AbortSignal
  /**
   * Keeps the in-progress records (uploads accepted, still being processed) where the next run
   * reads them, so that a run killed while it waits sends nothing twice. Absent: not kept.
   */
  keepInProgress?: (records: RecordFileOut[]) => Promise<void>
  now?: () => number
  sleep?: (ms: number) => Promise<void>
}

export interface RegistrationReport {
  plan: RegistrationPlan
  run: RegistrationRun
  records: RecordFileOut[]
  startedAt: string
  /** Partner Center's correlation id of the run, for support; absent when nothing was sent. */
  correlationId?: string
}

/**
 * The merge run: plan from the repository and its records (not from a diff, so a skipped run is
 * caught up by the next), execute the plan, and return the records to write.
 */
export async function runRegistration(options: RegistrationOptions): Promise<RegistrationReport> {
  const now = options.now ?? Date.now
  const startedAt = new Date(now())
  const inspection = await inspectRepository({
    root: options.root,
    ...(options.checker ? { checker: options.checker } : {}),
  })
  const plan = buildPlan(inspection, { retryFailed: options.retryFailed })
  const approval = await options.approval(inspection.ledger.latestCommit)
  const toSend = plan.customers.some((c) => devicesToSend(c) > 0)
  if (options.dryRun || !toSend) {
    const run = {
      customers: [],
      skipped: skippedCustomers(plan),
    }
    return { plan, run, records: [], startedAt: startedAt.toISOString() }
  }
  const signIn = options.signIn()
  const client = new PartnerCenterClient({
    baseUrl: options.partnerCenterUrl,
    tokens: signIn,
    version: VERSION,
    chunkSize: options.chunkSize,
    now,
    ...(options.sleep ? { sleep: options.sleep } : {}),
  })
  const meta = { commit: options.commit, startedAt, approval }
  const keepInProgress = options.keepInProgress
  const run = await registerPlan(plan, {
    ...(keepInProgress
      ? {
          async sent(customers) {
            const waiting = customers.filter((c) => c.devices.some((d) => d.status === 'pending'))
            if (waiting.length === 0) return
            await keepInProgress(registrationRecords(waiting, { ...meta, inProgress: true }))
          },
        }
      : {}),
    root: options.root,
    client,
    appUser: signIn.appUser,
    concurrency: options.concurrency,
    pollTimeoutMs: options.pollTimeoutMs,
    log: options.log,
    ...(options.signal ? { signal: options.signal } : {}),
    now,
    ...(options.sleep ? { sleep: options.sleep } : {}),
  })
  const records = registrationRecords(run.customers, meta)
  return {
    plan,
    run,
    records,
    startedAt: startedAt.toISOString(),
    correlationId: client.correlationId,
  }
}
