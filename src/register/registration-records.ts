import type { RecordFileOut } from '../ledger/record-files.js'
import { type RegistrationRecord, recordFileName } from '../ledger/record-schema.js'
import type { CustomerRegistration } from './customer-registration.js'
import type { RegistrationRun } from './register-plan.js'

/** Who approved the change and who merged it, from the merged pull request(s). */
export interface Approval {
  pullRequests: number[]
  approvedBy: string[]
  mergedBy: string | null
}

/**
 * One record per customer the run touched; a customer with nothing sent and nothing learned has
 * none. `inProgress`: the records written while the uploads are still being processed.
 */
export function registrationRecords(
  customers: RegistrationRun['customers'],
  meta: {
    commit: string
    startedAt: Date
    runId: string
    approval: Approval
    inProgress?: boolean
  },
): RecordFileOut[] {
  const name = recordFileName(meta.startedAt, meta.commit, {
    id: meta.runId,
    ...(meta.inProgress ? { inProgress: true } : {}),
  })
  return [...bySlug(customers.filter((c) => c.devices.length > 0))].map(([slug, parts]) => {
    const record = recordOf(parts, meta)
    return {
      path: `customers/${slug}/registrations/${name}`,
      record,
      text: `${JSON.stringify(record, null, 2)}\n`,
    }
  })
}

/** A customer's parts (one per group tag) in the order the run had them. */
function bySlug(
  customers: RegistrationRun['customers'],
): Map<string, RegistrationRun['customers']> {
  const parts = new Map<string, RegistrationRun['customers']>()
  for (const c of customers) parts.set(c.slug, [...(parts.get(c.slug) ?? []), c])
  return parts
}

/**
 * One record per customer and run. A run that sent one customer's devices under several group
 * tags, or moved devices between batches, writes version 2: the first tag is the record's, each
 * device of another carries its own, and a moved one the tag it left.
 */
function recordOf(
  parts: RegistrationRun['customers'],
  meta: { commit: string; approval: Approval },
): RegistrationRecord {
  const [first, ...others] = parts as [CustomerRegistration, ...CustomerRegistration[]]
  const tagged = others.flatMap((c) =>
    c.devices.map((d) => (c.groupTag === first.groupTag ? d : { ...d, groupTag: c.groupTag })),
  )
  const times = parts.map((c) => c.startedAt).sort()
  const ends = parts.map((c) => c.finishedAt).sort()
  const devices = [...first.devices, ...tagged]
  // What version 1 cannot say: devices of several tags, moved between batches, or deregistered.
  const v2 =
    others.length > 0 ||
    devices.some((d) => d.previousGroupTag !== undefined || d.status === 'deregistered')
  return {
    schemaVersion: v2 ? 2 : 1,
    ...(v2 ? { source: 'registration' as const } : {}),
    customer: first.slug,
    customerId: first.customerId,
    groupTag: first.groupTag,
    commit: meta.commit,
    pullRequests: meta.approval.pullRequests,
    approvedBy: meta.approval.approvedBy,
    mergedBy: meta.approval.mergedBy,
    startedAt: times[0] ?? first.startedAt,
    finishedAt: ends.at(-1) ?? first.finishedAt,
    trackingIds: parts.flatMap((c) => c.trackingIds),
    devices,
  }
}
