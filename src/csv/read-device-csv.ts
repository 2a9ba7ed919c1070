import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { CsvError } from 'csv-parse'
import { type Finding, finding } from '../findings/finding.js'
import { shorten } from '../findings/shorten.js'
import {
  decodeToUtf8,
  NotUtf8Error,
  sniffEncoding,
  type TextEncoding,
  UndecodableTextError,
} from './decode-text.js'
import { type ColumnMap, classifyHeader, type DeviceField, type Dialect } from './dialect.js'
import { parsedRecords, quoteFreeRecords, scanBytes } from './records.js'

/** One data row, as read: its cells and where each field sits. */
export interface DeviceRow {
  file: string
  /** Physical line where the row starts, 1-based. */
  line: number
  cells: readonly string[]
  columns: ColumnMap
}

export interface CsvReadResult {
  encoding: TextEncoding
  dialect?: Dialect
  /** Data rows handed to `onRow`. */
  rows: number
  findings: Finding[]
}

export interface ReadDeviceCsvOptions {
  /** Where to read the bytes. */
  path: string
  /** How findings name the file: relative to the repository, with `/`. */
  file: string
  maxBytes: number
  onRow: (row: DeviceRow) => void
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024
const CHUNK_BYTES = 64 * 1024
const PREAMBLE_LINES = 20

export function cellOf(row: DeviceRow, field: DeviceField): string {
  const index = row.columns[field]
  return index === undefined ? '' : (row.cells[index] ?? '')
}

/** 1-based character column of a field, counted as if no cell were quoted (Autopilot files have no quotes). */
export function columnOf(row: DeviceRow, field: DeviceField): number {
  const index = row.columns[field] ?? 0
  let column = 1
  for (let i = 0; i < index; i++) column += (row.cells[i]?.length ?? 0) + 1
  return column
}

/**
 * Streams one device CSV: sniffs the encoding, reads the header, hands each well-formed row to
 * `onRow`, and returns every structural problem as a finding. Bad bytes, quotes or headers never throw.
 */
export async function readDeviceCsv(options: ReadDeviceCsvOptions): Promise<CsvReadResult> {
  const { file } = options
  const size = (await stat(options.path)).size
  if (size > options.maxBytes) {
    return rejected('utf-8', [
      finding(
        'AP104',
        { file, line: 1 },
        `file is ${formatBytes(size)}, over the limit of ${formatBytes(options.maxBytes)}; it was not read`,
      ),
    ])
  }
  if (size === 0) {
    return rejected('utf-8', [finding('AP105', { file, line: 1 }, 'file is empty')])
  }
  const head = await readHead(options.path)
  const sniffed = sniffEncoding(head)
  const scan = await scanBytes(options.path, sniffed === 'utf-8' || sniffed === 'utf-8-bom')
  if (sniffed === 'utf-8-bom' && scan.notUtf8Line !== undefined) {
    const line = scan.notUtf8Line
    return rejected(sniffed, [
      finding(
        'AP101',
        { file, line },
        `the file starts with a UTF-8 byte order mark, but line ${line} holds bytes that are not UTF-8; nothing was checked`,
      ),
    ])
  }
  // No byte order mark and not UTF-8: what a spreadsheet saves as "CSV" on Windows.
  const encoding = sniffed === 'utf-8' && scan.notUtf8Line !== undefined ? 'windows-1252' : sniffed
  return readAs(options, encoding, scan.hasQuote)
}

async function readAs(
  options: ReadDeviceCsvOptions,
  encoding: TextEncoding,
  hasQuote: boolean,
): Promise<CsvReadResult> {
  const { file } = options
  const result: CsvReadResult = { encoding, rows: 0, findings: [] }
  if (encoding !== 'utf-8' && encoding !== 'windows-1252') {
    const kind = encoding === 'utf-8-bom' ? 'UTF-8 with a byte order mark' : encoding.toUpperCase()
    result.findings.push(finding('AP102', { file, line: 1 }, `file is ${kind}: accepted`))
  }
  const state = new RowState(options, result)
  const chunks = decodeToUtf8(
    createReadStream(options.path, { highWaterMark: CHUNK_BYTES }),
    encoding,
  )
  const records = hasQuote ? parsedRecords(chunks) : quoteFreeRecords(chunks)
  try {
    for await (const record of records) {
      // Leaving the loop early closes the stream: that is how we stop reading a rejected file.
      if (!state.take(record)) return result
    }
  } catch (error) {
    result.findings.push(structuralFinding(error, file, state.nextLine))
    return result
  }
  state.finish()
  return result
}

/** Follows the rows of one file: header first, then data, with the start line of each. */
class RowState {
  nextLine = 1
  private header: readonly string[] | undefined
  private columns: ColumnMap = {}
  private readonly blankLines: number[] = []
  /** Lines above the header: a report export's preamble, or blank lines. */
  private preamble: { cells: string[]; line: number; allBlank: boolean } | undefined

  constructor(
    private readonly options: ReadDeviceCsvOptions,
    private readonly result: CsvReadResult,
  ) {}

