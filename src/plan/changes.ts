import type { ChangedFile } from '../repo/git.js'
import { finding } from '../rules/finding.js'
import type { Inspection } from '../validate/inspect-repository.js'

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

/** Records are immutable and written by the registration run only: a change that adds, edits, renames or deletes one blocks its customer (AP606). */
export function flagEditedRecords(inspection: Inspection, changed: readonly ChangedFile[]): void {
  for (const change of changed) {
    const file = change.status === 'renamed' ? (change.previousPath ?? change.path) : change.path
    const match = /^customers\/([^/]+)\/registrations\/[^/]+\.json$/.exec(file)
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
