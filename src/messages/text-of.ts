import type { MessageKey, ParamsArg } from './keys.js'
import type { Text, TextParam } from './text.js'

/** A Text for a catalogue key, checked against the English message's values. */
export function text<K extends MessageKey>(key: K, ...params: ParamsArg<K>): Text {
  const [values] = params as [Record<string, TextParam>?]
  return values === undefined ? { key } : { key, params: values }
}