  /** Returns false when the rest of the file is not worth reading. */
  take(cells: string[]): boolean {
    const line = this.nextLine
    this.nextLine = line + 1 + lineBreaksIn(cells)
    if (this.preamble) return this.lookForHeader(cells, line)
    if (!this.header) return this.takeHeader(cells, line)
    if (isBlank(cells)) {
      // Blank lines at the very end are harmless: only those with data after them are reported.
      this.blankLines.push(line)
      return true
    }
    for (const blank of this.blankLines.splice(0)) {
      this.add(finding('AP302', { file: this.options.file, line: blank }, `line ${blank} is blank`))
    }
    if (cells.length !== this.header.length) {
      this.add(
        finding(
          'AP301',
          { file: this.options.file, line },
          `row has ${cells.length} fields, the header has ${this.header.length}: \`${shorten(cells.join(','), 30)}\``,
        ),
      )
      return true
    }
    this.result.rows += 1
    this.options.onRow({ file: this.options.file, line, cells, columns: this.columns })
    return true
  }

  finish(): void {
    const { file } = this.options
    if (this.preamble?.allBlank) {
      this.add(finding('AP105', { file, line: 1 }, 'file holds only blank lines'))
    } else if (this.preamble) {
      const { cells, line } = this.preamble
      const verdict = classifyHeader(cells, cells.join(','))
      if (verdict.kind === 'rejected') {
        this.add(finding(verdict.rule, { file, line }, verdict.message, verdict.hint))
      }
    } else if (!this.header) {
      this.add(finding('AP105', { file, line: 1 }, 'file holds no text'))
    } else if (this.result.rows === 0 && !this.result.findings.some((f) => f.rule === 'AP301')) {
      this.add(
        finding(
          'AP105',
          { file, line: 1 },
          'file has a header but no device rows',
          undefined,
          'warning',
        ),
      )
    }
  }

  private takeHeader(cells: string[], line: number): boolean {
    const verdict = classifyHeader(cells, cells.join(','))
    const { file } = this.options
    if (verdict.kind === 'rejected') {
      if (verdict.rule === 'AP201') {
        this.preamble = { cells, line, allBlank: isBlank(cells) }
        return true
      }
      this.add(
        finding(
          verdict.rule,
          { file, line },
          `${verdict.message}; no row was checked`,
          verdict.hint,
        ),
      )
      return false
    }
    if (verdict.kind === 'mapped') this.add(finding(verdict.rule, { file, line }, verdict.message))
    this.header = cells
    this.result.dialect = verdict.dialect
    this.columns = verdict.columns
    return true
  }

  /**
   * An unknown first line may be a preamble above the real header, as a report export writes, or
   * blank lines. When the header turns up, say so and check the rows below it all the same.
   */
  private lookForHeader(cells: string[], line: number): boolean {
    const preamble = this.preamble
    if (!preamble) return true
    const verdict = classifyHeader(cells, cells.join(','))
    const { file } = this.options
    if (verdict.kind === 'rejected') {
      preamble.allBlank &&= isBlank(cells)
      if (preamble.allBlank || line - preamble.line < PREAMBLE_LINES) return true
      this.preamble = undefined
      this.header = []
      const first = classifyHeader(preamble.cells, preamble.cells.join(','))
      if (first.kind === 'rejected')
        this.add(finding(first.rule, { file, line: 1 }, first.message, first.hint))
      return false
    }
    const above = line - 1
    this.add(
      preamble.allBlank
        ? finding(
            'AP201',
            { file, line: 1 },
            `the file starts with ${above} blank line(s); the header is on line ${line}`,
            `Delete lines 1 to ${above} so that the header is the first line.`,
          )
        : finding(
            'AP202',
            { file, line: 1 },
            `the device header is on line ${line}, below ${above} other line(s), as in a Configuration Manager report export`,
            `Delete lines 1 to ${above} so that the header is the first line.`,
          ),
    )
    this.preamble = undefined
    return this.takeHeader(cells, line)
  }

  private add(f: Finding): void {
    this.result.findings.push(f)
  }
}

function isBlank(cells: readonly string[]): boolean {
  return cells.length === 1 && (cells[0] ?? '').trim() === ''
}

/**
 * Lines a record spans beyond its first. The text reaching csv-parse has LF line ends only, so a
 * line break inside a quoted field shows in the cell; counting them is cheaper than csv-parse's
 * `info` option, which also miscounts CRLF inside quotes.
 */
function lineBreaksIn(cells: readonly string[]): number {
  let breaks = 0
  for (const cell of cells) {
    let at = cell.indexOf('\n')
    while (at !== -1) {
      breaks++
      at = cell.indexOf('\n', at + 1)
    }
  }
  return breaks
}

function structuralFinding(error: unknown, file: string, line: number): Finding {
  if (error instanceof NotUtf8Error) {
    // Only when the file changed between the scan and the read.
    return finding(
      'AP101',
      { file, line },
      `bytes that are not UTF-8; nothing from line ${line} on was checked`,
    )
  }
  if (error instanceof UndecodableTextError) {
    return finding(
      'AP101',
      { file, line: error.line },
      `${error.message}; nothing from line ${error.line} on was checked`,
    )
  }
  if (error instanceof CsvError) {
    const what =
      error.code === 'CSV_QUOTE_NOT_CLOSED'
        ? `a quote opened on line ${line} is never closed`
        : `unbalanced quote (${error.message.replace(/^.*?:\s*/, '')})`
    return finding('AP301', { file, line }, `${what}; nothing from line ${line} on was checked`)
  }
  throw error
}

function rejected(encoding: TextEncoding, findings: Finding[]): CsvReadResult {
  return { encoding, rows: 0, findings }
}

async function readHead(path: string): Promise<Buffer> {
  for await (const chunk of createReadStream(path, { start: 0, end: 3 })) return chunk as Buffer
  return Buffer.alloc(0)
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`
  return `${bytes} bytes`
}
