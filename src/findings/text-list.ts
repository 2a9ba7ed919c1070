import type { Say } from '../messages/catalogue.js'
import type { Text } from '../messages/text.js'
import { text } from '../messages/text-of.js'
import { errorMessage } from './error-message.js'
import { errorText } from './error-words.js'

/**
 * Several reasons as one Text, said one after the other (`a; b; c` in English): a message cannot
 * hold an array of Texts other than as a list (`a, b and c`), and reasons have always been told
 * apart by semicolons. Undefined for none.
 */
export function oneAfterAnother(texts: readonly Text[]): Text | undefined {
  const [first, ...rest] = texts
  if (!first) return undefined
  return rest.reduce((all, then) => text('repo.reasons.both', { first: all, then }), first)
}

/** Several reasons in the words of one language, one after the other; '' for none. */
export function sayInTurn(say: Say, texts: readonly Text[]): string {
  const all = oneAfterAnother(texts)
  return all ? say.text(all) : ''
}

/**
 * What went wrong as a Text: the error's own Text when it is one of ours (a TextError), else its
 * words quoted as they are in every language (Node's, a library's, Partner Center's).
 */
export function errorAsText(error: unknown): Text {
  return errorText(error) ?? text('verbatim', { words: errorMessage(error) })
}
