import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { RULES, type RuleId, ruleHint } from '../../src/findings/catalogue.js'
import { validateRepository } from '../../src/use-cases/validate-repository.js'
import { FIXTURES_DIR } from '../helpers/paths.js'
import { hintOf, messageOf } from '../helpers/words.js'
import { REPOSITORY_CASES } from './repository-cases.js'

type Expected = [rule: RuleId, line: number, column: number, messageIncludes?: string]

/** One fixture file per case, checked alone, with every finding it must give and nothing else. */
const FILE_CASES: { fixture: string; findings: Expected[] }[] = [
  { fixture: 'valid-gwai-utf8-lf.csv', findings: [] },
  { fixture: 'valid-gwai-utf8-crlf-no-final-eol.csv', findings: [] },
  { fixture: 'valid-gwai-utf16le.csv', findings: [['AP102', 1, 1, 'UTF-16LE']] },
  { fixture: 'valid-gwai-utf16be.csv', findings: [['AP102', 1, 1, 'UTF-16BE']] },
  { fixture: 'valid-gwai-utf8-bom.csv', findings: [['AP102', 1, 1, 'byte order mark']] },
  { fixture: 'valid-grouptag.csv', findings: [] },
  { fixture: 'valid-partner-tuple.csv', findings: [] },
  { fixture: 'valid-trailing-blank-lines.csv', findings: [] },
  { fixture: 'valid-tool-versions.csv', findings: [] },
  {
    fixture: 'AP201-missing-header.csv',
    findings: [
      [
        'AP201',
        1,
        1,
        'the first line is a device row (`SYN00001X,,T0E5AQEAHAAAAAoA…AAAAAAAA`), not a header',
      ],
    ],
  },
  { fixture: 'multiline-quoted.csv', findings: [['AP103', 2, 30, 'line break (CRLF)']] },
  // The CR is read as written, so the serial equals the hash's: no AP405.
  { fixture: 'cr-in-quoted-serial.csv', findings: [['AP103', 2, 4, 'carriage return']] },
  // Named as UTF-32 only: not also "UTF-16LE: accepted" (AP102) and "NUL bytes" (AP101).
  {
    fixture: 'AP101-utf32.csv',
    findings: [['AP101', 1, 1, 'the file is UTF-32LE, which no Autopilot upload reads']],
  },
  { fixture: 'AP101-nul-bytes.csv', findings: [['AP101', 1, 1, 'NUL bytes']] },
  {
    fixture: 'AP101-glued-files.csv',
    findings: [
      ['AP102', 1, 1],
      ['AP101', 3, 1, 'second byte order mark'],
    ],
  },
  {
    fixture: 'AP101-bad-utf16.csv',
    findings: [
      ['AP102', 1, 1],
      ['AP101', 3, 1, 'not valid UTF-16LE'],
    ],
  },
  { fixture: 'AP103-windows-1252.csv', findings: [['AP103', 2, 17, 'Société Générale']] },
  { fixture: 'AP103-nbsp.csv', findings: [['AP103', 2, 30, 'U+00A0']] },
  { fixture: 'AP105-empty.csv', findings: [['AP105', 1, 1, 'empty']] },
  { fixture: 'AP105-header-only.csv', findings: [['AP105', 1, 1, 'no device rows']] },
  { fixture: 'AP105-blank-lines.csv', findings: [['AP105', 1, 1, 'only blank lines']] },
  {
    fixture: 'AP107-workbook-named-csv.csv',
    findings: [['AP107', 1, 1, 'is an Excel workbook (.xlsx), not a CSV file']],
  },
  {
    fixture: 'AP201-blank-lines-above-header.csv',
    findings: [
      ['AP201', 1, 1, 'starts with 2 blank line(s); the header is on line 3'],
      ['AP303', 5, 12, 'only serial'],
    ],
  },
  { fixture: 'AP201-unknown-header.csv', findings: [['AP201', 1, 1, '`Serial,Hash`']] },
  { fixture: 'AP202-semicolons.csv', findings: [['AP202', 1, 1, 'semicolons']] },
  { fixture: 'AP202-tabs.csv', findings: [['AP202', 1, 1, 'tabs']] },
  {
    fixture: 'AP202-mmd-self-registration.csv',
    findings: [
      ['AP202', 1, 1, 'self-registration'],
      ['AP102', 1, 1],
    ],
  },
  { fixture: 'AP202-mmd-partner.csv', findings: [['AP202', 1, 1, 'Managed Desktop partner file']] },
  {
    fixture: 'AP202-corporate-identifiers.csv',
    findings: [['AP202', 1, 1, 'corporate-identifier']],
  },
  { fixture: 'AP202-configmgr-preamble.csv', findings: [['AP202', 1, 1, 'header is on line 4']] },
  { fixture: 'AP202-configmgr-textbox.csv', findings: [['AP202', 1, 1, 'Configuration Manager']] },
  {
    fixture: 'AP202-intune-export.csv',
    findings: [
      [
        'AP202',
        1,
        1,
        'an export of the Windows Autopilot devices list from the Intune admin center (`Serial number,Manufacturer,Model,Group tag,Profile status,Purchase order,Userless Enrollment Status`)',
      ],
    ],
  },
  {
    fixture: 'AP202-intune-export-unquoted-header.csv',
    findings: [['AP202', 1, 1, 'holds no hardware hash']],
  },
  { fixture: 'AP203-case.csv', findings: [['AP203', 1, 1, '`Device serial number,']] },
  { fixture: 'AP204-order.csv', findings: [['AP204', 1, 1, 'wrong order']] },
  { fixture: 'AP205-extra-group-tag.csv', findings: [['AP205', 1, 1, 'extra `Group Tag`']] },
  {
    fixture: 'AP205-missing-column.csv',
    findings: [['AP205', 1, 1, 'missing `Windows Product ID`']],
  },
  {
    fixture: 'AP301-comma-in-value.csv',
    findings: [['AP301', 2, 1, '7 fields, the header has 5: `SYN00001X,,,VMware, Inc.']],
  },
  {
    fixture: 'AP301-unclosed-quote.csv',
    findings: [['AP301', 3, 1, 'nothing from line 3 on was checked']],
  },
  { fixture: 'AP302-blank-line.csv', findings: [['AP302', 3, 1]] },
  { fixture: 'AP303-serial-only.csv', findings: [['AP303', 2, 12, 'only serial']] },
  {
    fixture: 'AP303-tuple-without-model.csv',
    findings: [['AP303', 2, 12, 'serial + manufacturer']],
  },
  {
    fixture: 'AP304-placeholder-serial.csv',
    findings: [
      ['AP304', 2, 1, 'To be filled by O.E.M.'],
      ['AP304', 3, 1, 'all zeros'],
    ],
  },
  { fixture: 'AP304-scientific-serial.csv', findings: [['AP304', 2, 1, '5.02E+11']] },
  {
    fixture: 'AP304-vm-smbios-placeholder.csv',
    findings: [
      [
        'AP304',
        2,
        1,
        'serial `SMBIOS_STRING_INDEX_0` is a firmware placeholder, not a serial number: this virtual machine (`QEMU` `Standard PC (Q35 + ICH9, 2009)`) has no SMBIOS serial number',
      ],
      ['AP410', 2, 24],
    ],
  },
  {
    fixture: 'AP304-vm-placeholder-in-hash.csv',
    findings: [
      ['AP304', 2, 3, 'the serial in the hash, `SMBIOS_STRING_INDEX_0`, is a firmware placeholder'],
      ['AP410', 2, 3],
    ],
  },
  { fixture: 'AP305-product-id.csv', findings: [['AP305', 2, 11, '00329-00000-0003-AA606']] },
  { fixture: 'AP306-spaces.csv', findings: [['AP306', 2, 1, '` SYN00001X`']] },
  { fixture: 'AP308-assigned-user.csv', findings: [['AP308', 2, 4014, 'megan@contoso.example']] },
  { fixture: 'AP401-space-in-hash.csv', findings: [['AP401', 2, 112, 'space at position 101']] },
  { fixture: 'AP402-unpadded.csv', findings: [['AP402', 2, 12, 'length 3999']] },
  { fixture: 'AP403-not-a-hash.csv', findings: [['AP403', 2, 12, 'magic']] },
  { fixture: 'AP404-checksum.csv', findings: [['AP404', 2, 12, 'SHA-256']] },
  { fixture: 'AP404-truncated.csv', findings: [['AP404', 2, 12, 'truncated']] },
  {
    fixture: 'AP405-serial-mismatch.csv',
    findings: [['AP405', 2, 1, '`SYN99999X` differs from `SYN00001X`']],
  },
  {
    fixture: 'AP405-lost-zeros.csv',
    findings: [['AP405', 2, 1, '`16520771357` differs from `016520771357`']],
  },
  {
    fixture: 'AP406-model-case.csv',
    findings: [['AP406', 2, 4022, '`FABRIKAM LAPTOP 14` differs']],
  },
  {
    fixture: 'AP407-product-key.csv',
    findings: [['AP407', 2, 11, '`3300000000999` differs from `3300000000001`']],
  },
  { fixture: 'AP408-no-serial.csv', findings: [['AP408', 2, 3, 'no serial']] },
  {
    fixture: 'AP408-vm-no-serial.csv',
    findings: [
      [
        'AP408',
        2,
        3,
        'the hash holds no serial: this virtual machine (`QEMU` `Standard PC (Q35 + ICH9, 2009)`) has no SMBIOS serial number',
      ],
      ['AP410', 2, 3],
    ],
  },
  { fixture: 'AP409-no-tpm.csv', findings: [['AP409', 2, 12]] },
  { fixture: 'AP410-virtual-machine.csv', findings: [['AP410', 2, 12, 'Virtual Machine']] },
  {
    fixture: 'AP411-after-trailer.csv',
    findings: [['AP411', 2, 12, '8 byte(s) after the SHA-256 trailer are not zero']],
  },
  {
    fixture: 'AP501-same-file.csv',
    findings: [['AP501', 4, 1, 'serial `SYN00001X` is also on line 2']],
  },
]

