import { type Finding, oneLine } from '../findings/finding.js'
import type { Say } from '../messages/catalogue.js'
import { isText, type Text } from '../messages/text.js'

/** A finding as the JSON reports give it: its message and fix in words. */
export type WordedFinding<F extends Finding = Finding> = Omit<F, 'message' | 'hint'> & {
  message: string
  hint: string
}

/** A planned device as the JSON reports give it: its reason in words. */
export type WordedDevice<D extends { reason?: Text }> = Omit<D, 'reason'> & { reason?: string }

/** A customer's plan as the JSON reports give it: its block reasons and devices' reasons in words. */
export type WordedCustomer<C extends PlanCustomer> = Omit<C, 'blockReasons' | 'devices'> & {
  blockReasons: string[]
  devices: WordedDevice<C['devices'][number]>[]
}

interface PlanCustomer {
  blockReasons: readonly Text[]
  devices: readonly { reason?: Text }[]
}

type WithFindings = { findings: readonly Finding[] }

type WordedFindings<R extends WithFindings> = { findings: WordedFinding<R['findings'][number]>[] }

export type Worded<R extends WithFindings> = R extends {
  customers: readonly (infer C extends PlanCustomer)[]
}
  ? Omit<R, 'findings' | 'customers'> & WordedFindings<R> & { customers: WordedCustomer<C>[] }
  : Omit<R, 'findings'> & WordedFindings<R>

/**
 * For JSON.stringify and jsonChunks: every Text in a report given as its words, where it lies,
 * so that a plan of 150,000 devices is written without copying each device to put words to its
 * reason. Said as findingWords says them, on one line; many devices share one reason (a day's
 * "registered …", "errors on the row"), and each is said once.
 */
export function wordsReplacer(say: Say): (key: string, value: unknown) => unknown {
  const said = new Map<Text, string>()
  return (_key, value) => {
    if (!isBareText(value)) return value
    let words = said.get(value)
    if (words === undefined) {
      words = oneLine(say.text(value))
      said.set(value, words)
    }
    return words
  }
}

/** A Text and nothing more: no other object of a report is shaped `{ key, params? }`. */
function isBareText(value: unknown): value is Text {
  if (!isText(value)) return false
  for (const field in value) if (field !== 'key' && field !== 'params') return false
  return true
}
