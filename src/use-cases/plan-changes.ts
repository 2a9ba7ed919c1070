import { errorMessage } from '../findings/error-message.js'
import type { Text } from '../messages/text.js'
import { buildPlan } from '../plan/build-plan.js'
import { withEditedRecords } from '../plan/edited-records.js'
import { buildPlanReport, type PlanReport } from '../plan/plan-report.js'
import type { RegistrationPlan } from '../plan/registration-plan.js'
import { markDevicesInPartnerCenter } from '../register/check-partner-center.js'
import { collectGarbage } from '../repo/collect-garbage.js'
import type { ChangedFile } from '../repo/git.js'
import type { Inspection } from '../repo/inspect-repository.js'
import type { ConnectPartnerCenter, RepositoryReader } from './ports.js'

/** What asking Partner Center (read-only) added to the plan, or why it could not be asked. */
export type PartnerCenterCheck =
  | { kind: 'asked'; customers: number; found: number; problems: Text[] }
  | { kind: 'failed'; reason: string }

export interface PlanResult {
  plan: RegistrationPlan
  report: PlanReport
  /** Null when Partner Center was not asked. */
  partnerCenter: PartnerCenterCheck | null
}

/**
 * What merging would do: the repository read whole, findings counted in the changed files only
 * (all of them when `changed` is null), records a change edits distrusted (AP606). With Partner
 * Center at hand, the plan also says which devices are already there; it never fails for that.
 */
export async function planChanges(input: {
  repository: RepositoryReader
  changed: readonly ChangedFile[] | null
  /** The registration run's own records pull request: the records it adds are accepted. */
  recordsPullRequest?: boolean
  partnerCenter?: ConnectPartnerCenter | null
  /** The merge's cap on deregistrations per customer, so that the plan shows what it refuses. */
  maxDeregistrations?: number
}): Promise<PlanResult> {
  const plan = await inspectAndPlan(input)
  // The inspection (every row, the ledger's key maps) is garbage from here on.
  collectGarbage()
  const partnerCenter = input.partnerCenter ? await ask(plan, input.partnerCenter) : null
  const report = buildPlanReport(plan, input.changed?.map((c) => c.path) ?? null)
  return { plan, report, partnerCenter }
}

/**
 * Inspects the repository and plans, in a function of its own: with the inspection awaited in
 * planChanges, its frame still held every row and the ledger's key maps while the report was built
 * and written (a record of 150,000 devices: 158 MB live after the plan instead of 104).
 */
async function inspectAndPlan(
  input: Parameters<typeof planOf>[1] & { repository: RepositoryReader },
): Promise<RegistrationPlan> {
  return planOf(await input.repository.inspect(), input)
}

/**
 * The plan of an inspection, in a function of its own so that nothing holds the inspection (every
 * row read, the ledger's key maps) once the plan is made, while the report is built and written.
 */
function planOf(
  inspection: Inspection,
  input: {
    changed: readonly ChangedFile[] | null
    recordsPullRequest?: boolean
    maxDeregistrations?: number
  },
): RegistrationPlan {
  const scoped = input.changed
    ? withEditedRecords(inspection, input.changed, {
        acceptAdded: input.recordsPullRequest ?? false,
      })
    : inspection
  const cap = input.maxDeregistrations
  return buildPlan(scoped, cap === undefined ? {} : { maxDeregistrations: cap })
}

async function ask(
  plan: RegistrationPlan,
  connect: ConnectPartnerCenter,
): Promise<PartnerCenterCheck> {
  try {
    const { asked, found, problems } = await markDevicesInPartnerCenter(plan, connect().client)
    return { kind: 'asked', customers: asked, found, problems }
  } catch (error) {
    return { kind: 'failed', reason: errorMessage(error) }
  }
}
