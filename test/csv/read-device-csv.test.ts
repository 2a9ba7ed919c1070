import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type DeviceRow, readDeviceCsv } from '../../src/csv/read-device-csv.js'
import { checkDeviceFile } from '../../src/repo/check-device-file.js'
import { validateRepository } from '../../src/use-cases/validate-repository.js'
import { HAVE_SAMPLES, SAMPLES_DIR } from '../helpers/paths.js'
import {
  csvBytes,
  device,
  GWAI_HEADER,
  gwaiFile,
  gwaiRow,
  PARTNER_HEADER,
} from '../helpers/synthetic.js'
import { messageOf } from '../helpers/words.js'

const scratch = mkdtempSync(path.join(tmpdir(), 'autopilot-gitops-csv-'))

/** The bytes in a file of their own. */
function written(bytes: Buffer): string {
  const file = path.join(scratch, `f${Math.random().toString(36).slice(2)}.csv`)
  writeFileSync(file, bytes)
  return file
}

async function read(bytes: Buffer, maxBytes = 1 << 20) {
  const rows: DeviceRow[] = []
  const result = await readDeviceCsv({
    path: written(bytes),
    file: 'f.csv',
    maxBytes,
    onRow: (r) => rows.push(r),
  })
  return { rows, result }
}

/** As read, in one pass: the rows start again from none, and are counted, at each restart. */
async function readOnce(bytes: Buffer, maxBytes = 1 << 20) {
  let rows: DeviceRow[] = []
  let restarts = 0
  const result = await readDeviceCsv({
    path: written(bytes),
    file: 'f.csv',
    maxBytes,
    onRow: (r) => rows.push(r),
    onRestart: () => {
      rows = []
      restarts += 1
    },
  })
  return { rows, result, restarts }
}

