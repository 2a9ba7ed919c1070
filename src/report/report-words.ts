import { type Finding, findingWords } from '../findings/finding.js'
import type { Say } from '../messages/catalogue.js'

/** A finding as the JSON reports give it: its message and fix in words. */
export type WordedFinding<F extends Finding = Finding> = Omit<F, 'message' | 'hint'> & {
  message: string
  hint: string
}

export type Worded<R extends { findings: readonly Finding[] }> = Omit<R, 'findings'> & {
  findings: WordedFinding<R['findings'][number]>[]
}

/** A report for JSON output: the same fields, each finding's words in the run's language. */
export function inWords<R extends { findings: readonly Finding[] }>(
  report: R,
  say: Say,
): Worded<R> {
  const findings = report.findings.map((f) => ({ ...f, ...findingWords(f, say) }))
  return { ...report, findings } as unknown as Worded<R>
}
