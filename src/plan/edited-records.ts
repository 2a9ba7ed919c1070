import { finding } from '../findings/finding.js'
import { RECORD_FILE } from '../ledger/record-schema.js'
import { text } from '../messages/text-of.js'
import type { ChangedFile } from '../repo/git.js'
import type { Inspection } from '../repo/inspect-repository.js'

/**
 * Records are immutable and written by the registration run only: a change that adds, edits,
 * renames or deletes one blocks its customer (AP606). Returns the inspection with those findings,
 * and with the customers' records no longer trusted. `acceptAdded` is for the registration run's
 * own records pull request (see isRecordsPullRequest), whose added records are the run's.
 */
export function withEditedRecords(
  inspection: Inspection,
  changed: readonly ChangedFile[],
  options: { acceptAdded?: boolean } = {},
): Inspection {
  const findings = [...inspection.findings]
  const unreadable = new Set(inspection.ledger.unreadable)
  for (const change of changed) {
    if (options.acceptAdded && change.status === 'added') continue
    const file = change.status === 'renamed' ? (change.previousPath ?? change.path) : change.path
    const match = RECORD_FILE.exec(file)
    if (!match?.[1]) continue
    // Only the registration run writes records: one that a pull request adds is as suspect as an edit.
    const message = text(`repo.record.${change.status}`, { file })
    findings.push(finding('AP606', { file: change.path, line: 1 }, message))
    unreadable.add(match[1])
  }
  return { ...inspection, findings, ledger: { ...inspection.ledger, unreadable } }
}