describe('readDeviceCsv', () => {
  it('numbers physical lines after CRLF, quoted line breaks and blank lines', async () => {
    const bytes = csvBytes(
      [
        PARTNER_HEADER,
        '"A1",,,"Fab',
        'rikam","Model',
        'X"',
        '',
        'A2,,,Fabrikam,M',
        'A3,,,Fabrikam,M',
      ],
      { eol: '\r\n' },
    )
    const { rows, result } = await read(bytes)
    expect(rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, 'A1'],
      [6, 'A2'],
      [7, 'A3'],
    ])
    expect(result.findings.map((f) => [f.rule, f.line])).toEqual([['AP302', 5]])
  })

  it.each([
    ['CRLF', '\r\n'],
    ['LF', '\n'],
    ['a lone CR', '\r'],
  ])(
    'numbers physical lines ended by %s, inside quotes too, and keeps each value as written',
    async (_, eol) => {
      const lines = [PARTNER_HEADER, '"A1",,,"Fab', 'rikam","Model', 'X"', '', 'A2,,,Fabrikam,M']
      const { rows, result } = await read(Buffer.from(lines.join(eol) + eol))
      expect(rows.map((r) => [r.line, r.cells[0], r.cells[3], r.cells[4]])).toEqual([
        [2, 'A1', `Fab${eol}rikam`, `Model${eol}X`],
        [6, 'A2', 'Fabrikam', 'M'],
      ])
      expect(result.findings.map((f) => [f.rule, f.line])).toEqual([['AP302', 5]])
    },
  )

  it('reports a file over the size limit without reading it', async () => {
    const { rows, result } = await read(gwaiFile([device(1), device(2)]), 1000)
    expect(rows).toEqual([])
    expect(result.findings).toMatchObject([{ rule: 'AP104', line: 1, severity: 'error' }])
    expect(messageOf(result.findings[0])).toMatch(/file is 7\.\d KiB, over the limit of 1000 bytes/)
  })

  it('falls back to Windows-1252 when a byte is not UTF-8, and reads every row once', async () => {
    const bytes = csvBytes([PARTNER_HEADER, 'A1,,,Fabrikam,M', 'A2,,,Soci\u00e9t\u00e9,M'], {
      encoding: 'latin1',
    })
    const { rows, result } = await read(bytes)
    expect(result.encoding).toBe('windows-1252')
    expect(rows.map((r) => r.cells[3])).toEqual(['Fabrikam', 'Société'])
  })

  it('decides Windows-1252 before the first row, so a late accented byte reads every row once', async () => {
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `A${i},,,${i === 2500 ? 'Soci\u00e9t\u00e9' : 'Fabrikam'},M`,
    )
    const { rows: got, result } = await read(
      csvBytes([PARTNER_HEADER, ...rows], { encoding: 'latin1' }),
    )
    expect(result.encoding).toBe('windows-1252')
    expect(got).toHaveLength(3000)
    expect(new Set(got.map((r) => r.line)).size).toBe(3000)
  })

  it('reads in one pass what it reads after a scan, and starts again only for bytes that are not UTF-8', async () => {
    // 2,000 rows of some 4 KB: streamed, in many chunks, so that the late bytes come long after
    // the first rows were handed on.
    const rows = Array.from({ length: 2000 }, (_, i) => gwaiRow(device(i)))
    const late = (cells: string) => [
      GWAI_HEADER,
      ...rows.slice(0, 1900),
      cells,
      ...rows.slice(1900),
    ]
    const latin1 = csvBytes(late('A1,,Soci\u00e9t\u00e9'), { encoding: 'latin1' })
    const bom = Buffer.from([0xef, 0xbb, 0xbf])
    const lateLatin1 = (first: string) =>
      Buffer.concat([
        Buffer.from(first, 'utf8'),
        csvBytes(late('A1,,Soci\u00e9t\u00e9'), { encoding: 'latin1' }),
      ])
    const semicolons = 'Device Serial Number;Windows Product ID;Hardware Hash\r\n'
    const nulOnLine2 = `${GWAI_HEADER}\r\nR\u00e9\u0000,,T0FF\r\n`
    const files = {
      'UTF-8': { bytes: gwaiFile(rows.map((_, i) => device(i))), restarts: 0 },
      // The reading stops early, and the scan finds what it would have found first.
      'a refused header before a late accent of Windows-1252': {
        bytes: lateLatin1(semicolons),
        restarts: 1,
      },
      'a byte order mark and a refused header before a late accent': {
        bytes: Buffer.concat([bom, lateLatin1(semicolons)]),
        restarts: 1,
      },
      'an accent of UTF-8 and a NUL byte before a late accent of Windows-1252': {
        bytes: lateLatin1(nulOnLine2),
        restarts: 1,
      },
      'a byte order mark and a NUL byte before a late accent': {
        bytes: Buffer.concat([bom, lateLatin1(nulOnLine2)]),
        restarts: 1,
      },
      'a NUL byte in a file of UTF-8': {
        bytes: Buffer.concat([Buffer.from(nulOnLine2), gwaiFile(rows.map((_, i) => device(i)))]),
        restarts: 0,
      },
      'UTF-8 with a late quoted cell': { bytes: csvBytes(late('"A1","","T0FF"')), restarts: 0 },
      'UTF-16LE': { bytes: csvBytes(late('A1,,T0FF'), { encoding: 'utf-16le' }), restarts: 0 },
      'Windows-1252, its accent late': { bytes: latin1, restarts: 1 },
      'a UTF-8 byte order mark before a late accent of Windows-1252': {
        bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), latin1]),
        restarts: 1,
      },
    }
    for (const [name, { bytes, restarts }] of Object.entries(files)) {
      expect(bytes.length, name).toBeGreaterThan(4 << 20)
      const scanned = await read(bytes, 50 << 20)
      const once = await readOnce(bytes, 50 << 20)
      expect({ name, ...once }).toEqual({ name, ...scanned, restarts })
    }
  })

  it('checks each device of a file read again once, with the findings of the second reading only', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => gwaiRow(device(i)))
    // A placeholder serial (AP2xx) on the first row, an accent of Windows-1252 near the end.
    rows[0] = rows[0]?.replace(/^[^,]*/, '0') ?? ''
    rows[1400] = 'A1,,Soci\u00e9t\u00e9'
    const file = path.join(scratch, 'late-accent.csv')
    writeFileSync(file, csvBytes([GWAI_HEADER, ...rows], { encoding: 'latin1' }))
    const report = await checkDeviceFile({ path: file, file: 'late.csv', maxBytes: 50 << 20 })
    expect(report.encoding).toBe('windows-1252')
    expect(report.devices).toHaveLength(1500)
    expect(new Set(report.devices.map((d) => d.line)).size).toBe(1500)
    const placeholder = report.findings.filter((f) => f.line === 2)
    expect(placeholder.length).toBeGreaterThan(0)
    expect(new Set(placeholder.map((f) => f.rule)).size).toBe(placeholder.length)
  })

  it('refuses a UTF-8 byte order mark followed by bytes that are not UTF-8', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      csvBytes([PARTNER_HEADER, 'A1,,,Soci\u00e9t\u00e9,M'], { encoding: 'latin1' }),
    ])
    const { rows, result } = await read(bytes)
    expect(rows).toEqual([])
    expect(result.findings).toMatchObject([{ rule: 'AP101', line: 2 }])
  })

  it('reads lone carriage returns as line ends (Excel for Mac)', async () => {
    const { rows, result } = await read(
      csvBytes([GWAI_HEADER, gwaiRow(device(1)), gwaiRow(device(2))], { eol: '\r' as '\n' }),
    )
    expect(rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, 'SYN00001X'],
      [3, 'SYN00002X'],
    ])
    expect(result.findings).toEqual([])
  })

  it('checks the rows before a second byte order mark', async () => {
    const bytes = Buffer.concat([
      gwaiFile([device(1)]),
      gwaiFile([device(2)], { encoding: 'utf-8-bom' }),
    ])
    const { rows, result } = await read(bytes)
    expect(rows.map((r) => r.line)).toEqual([2])
    expect(result.findings).toMatchObject([{ rule: 'AP101', line: 3 }])
  })

  it('keeps a finding on one line, whatever the cell holds: no workflow command can ride in it', async () => {
    const file = path.join(scratch, 'inject.csv')
    writeFileSync(
      file,
      csvBytes([
        `${GWAI_HEADER},Group Tag,Assigned User`,
        `${gwaiRow(device(1))},,"u@x.example\n::error::forged"`,
      ]),
    )
    const report = await checkDeviceFile({ path: file, file: 'inject.csv', maxBytes: 1 << 20 })
    const [assigned] = report.findings.filter((f) => f.rule === 'AP308')
    expect(messageOf(assigned)).toBe(
      'Assigned User `u@x.example\\n::error::forged` will not be registered',
    )
    expect(messageOf(assigned)).not.toContain('\n')
  })

  it('names later rows as unchecked after an unbalanced quote', async () => {
    const { rows, result } = await read(csvBytes([GWAI_HEADER, 'A1,,', '"A2,,', 'A3,,', 'A4,,']))
    expect(rows.map((r) => r.line)).toEqual([2])
    expect(result.findings).toMatchObject([{ rule: 'AP301', line: 3 }])
  })

  it('keeps memory per row small: a 2,000-row file gives 2,000 rows', async () => {
    const devices = Array.from({ length: 2000 }, (_, i) => device(i))
    const { rows } = await read(gwaiFile(devices, { encoding: 'utf-16le' }), 50 << 20)
    expect(rows).toHaveLength(2000)
    expect(rows[1999]?.line).toBe(2001)
  })
})

