import { english, type MessageKey, type ParamsArg, type Say } from '../messages/catalogue.js'
import { isText, type Text } from '../messages/text.js'
import { text } from '../messages/text-of.js'
import { errorMessage } from './error-message.js'

/**
 * An error a partner meets, with its words as a Text: `.message` keeps the English (for logs
 * meant for support, and for a catch that knows no Say), `text` is said in the run's language.
 */
export class TextError extends Error {
  readonly text: Text
  constructor(words: Text, options?: { cause?: unknown }) {
    super(english(words), options)
    this.text = words
  }
}

/** A TextError of one catalogue key, for a throw that needs no class of its own. */
export function textError<K extends MessageKey>(key: K, ...params: ParamsArg<K>): TextError {
  return new TextError(text(key, ...params))
}

/** The Text an error carries for a person, if it carries one. */
export function errorText(error: unknown): Text | undefined {
  const words = (error as { text?: unknown } | null)?.text
  return error instanceof Error && isText(words) ? words : undefined
}

/**
 * What went wrong, in the run's language when the error has words of ours, else the message it
 * came with (Node's, a library's). The caller redacts, as it did the message.
 */
export function errorWords(error: unknown, say: Say): string {
  const words = errorText(error)
  return words ? say.text(words) : errorMessage(error)
}
