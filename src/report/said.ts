import type { Say } from '../messages/catalogue.js'
import type { Text } from '../messages/text.js'

/** The words of a reason the plan or a run may carry; '' for none. */
export function said(say: Say, words: Text | undefined): string {
  return words === undefined ? '' : say.text(words)
}