describe('fuzzing the reader', () => {
  const base = csvBytes([GWAI_HEADER, gwaiRow(device(1)), gwaiRow(device(2)), `${PARTNER_HEADER}`])

  it('never throws, whatever is done to a good file; every problem is a finding', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.nat(),
        async (edits, cut) => {
          const bytes = Buffer.from(base.subarray(0, 120 + (cut % (base.length - 120))))
          for (const [at, value] of edits) bytes[at % bytes.length] = value
          const { rows, result } = await read(bytes)
          for (const f of result.findings) {
            expect(f.line).toBeGreaterThanOrEqual(1)
            expect(messageOf(f).length).toBeGreaterThan(0)
          }
          // An edit can write a line break and so split a row (inside a quoted cell too): each row
          // follows the header and a line break, counted once for CRLF, LF or a lone CR as the
          // reader counts them. Read as Latin-1 the bytes give at least as many breaks as any
          // encoding the reader may choose (UTF-8, Windows-1252, UTF-16 after an edited BOM).
          const lineBreaks = bytes.toString('latin1').match(/\r\n|\r|\n/g)?.length ?? 0
          expect(rows.length).toBeLessThanOrEqual(lineBreaks)
          // Read in one pass, it gives the same rows and findings.
          const { restarts: _, ...once } = await readOnce(bytes)
          expect(once).toEqual({ rows, result })
        },
      ),
      { numRuns: 300 },
    )
  })

  it('reads random text without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 400 }), async (text) => {
        const { result } = await read(Buffer.from(`${GWAI_HEADER}\n${text}`, 'utf8'))
        expect(Array.isArray(result.findings)).toBe(true)
      }),
      { numRuns: 300 },
    )
  })
})

describe.skipIf(!HAVE_SAMPLES)('the real files in ../shared/samples', () => {
  it('reads every Get-WindowsAutopilotInfo sample cleanly and names the Managed Desktop files', async () => {
    const files = readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.csv'))
    const report = await validateRepository({ root: SAMPLES_DIR, looseFiles: files })
    const byFile = (name: string) =>
      report.findings.filter((f) => f.file === name).map((f) => f.rule)
    for (const file of files.filter((f) => f.startsWith('gwai-'))) {
      expect(byFile(file).filter((rule) => !['AP102', 'AP409', 'AP410'].includes(rule))).toEqual([])
    }
    expect(byFile('gwai-utf16-vmware-x64-vm-no-tpm.csv')).toEqual(['AP102', 'AP409', 'AP410'])
    expect(byFile('mmd-self-registration-sample.csv')).toEqual(['AP202', 'AP102'])
    expect(byFile('mmd-partner-tuple-sample.csv')).toEqual(['AP202', 'AP102'])
    expect(report.summary.devices).toBe(5)
  })
})
