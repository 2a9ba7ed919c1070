import type { Say } from '../messages/catalogue.js'
import type { Text } from '../messages/text.js'
import { RULES, type RuleId, ruleHint } from './catalogue.js'
import { escapeControls } from './escape.js'
import { SEVERITY_ORDER, type Severity } from './severity.js'

export type { Severity } from './severity.js'
export { SEVERITY_ORDER } from './severity.js'

/** A problem in the partner's data: expected, reported, never thrown. */
export interface Finding {
  rule: RuleId
  severity: Severity
  /** Path relative to the repository root, with `/`. */
  file: string
  /** Physical line in the file, 1-based. */
  line: number
  /** Character column in that line, 1-based. */
  column: number
  /** Words for the partner, in no language yet: a renderer says them (findingWords). */
  message: Text
  hint: Text
}

export interface FindingAt {
  file: string
  line: number
  column?: number
}

/** Builds a finding with the catalogue's severity and hint unless the caller has a sharper hint. */
export function finding(
  rule: RuleId,
  at: FindingAt,
  message: Text,
  hint?: Text,
  severity?: Severity,
): Finding {
  return {
    rule,
    severity: severity ?? RULES[rule].severity,
    file: at.file,
    line: at.line,
    column: at.column ?? 1,
    message,
    hint: hint ?? ruleHint(rule),
  }
}

/** A finding's message and fix in one language, each on one line. */
export function findingWords(f: Finding, say: Say): { message: string; hint: string } {
  return { message: oneLine(say.text(f.message)), hint: oneLine(say.text(f.hint)) }
}

/**
 * A message quotes the partner's data, and a quoted CSV cell can hold a line break: written to
 * the log as is, `::error …` on the next line would be a workflow command. Control characters
 * (C0, C1, the bidirectional ones) are shown as escapes, so a finding is always one line.
 */
export function oneLine(text: string): string {
  return escapeControls(text)
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.file.localeCompare(b.file, 'en') ||
    a.line - b.line ||
    a.column - b.column ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.rule.localeCompare(b.rule, 'en')
  )
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  for (const f of findings) counts[f.severity] += 1
  return counts
}
