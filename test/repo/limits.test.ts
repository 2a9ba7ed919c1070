import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildPlan } from '../../src/plan/build-plan.js'
import { inspectRepository } from '../../src/repo/inspect-repository.js'
import { validateRepository } from '../../src/use-cases/validate-repository.js'
import { customerYml, GWAI_HEADER, PARTNER_HEADER } from '../helpers/synthetic.js'
import { messageOf } from '../helpers/words.js'

const ROWS = 130_000

/** contoso with the given device files, and fabrikam with one good device. */
function repository(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'autopilot-gitops-limits-'))
  const all: Record<string, string> = {
    'customers/contoso/customer.yml': customerYml({
      name: 'Contoso',
      customerId: '8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60',
    }),
    'customers/fabrikam/customer.yml': customerYml({
      name: 'Fabrikam',
      customerId: '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0',
    }),
    'customers/fabrikam/devices/f.csv': `${PARTNER_HEADER}\r\nFAB1,,,Fabrikam,Laptop\r\n`,
    ...files,
  }
  for (const [file, text] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), text)
  }
  return root
}

const csv = (rows: readonly string[]) => `${[PARTNER_HEADER, ...rows].join('\r\n')}\r\n`
const tuples = (make: (i: number) => string) => csv(Array.from({ length: ROWS }, (_, i) => make(i)))

/** How many findings each file and rule has. */
function tally(findings: readonly { file: string; rule: string }[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const f of findings) counts[`${f.file} ${f.rule}`] = (counts[`${f.file} ${f.rule}`] ?? 0) + 1
  return counts
}

describe('130,000 findings in one file (the stack overflowed past about 120,000)', () => {
  it.each([
    {
      name: 'a 3 MB OEM file of 130,000 rows with a trailing space',
      text: tuples((i) => `SN${String(i).padStart(8, '0')} ,,,Contoso,Book 14`),
      rule: 'AP306',
      more: 'and 129,950 more like this in this file (leading or trailing whitespace in a field), from line 52 to line 130,001',
    },
    {
      name: '130,000 blank lines',
      text: csv(['SN1,,,Contoso,Book', ...Array<string>(ROWS).fill(''), 'SN2,,,Contoso,Book']),
      rule: 'AP302',
      more: 'and 129,950 more like this in this file (blank line inside the data), from line 53 to line 130,002',
    },
  ])(
    '$name: the first 50 and a count, and the other customer checked',
    { timeout: 20_000 },
    async ({ text, rule, more }) => {
      const root = repository({ 'customers/contoso/devices/oem.csv': text })
      const started = Date.now()
      const report = await validateRepository({ root })
      // Measured: about 1 s for both.
      expect(Date.now() - started).toBeLessThan(10_000)
      expect(tally(report.findings)).toEqual({ [`customers/contoso/devices/oem.csv ${rule}`]: 51 })
      expect(messageOf(report.findings.at(-1))).toContain(more)
      expect(report.summary.files).toBe(2)
      expect(report.customers.find((c) => c.slug === 'fabrikam')?.devices).toBe(1)
      // The JSON report stays small: 51 findings, not 130,000.
      expect(JSON.stringify(report.findings).length).toBeLessThan(30_000)
    },
  )

  it('still blocks every row with an error, listed or not, and the customer, and no other', {
    timeout: 30_000,
  }, async () => {
    // Every other row a placeholder serial (AP304, and AP501 among themselves); the same file twice (AP502).
    const text = tuples((i) => (i % 2 ? '0,,,Contoso,Book' : `SN${i},,,Contoso,Book`))
    const root = repository({
      'customers/contoso/devices/a.csv': text,
      'customers/contoso/devices/b.csv': text,
    })
    const plan = buildPlan(await inspectRepository({ root }))
    const counts = tally(plan.findings)
    for (const [key, n] of Object.entries(counts)) expect(n, key).toBeLessThanOrEqual(51)
    expect(counts['customers/contoso/devices/a.csv AP304']).toBe(51)
    expect(counts['customers/contoso/devices/b.csv AP502']).toBe(51)
    const contoso = plan.customers.find((c) => c.slug === 'contoso')
    expect(contoso?.blocked).toBe(true)
    expect(contoso?.devices).toHaveLength(2 * ROWS)
    // Each row is blocked for its own errors, past the 50 listed too: every row of both files is
    // in the other (AP502).
    expect(contoso?.devices.filter((d) => d.reason?.key === 'repo.reason.rowErrors')).toHaveLength(
      2 * ROWS,
    )
    expect(contoso?.devices.every((d) => d.action === 'blocked')).toBe(true)
    expect(plan.customers.find((c) => c.slug === 'fabrikam')).toMatchObject({
      blocked: false,
      counts: { register: 1 },
    })
  })
})

describe('values quoted in findings are short', () => {
  it('quotes a 10 MB header cell (AP205) by its ends', async () => {
    const cell = 'X'.repeat(10 * 1024 * 1024)
    const root = repository({
      'customers/contoso/devices/a.csv': `Device Serial Number,Windows Product ID,${cell}\r\nSN1,,\r\n`,
    })
    const report = await validateRepository({ root })
    const header = report.findings.find((f) => f.rule === 'AP205')
    expect(messageOf(header)).toContain('extra `XXXXXXXXXXXXXXXX…XXXXXXXX`')
    for (const f of report.findings) expect(messageOf(f).length).toBeLessThan(400)
  })

  it('quotes a header of 100,000 cells by its first 12', async () => {
    const cells = Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',')
    const root = repository({
      'customers/contoso/devices/a.csv': `Device Serial Number,Windows Product ID,Hardware Hash,${cells}\r\n`,
    })
    const report = await validateRepository({ root })
    const header = report.findings.find((f) => f.rule === 'AP205')
    expect(messageOf(header)).toContain(
      '`Device Serial Number,Windows Product ID,Hardware Hash,c0,',
    )
    expect(messageOf(header)).toContain(',…` (99,991 more cells)')
    expect(messageOf(header)).toContain('extra `c0`, `c1`, `c2`, `c3`, `c4` and 99,995 more')
    for (const f of report.findings) expect(messageOf(f).length).toBeLessThan(600)
  })

  it.each([
    ['Assigned User', (v: string) => `SN1,,,,${v}`, 'AP308'],
    ['Windows Product ID', (v: string) => `SN1,${v},,,`, 'AP305'],
    ['Group Tag', (v: string) => `SN1,,,${v},`, 'AP307'],
  ])('quotes a 1 MB %s by its ends', async (_, row, rule) => {
    const value = `${'0'.repeat(500_000)}${'9'.repeat(500_000)}`
    const header = `${GWAI_HEADER},Group Tag,Assigned User`
    const root = repository({ 'customers/contoso/devices/a.csv': `${header}\r\n${row(value)}\r\n` })
    const report = await validateRepository({ root })
    const found = report.findings.find((f) => f.rule === rule)
    expect(messageOf(found)).toContain(`\`${'0'.repeat(40)}…${'9'.repeat(40)}\``)
    expect(messageOf(found).length).toBeLessThan(300)
  })
})
