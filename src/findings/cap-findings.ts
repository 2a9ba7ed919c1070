import { text } from '../messages/text-of.js'
import { ruleTitle } from './catalogue.js'
import { type Finding, finding, SEVERITY_ORDER } from './finding.js'

/**
 * Findings listed per file and rule; the rest are counted in one finding. A file of 130,000 rows
 * with the same slip gives 51 findings, not 130,000: GitHub annotates no more than 50 per job
 * anyway, and the reports and the plan stay small. The count still blocks: the finding that counts
 * the rest has the severity of the worst of them.
 */
export const FINDINGS_PER_FILE_AND_RULE = 50

interface Overflow {
  first: Finding
  count: number
  lastLine: number
  worst: Finding['severity']
}

/**
 * Collects findings as they come, keeping the first `limit` of each file and rule and counting
 * the others, so that memory stays bounded however many there are. `list()` gives the kept ones
 * in their order, then one finding per file and rule for the rest ("and N more like this").
 */
export class FindingCap {
  readonly #kept: Finding[] = []
  /** Per file, then rule: how many came, and the count of the rest once over the limit. */
  readonly #slots = new Map<string, Map<Finding['rule'], Slot>>()
  /** The counts of the rest, in the order their first one came. */
  readonly #overflow: Overflow[] = []

  constructor(readonly limit = FINDINGS_PER_FILE_AND_RULE) {}

  add(f: Finding): void {
    const slot = this.#slot(f.rule, f.file)
    slot.seen += 1
    if (slot.seen <= this.limit) {
      this.#kept.push(f)
      return
    }
    const over = slot.over
    if (!over) {
      slot.over = { first: f, count: 1, lastLine: f.line, worst: f.severity }
      this.#overflow.push(slot.over)
      return
    }
    over.count += 1
    over.lastLine = Math.max(over.lastLine, f.line)
    if (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[over.worst]) over.worst = f.severity
  }

  /**
   * As add, but the finding is made only when it is listed or first counted: the plan notes every
   * registered device (AP504), and 150,000 messages made to be counted cost 50 MB. For a rule whose
   * findings share one severity.
   */
  addLazily(rule: Finding['rule'], file: string, line: number, make: () => Finding): void {
    const over = this.#slot(rule, file).over
    if (!over) {
      this.add(make())
      return
    }
    over.count += 1
    over.lastLine = Math.max(over.lastLine, line)
  }

  addAll(findings: Iterable<Finding>): void {
    for (const f of findings) this.add(f)
  }

  list(): Finding[] {
    const out = [...this.#kept]
    for (const over of this.#overflow) out.push(overflowFinding(over, this.limit))
    return out
  }

  // Two maps rather than one keyed by `rule + file`: a plan of 150,000 rows would otherwise make a
  // key string per row only to look it up.
  #slot(rule: Finding['rule'], file: string): Slot {
    let rules = this.#slots.get(file)
    if (!rules) {
      rules = new Map()
      this.#slots.set(file, rules)
    }
    let slot = rules.get(rule)
    if (!slot) {
      slot = { seen: 0 }
      rules.set(rule, slot)
    }
    return slot
  }
}

interface Slot {
  seen: number
  over?: Overflow
}

function overflowFinding({ first, count, lastLine, worst }: Overflow, limit: number): Finding {
  const lines =
    lastLine > first.line
      ? text('check.linesFromTo', { first: first.line, last: lastLine })
      : text('check.onLine', { line: first.line })
  return finding(
    first.rule,
    { file: first.file, line: first.line, column: first.column },
    text('check.moreLikeThis', { count, title: ruleTitle(first.rule), lines, limit }),
    first.hint,
    worst,
  )
}
