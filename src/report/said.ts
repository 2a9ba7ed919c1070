import type { Say } from '../messages/catalogue.js'
import type { Text } from '../messages/text.js'

/**
 * The words of a reason the plan or a run carries: a plain string today, a Text once the reasons
 * of the plan (block reasons, device reasons, Partner Center's code explanations) are said
 * through the catalogue. A string is shown as it is.
 */
// TODO(merge): once every reason is a Text, say.text alone does, and this goes.
export function said(say: Say, words: string | Text | undefined): string {
  if (words === undefined) return ''
  return typeof words === 'string' ? words : say.text(words)
}

/** Several reasons in one line, joined as the reports join them. */
export function saidAll(say: Say, reasons: readonly (string | Text)[]): string {
  return reasons.map((r) => said(say, r)).join(say('report.separator'))
}
