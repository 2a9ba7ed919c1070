import type { Say } from '../messages/catalogue.js'
import type { Text } from '../messages/text.js'

/** The words of a reason the plan or a run may carry; '' for none. */
export function said(say: Say, words: Text | undefined): string {
  if (words === undefined) return ''
  return typeof words === 'string' ? words : say.text(words)
}

/** Several reasons in one line, joined as the reports join them. */
export function saidAll(say: Say, reasons: readonly Text[]): string {
  return reasons.map((r) => said(say, r)).join(say('report.separator'))
}