async function findingsOf(fixture: string) {
  const report = await validateRepository({
    root: path.join(FIXTURES_DIR, 'csv'),
    looseFiles: [fixture],
  })
  return report.findings
}

describe('each rule, on its own fixture file', () => {
  it.each(FILE_CASES)('$fixture', async ({ fixture, findings: expected }) => {
    const findings = await findingsOf(fixture)
    expect(findings.map((f) => [f.rule, f.line, f.column])).toEqual(
      expect.arrayContaining(expected.map(([rule, line, column]) => [rule, line, column])),
    )
    expect(findings).toHaveLength(expected.length)
    for (const [rule, line, , text] of expected) {
      const f = findings.find((x) => x.rule === rule && x.line === line)
      expect(f?.file).toBe(fixture)
      expect(f?.severity).toBe(
        rule === 'AP105' && fixture.includes('header-only') ? 'warning' : RULES[rule].severity,
      )
      if (text) expect(messageOf(f)).toContain(text)
      expect(hintOf(f).length).toBeGreaterThan(10)
    }
  })

  it.each([
    ['AP304-vm-smbios-placeholder.csv', 'AP304'],
    ['AP304-vm-placeholder-in-hash.csv', 'AP304'],
    ['AP408-vm-no-serial.csv', 'AP408'],
  ])(
    '%s tells how to set the serial in the hypervisor, not about spreadsheets',
    async (fixture, rule) => {
      const hint = hintOf((await findingsOf(fixture)).find((f) => f.rule === rule))
      for (const way of [
        '-smbios type=1,serial=',
        "<smbios mode='sysinfo'/>",
        'smbios1: serial=',
      ]) {
        expect(hint).toContain(way)
      }
      expect(hint).toContain('capture the hash again')
      expect(hint).not.toMatch(/spreadsheet/i)
    },
  )

  it('tells to save a workbook named .csv as CSV in its place', async () => {
    const [found] = await findingsOf('AP107-workbook-named-csv.csv')
    expect(hintOf(found)).toContain(
      'CSV UTF-8 (Comma delimited) (*.csv) and save it as `AP107-workbook-named-csv.csv` in its place;',
    )
  })

  it('keeps the spreadsheet advice for a placeholder serial on real hardware', async () => {
    const findings = await findingsOf('AP304-placeholder-serial.csv')
    expect(findings.map((f) => hintOf(f))).toEqual([
      hintOf({ hint: ruleHint('AP304') }),
      hintOf({ hint: ruleHint('AP304') }),
    ])
    expect(findings.every((f) => !messageOf(f).includes('virtual machine'))).toBe(true)
  })

  it('covers every rule of the catalogue', () => {
    const covered = new Set<string>([
      ...FILE_CASES.flatMap((c) => c.findings.map(([rule]) => rule)),
      ...REPOSITORY_CASES.flatMap((c) => c.rules),
      'AP104', // size limit: test/csv/read-device-csv.test.ts
    ])
    const reserved = ['AP504', 'AP505', 'AP604']
    expect(Object.keys(RULES).filter((id) => !covered.has(id) && !reserved.includes(id))).toEqual(
      [],
    )
  })
})
