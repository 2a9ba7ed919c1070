import { readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { FindingCap } from '../../src/findings/cap-findings.js'
import { RULES, type RuleId, ruleHint, ruleTitle } from '../../src/findings/catalogue.js'
import { type Finding, finding, findingWords } from '../../src/findings/finding.js'
import { CATALOGUES, sayer, text } from '../../src/messages/catalogue.js'
import { LANGUAGES } from '../../src/messages/language.js'
import { isText, type Text, type TextParam } from '../../src/messages/text.js'
import { type DeviceIdentity, deviceLabel, deviceLabelText } from '../../src/rules/identity.js'
import { validateRepository } from '../../src/use-cases/validate-repository.js'
import { FIXTURES_DIR } from '../helpers/paths.js'

const [en, fr] = [sayer('en'), sayer('fr')]
/** C0 and C1 controls and the bidirectional marks: what escapeControls shows as escapes. */
const isControl = (c: string) => {
  const n = c.codePointAt(0) ?? 0
  return (
    n < 0x20 ||
    (n >= 0x7f && n <= 0x9f) ||
    n === 0x200e ||
    n === 0x200f ||
    (n >= 0x202a && n <= 0x202e) ||
    (n >= 0x2066 && n <= 0x2069)
  )
}
const controlsIn = (words: string) => [...words].filter(isControl).sort()

/** The values a Text quotes, through every Text nested in it: what both languages must show. */
function valuesOf(t: Text): string[] {
  const values: string[] = []
  const visit = (param: TextParam) => {
    if (Array.isArray(param)) for (const item of param) visit(item)
    else if (isText(param)) for (const value of Object.values(param.params ?? {})) visit(value)
    else if (typeof param === 'string' || typeof param === 'number') values.push(String(param))
  }
  visit(t)
  return values
}

/** The English and the French of one Text, checked as a partner reading either would need. */
function expectTranslated(t: Text, what: string): void {
  expect(t.key, what).not.toBe('verbatim')
  const [english, french] = [en.text(t), fr.text(t)]
  expect(french, what).not.toBe(english)
  // The offending value, in backticks or not, is in both, as written.
  for (const value of valuesOf(t)) {
    if (english.includes(value)) expect(french, `${what}: ${value}`).toContain(value)
  }
  for (const quoted of english.match(/`[^`]*`/g) ?? []) {
    expect(french, `${what}: ${quoted}`).toContain(quoted)
  }
  // No control character of our own: only those of the partner's data, in both alike.
  expect(controlsIn(french), what).toEqual(controlsIn(english))
}

function expectFrench(f: Finding): void {
  const what = `${f.rule} ${f.file}:${f.line}`
  expectTranslated(f.message, `${what} message`)
  expectTranslated(f.hint, `${what} hint`)
  const said = findingWords(f, fr)
  expect(controlsIn(said.message + said.hint), what).toEqual([])
}

const CSV_FIXTURES = readdirSync(path.join(FIXTURES_DIR, 'csv')).filter((n) => n.endsWith('.csv'))

describe('findings in French', () => {
  it.each(CSV_FIXTURES)('%s', async (fixture) => {
    const report = await validateRepository({
      root: path.join(FIXTURES_DIR, 'csv'),
      looseFiles: [fixture],
    })
    for (const f of report.findings) expectFrench(f)
  })

  it('has checked every rule the file fixtures give', async () => {
    const rules = new Set<string>()
    for (const fixture of CSV_FIXTURES) {
      const report = await validateRepository({
        root: path.join(FIXTURES_DIR, 'csv'),
        looseFiles: [fixture],
      })
      for (const f of report.findings) rules.add(f.rule)
    }
    // AP104 (size) and AP109 (links) need files made on the spot: test/csv, test/repo.
    const expected =
      'AP101 AP102 AP103 AP105 AP107 AP201 AP202 AP203 AP204 AP205 AP301 AP302 AP303 AP304 AP305 AP306 AP308 AP401 AP402 AP403 AP404 AP405 AP406 AP407 AP408 AP409 AP410 AP411 AP501'
    expect([...rules].sort()).toEqual(expected.split(' '))
  })

  it('says the duplicates and group tags of a repository in French', async () => {
    const report = await validateRepository({ root: path.join(FIXTURES_DIR, 'repos/mixed') })
    const ours = report.findings.filter((f) => ['AP307', 'AP502', 'AP503'].includes(f.rule))
    expect(new Set(ours.map((f) => f.rule)).size).toBe(3)
    for (const f of ours) expectFrench(f)
  })

  it('counts what the cap does not list, in French numbers', () => {
    const cap = new FindingCap(1)
    for (let line = 2; line < 1_300; line++) {
      cap.add(
        finding('AP302', { file: 'a.csv', line }, { key: 'check.blankLine', params: { line } }),
      )
    }
    const [, over] = cap.list()
    expect(over).toBeDefined()
    if (!over) return
    expectFrench(over)
    expect(fr.text(over.message)).toContain('1\u202f297 autres constats')
    expect(fr.text(over.message)).toContain('de la ligne 3 à la ligne 1\u202f299')
    expect(fr.text(over.message)).toContain(fr.text(ruleTitle('AP302')))
  })
})

describe('the rule catalogue', () => {
  const ids = Object.keys(RULES) as RuleId[]

  it.each(LANGUAGES)('gives every rule a title and a hint in %s', (language) => {
    for (const id of ids) {
      for (const t of [ruleTitle(id), ruleHint(id)]) {
        expect(CATALOGUES[language][t.key], `${language} ${t.key}`).toBeDefined()
        expect(sayer(language).text(t).length, `${language} ${t.key}`).toBeGreaterThan(5)
      }
    }
  })

  it('writes each title and hint in French, not in English', () => {
    for (const id of ids) {
      for (const t of [ruleTitle(id), ruleHint(id)]) expectTranslated(t, t.key)
    }
  })
})

describe('a device named in a message', () => {
  it('reads as deviceLabel in English, and names the product key id in French', () => {
    const devices = [
      { serialNumber: 'SYN1', manufacturer: 'Fabrikam', productKeyId: '' },
      { serialNumber: '', manufacturer: '', productKeyId: '3300000000001' },
      { serialNumber: 'SYN2', manufacturer: '', productKeyId: '' },
    ]
    for (const device of devices) expect(en.text(deviceLabelText(device))).toBe(deviceLabel(device))
    expect(fr.text(deviceLabelText(devices[1] as DeviceIdentity))).toBe(
      'ID de produit Windows 3300000000001',
    )
  })

  it('is said in the run’s language by the plan’s findings that name it', () => {
    const device = deviceLabelText({
      serialNumber: '',
      manufacturer: '',
      productKeyId: '3300000000001',
    })
    const already = text('repo.device.already', { device, record: 'r.json' })
    expect(en.text(already)).toBe(
      'product key id 3300000000001 is already registered (r.json): skipped',
    )
    expect(fr.text(already)).toContain('ID de produit Windows 3300000000001 est déjà inscrit')
  })
})
