import type { RecordFileOut } from '../ledger/record-files.js'
import { type RegistrationRecord, recordFileName } from '../ledger/record-schema.js'
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
  return customers
    .filter((c) => c.devices.length > 0)
    .map((c) => {
      const record: RegistrationRecord = {
        schemaVersion: 1,
        customer: c.slug,
        customerId: c.customerId,
        groupTag: c.groupTag,
        commit: meta.commit,
        pullRequests: meta.approval.pullRequests,
        approvedBy: meta.approval.approvedBy,
        mergedBy: meta.approval.mergedBy,
        startedAt: c.startedAt,
        finishedAt: c.finishedAt,
        trackingIds: c.trackingIds,
        devices: c.devices,
      }
      return {
        path: `customers/${c.slug}/registrations/${name}`,
        record,
        text: `${JSON.stringify(record, null, 2)}\n`,
      }
    })
}
