import { SEVERITY_ORDER, type Severity } from '../findings/finding.js'
import type { ScopedFinding } from '../plan/plan-report.js'

/** GitHub shows at most 10 annotations of each severity per step. */
export const ANNOTATIONS_PER_SEVERITY = 10

/**
 * The findings to annotate on their lines: those of the changed files, errors first, within
 * GitHub's caps. The rest are counted, for "N more in the summary".
 */
export function selectAnnotations(findings: readonly ScopedFinding[]): {
  annotate: ScopedFinding[]
  more: number
} {
  const current = findings
    .filter((f) => !f.preExisting)
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
  const taken: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  const annotate: ScopedFinding[] = []
  for (const f of current) {
    if (taken[f.severity] >= ANNOTATIONS_PER_SEVERITY) continue
    taken[f.severity] += 1
    annotate.push(f)
  }
  return { annotate, more: current.length - annotate.length }
}
