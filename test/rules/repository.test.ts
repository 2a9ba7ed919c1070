import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sayer } from '../../src/messages/catalogue.js'
import { buildPlan } from '../../src/plan/build-plan.js'
import { buildPlanReport } from '../../src/plan/plan-report.js'
import { inspectRepository } from '../../src/repo/inspect-repository.js'
import { renderPlanMarkdown } from '../../src/report/render-summary.js'
import { renderCounts } from '../../src/report/render-text.js'
import { countDevices } from '../../src/rules/duplicates.js'
import { validateRepository } from '../../src/use-cases/validate-repository.js'
import { FIXTURES_DIR } from '../helpers/paths.js'
import { messageOf } from '../helpers/words.js'

const mixed = path.join(FIXTURES_DIR, 'repos/mixed')

describe('a repository with customers, duplicates and strays', () => {
  it('reports every customer and cross-file problem at its place', async () => {
    const report = await validateRepository({ root: mixed })
    expect(report.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`)).toEqual([
      'customers/adventure-works/customer.yml:1:1 AP601',
      'customers/Bad_Slug/customer.yml:1:1 AP605',
      'customers/Bad_Slug/customer.yml:2:13 AP602',
      'customers/Bad_Slug/customer.yml:3:11 AP603',
      'customers/Bad_Slug/customer.yml:4:1 AP601',
      'customers/contoso/devices/a.csv:2:1 AP503',
      'customers/contoso/devices/a.csv:3:1 AP502',
      'customers/contoso/devices/b.csv:2:1 AP502',
      'customers/contoso/devices/b.csv:3:4013 AP307',
      'customers/fabrikam/devices/c.csv:2:1 AP503',
      'customers/northwind/customer.yml:1:1 AP601',
      'customers/northwind/customer.yml:2:11 AP603',
      'customers/tailspin/customer.yml:2:1 AP601',
      'incoming/new-order.csv:1:1 AP605',
    ])
    const message = (rule: string, file: string) =>
      messageOf(report.findings.find((f) => f.rule === rule && f.file.includes(file)))
    expect(message('AP601', 'adventure-works')).toContain('missing')
    expect(message('AP601', 'northwind')).toContain('`name` is missing')
    expect(message('AP601', 'Bad_Slug')).toContain('`region`')
    expect(message('AP602', 'Bad_Slug')).toContain('`not-a-guid`')
    expect(message('AP603', 'Bad_Slug')).toContain('did you mean `Microsoft365Managed_Autopilot`?')
    expect(message('AP603', 'northwind')).toContain('did you mean `Microsoft365Managed_Kiosk`?')
    expect(message('AP503', 'contoso/devices/a.csv')).toContain(
      'customer `fabrikam` (customers/fabrikam/devices/c.csv:2)',
    )
    expect(message('AP502', 'b.csv')).toContain('customers/contoso/devices/a.csv:3')
    expect(message('AP307', 'b.csv')).toContain('`Microsoft365Managed_Standard`')
    // SYN00001X is in contoso/a.csv and fabrikam/c.csv, SYN00002X in contoso/a.csv and b.csv.
    expect(report.summary).toEqual({
      files: 7,
      devices: 7,
      rows: 9,
      errors: 14,
      warnings: 0,
      notices: 0,
    })
  })

  it('lists each customer with what customer.yml says, null where it cannot be read', async () => {
    const report = await validateRepository({ root: mixed })
    expect(report.customers).toEqual([
      { slug: 'adventure-works', name: null, customerId: null, groupTag: null, devices: 1 },
      { slug: 'Bad_Slug', name: null, customerId: null, groupTag: null, devices: 0 },
      {
        slug: 'contoso',
        name: 'Contoso Ltd',
        customerId: '8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60',
        groupTag: 'Microsoft365Managed_Autopilot',
        devices: 3,
      },
      {
        slug: 'fabrikam',
        name: 'Fabrikam Inc',
        customerId: '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0',
        groupTag: 'Microsoft365Managed_Autopilot',
        devices: 1,
      },
      {
        slug: 'litware',
        name: 'Litware',
        customerId: '22222222-3333-4444-8555-666666666666',
        groupTag: 'Litware-Shop-Floor',
        devices: 1,
      },
      { slug: 'northwind', name: null, customerId: null, groupTag: null, devices: 1 },
      { slug: 'tailspin', name: null, customerId: null, groupTag: null, devices: 0 },
    ])
  })

  it('reports only the scope asked for, but finds duplicates against the whole repository', async () => {
    const report = await validateRepository({
      root: mixed,
      scope: ['customers/fabrikam/devices/c.csv'],
    })
    expect(report.findings.map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual([
      'customers/fabrikam/devices/c.csv:2 AP503',
    ])
    expect(report.summary.files).toBe(1)
    expect(report.customers.map((c) => c.slug)).toEqual(['fabrikam'])
  })

  it("includes a customer's customer.yml findings when one of its files is in scope", async () => {
    const report = await validateRepository({ root: mixed, scope: ['customers/northwind/devices'] })
    expect(report.findings.map((f) => f.rule)).toEqual(['AP601', 'AP603'])
  })

  it('passes a clean repository', async () => {
    const report = await validateRepository({ root: path.join(FIXTURES_DIR, 'repos/good') })
    expect(report.summary).toEqual({
      files: 3,
      devices: 5,
      rows: 5,
      errors: 0,
      warnings: 0,
      notices: 1,
    })
  })
})

describe('counting devices, not rows', () => {
  const csv = path.join(FIXTURES_DIR, 'csv')

  it('counts a device captured twice once, in the report and in its text', async () => {
    const report = await validateRepository({ root: csv, looseFiles: ['AP501-same-file.csv'] })
    expect(report.summary).toMatchObject({ files: 1, devices: 2, rows: 3 })
    expect(renderCounts(report, sayer('en'))).toBe(
      '1 file, 2 devices in 3 rows: 1 error, 0 warnings, 0 notices',
    )
  })

  it('says nothing of rows when every row is another device', async () => {
    const report = await validateRepository({ root: csv, looseFiles: ['valid-gwai-utf8-lf.csv'] })
    expect(report.summary).toMatchObject({ devices: 3, rows: 3 })
    expect(renderCounts(report, sayer('en'))).toBe(
      '1 file, 3 devices: 0 errors, 0 warnings, 0 notices',
    )
  })

  it('counts distinct devices per customer, and in the plan report and its Markdown', async () => {
    const inspection = await inspectRepository({ root: mixed })
    const plan = buildPlanReport(buildPlan(inspection), null)
    expect(plan.summary).toMatchObject({ devices: 7, rows: 9 })
    const markdown = renderPlanMarkdown(plan, {
      links: {},
      say: sayer('en'),
      maxDeviceRows: 10,
      maxFindings: 10,
      deviceTables: false,
      activeCustomersOnly: false,
    })
    expect(markdown).toContain(
      'The CSVs hold 9 rows for 7 devices: some devices are listed more than once.',
    )
  })

  it.each([
    { name: 'no keys', keys: [[], []], devices: 2 },
    { name: 'one shared key', keys: [['sm:a'], ['sm:a', 'pk:1'], ['pk:2']], devices: 2 },
    {
      name: 'a chain of shared keys',
      keys: [['sm:a'], ['pk:2'], ['pk:2', 'sm:a'], ['hh:x']],
      devices: 2,
    },
  ])('joins rows that share a key ($name)', ({ keys, devices }) => {
    expect(countDevices(keys.map((k) => ({ keys: k })))).toBe(devices)
  })

  it('counts what a plain search over shared keys counts, for any rows', () => {
    /** Rows joined through shared keys, found by walking from each row not yet seen. */
    const groups = (rows: readonly string[][]) => {
      const seen = new Set<number>()
      let count = 0
      rows.forEach((_, start) => {
        if (seen.has(start)) return
        count += 1
        const todo = [start]
        seen.add(start)
        while (todo.length > 0) {
          const row = rows[todo.pop() ?? 0] ?? []
          rows.forEach((other, i) => {
            if (!seen.has(i) && other.some((k) => row.includes(k))) {
              seen.add(i)
              todo.push(i)
            }
          })
        }
      })
      return count
    }
    const key = fc.tuple(fc.constantFrom('sm:', 'pk:', 'hh:'), fc.integer({ min: 0, max: 30 }))
    fc.assert(
      fc.property(
        fc.array(
          fc.uniqueArray(
            key.map(([kind, n]) => `${kind}${n}`),
            { maxLength: 4 },
          ),
          {
            maxLength: 60,
          },
        ),
        (rows) => {
          expect(countDevices(rows.map((keys) => ({ keys })))).toBe(groups(rows))
        },
      ),
      { numRuns: 500 },
    )
  })
})
