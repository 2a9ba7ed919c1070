import { RECORD_FILE } from '../ledger/record-schema.js'
import type { ChangedFile } from '../repo/git.js'

/**
 * The pull request the registration run opens when the branch refused its commit: opened by a bot
 * (the workflow's token) from an `autopilot-gitops/records-` branch, adding record files and
 * nothing else. A person's pull request is never one, whatever its branch is called.
 */
export function isRecordsPullRequest(
  pr: { headRef?: string; openedByBot?: boolean },
  changed: readonly ChangedFile[],
  branchPrefix: string,
): boolean {
  return (
    pr.openedByBot === true &&
    (pr.headRef?.startsWith(branchPrefix) ?? false) &&
    changed.length > 0 &&
    changed.every((c) => c.status === 'added' && RECORD_FILE.test(c.path))
  )
}
