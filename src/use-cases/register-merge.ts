import { randomBytes } from 'node:crypto'
import type { RunContext } from '../context/run-context.js'
import { errorMessage } from '../findings/error-message.js'
import {
  type MergedPullRequest,
  mergedPullRequests,
  PLAN_MARKER,
} from '../github/merged-pull-requests.js'
import { listPullRequestFiles } from '../github/pull-request.js'
import type { GitHubRepository } from '../github/repository.js'
import type { RecordFileOut, RecordsPlace } from '../ledger/record-files.js'
import { buildPlan } from '../plan/build-plan.js'
import { hasWork, type RegistrationPlan } from '../plan/registration-plan.js'
import { type RegistrationRun, registerPlan, skippedCustomers } from '../register/register-plan.js'
import { type Approval, registrationRecords } from '../register/registration-records.js'
import { addedLines, approveDeregistrations } from './deregister-approval.js'
import type { ConnectPartnerCenter, RecordsStore, RepositoryReader } from './ports.js'

/** As the action's inputs and the CLI's options name them. */
export interface MergeSettings {
  retryFailed: boolean
  /** Deregistrations one run carries out per customer (max-deregistrations); default 25. */
  maxDeregistrations?: number
  concurrency: number
  pollTimeoutMinutes: number
}

export interface MergeInput {
  repository: RepositoryReader
  /** The commit being registered (40 hex), named in every record: what is on disk. */
  commit: string
  /** Null outside a workflow or without a token: no approvals are read. */
  github: GitHubRepository | null
  settings: MergeSettings
  context: RunContext
  /** One customer and group tag alone (`create-batch`): the others are left for the merge run. */
  only?: { slug: string; groupTag?: string | undefined }
}

/** What a merge run did, or would do: the plan, what was sent and learned, and the records. */
export interface MergeReport {
  plan: RegistrationPlan
  run: RegistrationRun
  records: RecordFileOut[]
  startedAt: string
  /** The merged pull requests this run registers, with their approvals. */
  reviewed: MergedPullRequest[]
  place: RecordsPlace
  /** Where a copy of the records was kept before they were committed. */
  recordsCopy?: string
  /** Partner Center's correlation id of the run, for support; absent when nothing was sent. */
  correlationId?: string
}

/**
 * What merging this commit would send: the plan from the repository and its records (not from a
 * diff, so a skipped run is caught up by the next), with the pull requests it registers. Sends
 * nothing: a dry run renders it as "would send".
 */
export async function planMerge(input: MergeInput): Promise<MergeReport> {
  const startedAt = new Date(input.context.now())
  const inspection = await input.repository.inspect()
  const { retryFailed, maxDeregistrations } = input.settings
  const whole = buildPlan(inspection, {
    retryFailed,
    ...(maxDeregistrations === undefined ? {} : { maxDeregistrations }),
  })
  const plan = input.only ? onlyCustomer(whole, input.only) : whole
  const reviewed = await reviewsOf(input, inspection.ledger.latestCommit)
  const { github } = input
  const filesOf = github
    ? async (number: number) =>
        (await listPullRequestFiles(github.client, { ...github, number })).map((f) => ({
          path: f.path,
          ...(f.patch === undefined ? {} : { added: addedLines(f.patch) }),
        }))
    : undefined
  await approveDeregistrations(plan, reviewed, filesOf)
  return {
    plan,
    run: { customers: [], skipped: skippedCustomers(plan) },
    records: [],
    startedAt: startedAt.toISOString(),
    reviewed,
    place: { kind: 'none' },
  }
}

/**
 * The merge run: checks that registering from this checkout sends nothing twice, plans, sends
 * what the plan says, follows every upload, and delivers one record per customer it touched.
 */
export async function registerMerge(
  input: MergeInput & { partnerCenter: ConnectPartnerCenter; records: RecordsStore },
): Promise<MergeReport> {
  await input.records.check(input.commit)
  const planned = await planMerge(input)
  if (!planned.plan.customers.some(hasWork)) {
    // Nothing to record; the store still hears that the run is over (it lets go of its lock).
    await input.records.deliver([])
    return planned
  }
  const { client, appUser } = input.partnerCenter()
  const meta = {
    commit: input.commit,
    startedAt: new Date(planned.startedAt),
    // Names this run's records: two runs, even of the same commit in the same millisecond, never share one.
    runId: randomBytes(4).toString('hex'),
    approval: approvalOf(planned.reviewed),
  }
  const run = await registerPlan(planned.plan, {
    client,
    appUser,
    readRows: (sources) => input.repository.readRows(sources),
    concurrency: input.settings.concurrency,
    pollTimeoutMs: input.settings.pollTimeoutMinutes * 60_000,
    context: input.context,
    async keep(customers) {
      // A customer's every tag, when one is waiting or deregistered devices: its one in-progress
      // record holds them all.
      const kept = (status: string) => status === 'pending' || status === 'deregistered'
      const slugs = new Set(
        customers.filter((c) => c.devices.some((d) => kept(d.status))).map((c) => c.slug),
      )
      const waiting = customers.filter((c) => slugs.has(c.slug))
      if (waiting.length === 0) return
      await input.records.keepInProgress(
        registrationRecords(waiting, { ...meta, inProgress: true }),
      )
    },
  })
  const records = registrationRecords(run.customers, meta)
  const delivered = await input.records.deliver(records)
  return {
    ...planned,
    run,
    records,
    place: delivered.place,
    ...(delivered.copy ? { recordsCopy: delivered.copy } : {}),
    ...(client.correlationId ? { correlationId: client.correlationId } : {}),
  }
}

/**
 * The plan of one customer, every tag or one: a customer the repository lacks is refused, and so
 * is a tag the customer has nothing planned under (customer.yml does not name it, or no device
 * file gives it).
 */
function onlyCustomer(
  plan: RegistrationPlan,
  only: NonNullable<MergeInput['only']>,
): RegistrationPlan {
  const parts = plan.customers.filter((c) => c.slug === only.slug)
  if (parts.length === 0) {
    const known = [...new Set(plan.customers.map((c) => c.slug))].join(', ') || 'none'
    throw new Error(`no customer ${only.slug} in customers/ (there are: ${known})`)
  }
  if (only.groupTag === undefined) return { ...plan, customers: parts }
  const part = parts.find((c) => c.groupTag === only.groupTag)
  if (!part) {
    const tags = parts.map((c) => c.groupTag ?? '(none)').join(', ')
    throw new Error(
      `customers/${only.slug} has no devices under the group tag ${only.groupTag} (its devices are under: ${tags})`,
    )
  }
  return { ...plan, customers: [part] }
}

function approvalOf(reviewed: readonly MergedPullRequest[]): Approval {
  return {
    pullRequests: reviewed.map((r) => r.number),
    approvedBy: [...new Set(reviewed.flatMap((r) => r.approvedBy))].sort(),
    mergedBy: reviewed.findLast((r) => r.mergedBy)?.mergedBy ?? null,
  }
}

/** The merges since the commit the previous run registered; none when GitHub cannot say. */
async function reviewsOf(
  input: MergeInput,
  since: string | undefined,
): Promise<MergedPullRequest[]> {
  const { github } = input
  if (!github) return []
  try {
    return await mergedPullRequests(github.client, {
      owner: github.owner,
      repo: github.repo,
      branch: github.branch,
      sha: input.commit,
      ...(since ? { since } : {}),
      marker: PLAN_MARKER,
    })
  } catch (error) {
    input.context.warn(
      `Could not read the merged pull request (approvals and merger are left out of the records): ${errorMessage(error)}`,
    )
    return []
  }
}
