import { type Finding, findingWords, oneLine } from '../findings/finding.js'
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
 * A report for JSON output: the same fields, each finding's words in the run's language, and for
 * a plan the reasons of its customers and devices too.
 */
export function inWords<R extends WithFindings>(report: R, say: Say): Worded<R> {
  const findings = report.findings.map((f) => ({ ...f, ...findingWords(f, say) }))
  const { customers } = report as { customers?: unknown }
  if (!Array.isArray(customers) || !customers.every(isPlanCustomer))
    return { ...report, findings } as unknown as Worded<R>
  return {
    ...report,
    findings,
    customers: customersInWords(customers, say),
  } as unknown as Worded<R>
}

function isPlanCustomer(value: unknown): value is PlanCustomer {
  const c = value as Partial<PlanCustomer>
  return Array.isArray(c.blockReasons) && Array.isArray(c.devices)
}

/**
 * Customers' reasons in words. Many devices share one reason (a day's "registered …", "errors on
 * the row"): each Text is said once, and a device without a reason is given as it is, so that a
 * plan of 150,000 devices is not copied whole for its words.
 */
export function customersInWords<C extends PlanCustomer>(
  customers: readonly C[],
  say: Say,
): WordedCustomer<C>[] {
  const said = new Map<Text, string>()
  const words = (t: Text): string => {
    let w = said.get(t)
    if (w === undefined) {
      w = say.text(t)
      said.set(t, w)
    }
    return w
  }
  return customers.map((c) => ({
    ...c,
    blockReasons: c.blockReasons.map(words),
    devices: c.devices.map((d) => (d.reason ? { ...d, reason: words(d.reason) } : d)),
  })) as unknown as WordedCustomer<C>[]
}

/**
 * For JSON.stringify and jsonChunks: every Text in a report given as its words, where it lies,
 * so that a plan of 150,000 devices is written without copying each device to put words to its
 * reason. Said as findingWords says them: on one line.
 */
export function wordsReplacer(say: Say): (key: string, value: unknown) => unknown {
  return (_key, value) => (isBareText(value) ? oneLine(say.text(value)) : value)
}

/** A Text and nothing more: no other object of a report is shaped `{ key, params? }`. */
function isBareText(value: unknown): value is Text {
  if (!isText(value)) return false
  for (const field in value) if (field !== 'key' && field !== 'params') return false
  return true
}
