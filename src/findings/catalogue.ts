import type { Text } from '../messages/text.js'
import { text } from '../messages/text-of.js'
import type { Severity } from './severity.js'

interface RuleEntry {
  severity: Severity
}

/**
 * Every rule the engine reports, with its severity. Ids are stable: tooling and docs/rules.md
 * refer to them. Each rule's title and default fix are in the message catalogue, as
 * `<rule>.title` and `<rule>.hint` (src/messages/en/rules.ts).
 */
export const RULES = {
  AP101: { severity: 'error' },
  AP102: { severity: 'notice' },
  AP103: { severity: 'warning' },
  AP104: { severity: 'error' },
  AP105: { severity: 'error' },
  AP106: { severity: 'error' },
  AP107: { severity: 'error' },
  AP108: { severity: 'warning' },
  AP109: { severity: 'error' },
  AP201: { severity: 'error' },
  AP202: { severity: 'error' },
  AP203: { severity: 'error' },
  AP204: { severity: 'error' },
  AP205: { severity: 'error' },
  AP301: { severity: 'error' },
  AP302: { severity: 'warning' },
  AP303: { severity: 'error' },
  AP304: { severity: 'error' },
  AP305: { severity: 'error' },
  AP306: { severity: 'warning' },
  AP307: { severity: 'error' },
  AP308: { severity: 'warning' },
  AP401: { severity: 'error' },
  AP402: { severity: 'error' },
  AP403: { severity: 'error' },
  AP404: { severity: 'error' },
  AP405: { severity: 'error' },
  AP406: { severity: 'error' },
  AP407: { severity: 'error' },
  AP408: { severity: 'error' },
  AP409: { severity: 'warning' },
  AP410: { severity: 'notice' },
  AP411: { severity: 'warning' },
  AP501: { severity: 'error' },
  AP502: { severity: 'error' },
  AP503: { severity: 'error' },
  AP504: { severity: 'notice' },
  AP505: { severity: 'error' },
  AP601: { severity: 'error' },
  AP602: { severity: 'error' },
  AP603: { severity: 'error' },
  AP604: { severity: 'error' },
  AP605: { severity: 'error' },
  AP606: { severity: 'error' },
  AP607: { severity: 'error' },
  AP608: { severity: 'error' },
} as const satisfies Record<string, RuleEntry>

export type RuleId = keyof typeof RULES

/** What the rule is about, in a few words: the title docs/rules.md gives it. */
export function ruleTitle(rule: RuleId): Text {
  return text(`${rule}.title`)
}

/** The rule's default fix; a finding may carry a sharper one. */
export function ruleHint(rule: RuleId): Text {
  return text(`${rule}.hint`)
}
