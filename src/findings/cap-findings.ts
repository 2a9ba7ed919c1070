import { text } from '../messages/catalogue.js'
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
  readonly #counts = new Map<string, number>()
  readonly #overflow = new Map<string, Overflow>()

  constructor(readonly limit = FINDINGS_PER_FILE_AND_RULE) {}

  add(f: Finding): void {
    const key = `${f.rule}\u0000${f.file}`
    const seen = this.#counts.get(key) ?? 0
    this.#counts.set(key, seen + 1)
    if (seen < this.limit) {
      this.#kept.push(f)
      return
    }
    const over = this.#overflow.get(key)
    if (!over) {
      this.#overflow.set(key, { first: f, count: 1, lastLine: f.line, worst: f.severity })
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
    const over = this.#overflow.get(`${rule}\u0000${file}`)
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
    for (const over of this.#overflow.values()) out.push(overflowFinding(over, this.limit))
    return out
  }
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
