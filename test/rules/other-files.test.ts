import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { RuleId } from '../../src/findings/catalogue.js'
import type { Severity } from '../../src/findings/severity.js'
import { validateRepository } from '../../src/use-cases/validate-repository.js'
import { FIXTURES_DIR } from '../helpers/paths.js'
import { hintOf, messageOf } from '../helpers/words.js'

const root = path.join(FIXTURES_DIR, 'repos/other-files')

/** Every file of test/fixtures/repos/other-files that is not read, with what it must be told. */
const CASES: {
  file: string
  rule: RuleId
  severity: Severity
  message: string
  hint: string
}[] = [
  {
    file: 'customers/contoso/devices/laptops.xlsx',
    rule: 'AP107',
    severity: 'error',
    message:
      '`customers/contoso/devices/laptops.xlsx` is an Excel workbook (.xlsx), not a CSV file: it is not read, and none of its devices is registered',
    hint: 'CSV UTF-8 (Comma delimited) (*.csv) and save it as `customers/contoso/devices/laptops.csv`, then delete the workbook',
  },
  {
    file: 'customers/contoso/devices/notes.txt',
    rule: 'AP108',
    severity: 'warning',
    message:
      '`customers/contoso/devices/notes.txt` is not a device list, so it is not read: nothing in it is registered',
    hint: 'move this file elsewhere, or delete it',
  },
  {
    file: 'customers/contoso/devices/old-laptops.xls',
    rule: 'AP107',
    severity: 'error',
    message: 'is an Excel 97-2003 workbook (.xls), not a CSV file',
    hint: 'save it as `customers/contoso/devices/old-laptops.csv`',
  },
  {
    file: 'customers/contoso/devices/order-1002.ps1',
    rule: 'AP106',
    severity: 'error',
    message:
      '`customers/contoso/devices/order-1002.ps1` is a device list (its first line is `Device Serial Number,Windows Product ID,Hardware Hash`, UTF-16LE), but its name does not end in .csv: it is not read, and none of its devices is registered',
    hint: 'Rename it to `customers/contoso/devices/order-1002.csv`',
  },
  {
    file: 'customers/contoso/devices/order-1003',
    rule: 'AP106',
    severity: 'error',
    message: '(its first line is `Device Serial Number,Windows Product ID,Hardware Hash`)',
    hint: 'Rename it to `customers/contoso/devices/order-1003.csv`',
  },
  {
    file: 'customers/contoso/devices/order-1004.csv.txt',
    rule: 'AP106',
    severity: 'error',
    message:
      '`Device Serial Number,Windows Product ID,Hardware Hash,Manufacturer name,Device model`, UTF-8 with a byte order mark',
    hint: 'Rename it to `customers/contoso/devices/order-1004.csv`',
  },
  {
    file: 'customers/contoso/order-1005.txt',
    rule: 'AP106',
    severity: 'error',
    message: 'is a device list',
    hint: 'Move it to `customers/contoso/devices/order-1005.csv`',
  },
  {
    file: 'customers/contoso/README.md',
    rule: 'AP108',
    severity: 'notice',
    message: '`customers/contoso/README.md` is documentation: it is not read',
    hint: 'Nothing to do; device lists go in customers/contoso/devices/ as .csv files.',
  },
  {
    file: 'customers/fabrikam/customer.yaml',
    rule: 'AP108',
    severity: 'warning',
    message: "the customer's settings must be in `customer.yml`",
    hint: 'Rename it to `customers/fabrikam/customer.yml`',
  },
]

describe('files in a customer folder that are not read', () => {
  it('accounts for every one of them, and for nothing else', async () => {
    const report = await validateRepository({ root })
    const others = report.findings.filter((f) => ['AP106', 'AP107', 'AP108'].includes(f.rule))
    expect(others.map((f) => f.file)).toEqual(CASES.map((c) => c.file))
    // The .gitkeep is git's; the CSV is read; customer.yml is missing for fabrikam.
    expect(report.findings.filter((f) => !others.includes(f)).map((f) => f.rule)).toEqual(['AP601'])
    expect(report.summary.files).toBe(1)
  })

  it.each(CASES)('$file: $rule', async ({ file, rule, severity, message, hint }) => {
    const report = await validateRepository({ root, scope: [file] })
    const found = report.findings.filter((f) => f.file === file)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ rule, severity, line: 1, column: 1 })
    expect(messageOf(found[0])).toContain(message)
    expect(hintOf(found[0])).toContain(hint)
  })
})
