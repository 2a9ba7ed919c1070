import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FINDINGS_PER_FILE_AND_RULE, FindingCap } from '../../src/findings/cap-findings.js'
import { type RuleId, ruleHint } from '../../src/findings/catalogue.js'
import { type Finding, finding, type Severity } from '../../src/findings/finding.js'
import { hintOf, madeUp, messageOf } from '../helpers/words.js'

const f = (rule: RuleId, file: string, line: number, severity?: Severity): Finding =>
  finding(rule, { file, line, column: 3 }, madeUp(`line ${line}`), undefined, severity)

/** The findings with at most `limit` per file and rule, the rest counted, as FindingCap keeps them. */
function capFindings(findings: Iterable<Finding>, limit = FINDINGS_PER_FILE_AND_RULE): Finding[] {
  const cap = new FindingCap(limit)
  cap.addAll(findings)
  return cap.list()
}

describe('FindingCap', () => {
  it('lists the first 50 of a rule in a file, and counts the rest in one finding on the first left out', () => {
    const many = Array.from({ length: 130_000 }, (_, i) => f('AP306', 'a.csv', i + 2))
    const capped = capFindings(many)
    expect(capped).toHaveLength(FINDINGS_PER_FILE_AND_RULE + 1)
    expect(capped.slice(0, 50)).toEqual(many.slice(0, 50))
    expect({ ...capped[50], message: messageOf(capped[50]), hint: hintOf(capped[50]) }).toEqual({
      rule: 'AP306',
      severity: 'warning',
      file: 'a.csv',
      line: 52,
      column: 3,
      message:
        'and 129,950 more like this in this file (leading or trailing whitespace in a field), from line 52 to line 130,001: only the first 50 findings of a rule are listed for each file',
      hint: hintOf({ hint: ruleHint('AP306') }),
    })
  })

  it('caps each file and rule on its own, and leaves a list under the cap as it is', () => {
    const list = [
      ...Array.from({ length: 60 }, (_, i) => f('AP306', 'a.csv', i + 2)),
      ...Array.from({ length: 60 }, (_, i) => f('AP306', 'b.csv', i + 2)),
      ...Array.from({ length: 60 }, (_, i) => f('AP302', 'a.csv', i + 2)),
      f('AP101', 'c.csv', 1),
    ]
    const groups = new Map<string, number>()
    for (const x of capFindings(list))
      groups.set(`${x.file} ${x.rule}`, (groups.get(`${x.file} ${x.rule}`) ?? 0) + 1)
    expect(Object.fromEntries(groups)).toEqual({
      'a.csv AP306': 51,
      'b.csv AP306': 51,
      'a.csv AP302': 51,
      'c.csv AP101': 1,
    })
    const short = list.slice(0, 50)
    expect(capFindings(short)).toEqual(short)
  })

  it('gives the count the severity of the worst left out, so that an error past the cap still blocks', () => {
    const list = [
      ...Array.from({ length: 50 }, (_, i) => f('AP105', 'a.csv', i + 1, 'warning')),
      f('AP105', 'a.csv', 60, 'warning'),
      f('AP105', 'a.csv', 70, 'error'),
    ]
    expect(capFindings(list).at(-1)).toMatchObject({ severity: 'error', line: 60 })
  })

  it('never lists more than 51 of a file and rule, nor loses count of any, for any findings', () => {
    const one = fc.record({
      rule: fc.constantFrom<RuleId>('AP302', 'AP306', 'AP501'),
      file: fc.constantFrom('a.csv', 'b.csv'),
      line: fc.integer({ min: 1, max: 1000 }),
    })
    fc.assert(
      fc.property(
        fc.array(one, { maxLength: 300 }),
        fc.integer({ min: 1, max: 60 }),
        (raw, limit) => {
          const list = raw.map((r) => f(r.rule, r.file, r.line))
          const capped = capFindings(list, limit)
          for (const key of new Set(list.map((x) => `${x.file} ${x.rule}`))) {
            const all = list.filter((x) => `${x.file} ${x.rule}` === key)
            const out = capped.filter((x) => `${x.file} ${x.rule}` === key)
            expect(out.slice(0, limit)).toEqual(all.slice(0, limit))
            if (all.length <= limit) expect(out).toHaveLength(all.length)
            else {
              expect(out).toHaveLength(limit + 1)
              const more = Number(
                /^and ([\d,]+) more/.exec(messageOf(out[limit]) ?? '')?.[1]?.replace(/,/g, ''),
              )
              expect(more).toBe(all.length - limit)
            }
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('FindingCap.addLazily', () => {
  it('gives what add gives, but makes no finding it would only count', () => {
    const lines = Array.from({ length: 5_000 }, (_, i) => i + 2)
    const eager = new FindingCap()
    const lazy = new FindingCap()
    let made = 0
    for (const line of lines) {
      eager.add(f('AP504', 'a.csv', line))
      lazy.addLazily('AP504', 'a.csv', line, () => {
        made++
        return f('AP504', 'a.csv', line)
      })
    }
    expect(lazy.list()).toEqual(eager.list())
    // The 50 listed and the first one counted, whose place and hint the count finding takes.
    expect(made).toBe(FINDINGS_PER_FILE_AND_RULE + 1)
    expect(messageOf(lazy.list().at(-1))).toContain('and 4,950 more like this')
  })
})
