import path from 'node:path'
import type { ChangedFile } from '../repo/git.js'
import { finding } from '../rules/finding.js'
import type { Inspection } from '../validate/inspect-repository.js'

/** The checkout's folder relative to the repository's top level, with `/`; '' at the top. */
export function checkoutPrefix(topLevel: string, root: string): string {
  return path.relative(topLevel, root).split(path.sep).join('/')
}

/** A path in the checkout as the repository's top level names it: changesInRoot's inverse. */
export function fromTopLevel(prefix: string, file: string): string {
  return prefix === '' ? file : `${prefix}/${file}`
}

/** Keeps the changes inside the checkout (`prefix` from the repository's top level), with paths relative to it. */
export function changesInRoot(files: readonly ChangedFile[], prefix: string): ChangedFile[] {
  if (prefix === '') return [...files]
  const inside = (p: string | undefined) => p?.startsWith(`${prefix}/`) ?? false
  return files
    .filter((f) => inside(f.path) || inside(f.previousPath))
    .map((f) => ({
      ...f,
      path: inside(f.path) ? f.path.slice(prefix.length + 1) : f.path,
      ...(f.previousPath && inside(f.previousPath)
        ? { previousPath: f.previousPath.slice(prefix.length + 1) }
        : {}),
    }))
}

/** A registration record's path; the group is the customer's slug. */
const RECORD_FILE = /^customers\/([^/]+)\/registrations\/[^/]+\.json$/

/**
 * Records are immutable and written by the registration run only: a change that adds, edits,
 * renames or deletes one blocks its customer (AP606). `acceptAdded` is for the registration run's
 * own records pull request (see isRecordsPullRequest), whose added records are the run's.
 */
export function flagEditedRecords(
  inspection: Inspection,
  changed: readonly ChangedFile[],
  options: { acceptAdded?: boolean } = {},
): void {
  for (const change of changed) {
    if (options.acceptAdded && change.status === 'added') continue
    const file = change.status === 'renamed' ? (change.previousPath ?? change.path) : change.path
    const match = RECORD_FILE.exec(file)
    if (!match?.[1]) continue
    // Only the registration run writes records: one that a pull request adds is as suspect as an edit.
    const verb = { added: 'adds', removed: 'deletes', renamed: 'renames', modified: 'edits' }[
      change.status
    ]
    inspection.findings.push(
      finding(
        'AP606',
        { file: change.path, line: 1 },
        `this change ${verb} the registration record \`${file}\``,
      ),
    )
    inspection.ledger.unreadable.add(match[1])
  }
}

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
