import { FindingCap } from '../findings/cap-findings.js'
import { type Finding, finding } from '../findings/finding.js'
import { shorten } from '../findings/shorten.js'
import { text } from '../messages/text-of.js'
import type { TextEncoding } from './decode-text.js'
import type { DeviceRow } from './device-row.js'
import { type ColumnMap, classifyHeader, type Dialect } from './dialect.js'

const PREAMBLE_LINES = 20

export interface CsvReadResult {
  encoding: TextEncoding
  dialect?: Dialect
  /** Data rows handed to `onRow`. */
  rows: number
  findings: Finding[]
}

/** Where the rows go: the file as findings name it, and the callback that takes each row. */
export interface RowTarget {
  file: string
  onRow: (row: DeviceRow) => void
  /** The headers accepted to the letter; the device dialects by default. */
  dialects?: readonly Dialect[]
}

/**
 * Follows the rows of one file: header first, then data, with the start line of each. Its
 * findings are capped per rule (FindingCap): a file of 130,000 blank lines costs 51 findings.
 */
export class RowState {
  nextLine = 1
  private readonly found = new FindingCap()
  private brokenRows = false
  private header: readonly string[] | undefined
  private columns: ColumnMap = {}
  private readonly blankLines: number[] = []
  /** Lines above the header: a report export's preamble, or blank lines. */
  private preamble: { cells: string[]; line: number; allBlank: boolean } | undefined

  constructor(
    private readonly options: RowTarget,
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
      const at = { file: this.options.file, line: blank }
      this.add(finding('AP302', at, text('check.blankLine', { line: blank })))
    }
    if (cells.length !== this.header.length) {
      this.brokenRows = true
      const row = shorten(cells.join(','), 30)
      const message = text('check.fieldCount', {
        fields: cells.length,
        columns: this.header.length,
        row,
      })
      this.add(finding('AP301', { file: this.options.file, line }, message))
      return true
    }
    this.result.rows += 1
    this.options.onRow({ file: this.options.file, line, cells, columns: this.columns })
    return true
  }

  finish(): void {
    const { file } = this.options
    if (this.preamble?.allBlank) {
      this.add(finding('AP105', { file, line: 1 }, text('check.onlyBlankLines')))
    } else if (this.preamble) {
      const { cells, line } = this.preamble
      const verdict = classifyHeader(cells, cells.join(','), this.options.dialects)
      if (verdict.kind === 'rejected') {
        this.add(finding(verdict.rule, { file, line }, verdict.message, verdict.hint))
      }
    } else if (!this.header) {
      this.add(finding('AP105', { file, line: 1 }, text('check.noText')))
    } else if (this.result.rows === 0 && !this.brokenRows) {
      this.add(
        finding('AP105', { file, line: 1 }, text('check.headerNoRows'), undefined, 'warning'),
      )
    }
  }

  private takeHeader(cells: string[], line: number): boolean {
    const verdict = classifyHeader(cells, cells.join(','), this.options.dialects)
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
          text('check.noRowChecked', { problem: verdict.message }),
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
    const verdict = classifyHeader(cells, cells.join(','), this.options.dialects)
    const { file } = this.options
    if (verdict.kind === 'rejected') {
      preamble.allBlank &&= isBlank(cells)
      if (preamble.allBlank || line - preamble.line < PREAMBLE_LINES) return true
      this.preamble = undefined
      this.header = []
      const first = classifyHeader(preamble.cells, preamble.cells.join(','), this.options.dialects)
      if (first.kind === 'rejected')
        this.add(finding(first.rule, { file, line: 1 }, first.message, first.hint))
      return false
    }
    const above = line - 1
    const hint = text('check.deleteLinesAbove', { above })
    this.add(
      preamble.allBlank
        ? finding('AP201', { file, line: 1 }, text('check.blankLinesAbove', { above, line }), hint)
        : finding(
            'AP202',
            { file, line: 1 },
            text('check.headerBelowPreamble', { line, above }),
            hint,
          ),
    )
    this.preamble = undefined
    return this.takeHeader(cells, line)
  }

  add(f: Finding): void {
    if (f.rule === 'AP301') this.brokenRows = true
    this.found.add(f)
  }

  /** The result, with the findings gathered: call once, when the file is done with. */
  close(): CsvReadResult {
    this.result.findings = this.found.list()
    return this.result
  }
}

function isBlank(cells: readonly string[]): boolean {
  return cells.length === 1 && (cells[0] ?? '').trim() === ''
}

/**
 * Lines a record spans beyond its first: the line breaks inside its quoted fields, which keep
 * them as written (CRLF, LF or a lone CR, one line each). Counting them is cheaper than
 * csv-parse's `info` option, which also miscounts CRLF inside quotes.
 */
function lineBreaksIn(cells: readonly string[]): number {
  let breaks = 0
  for (const cell of cells) {
    for (let at = cell.indexOf('\n'); at !== -1; at = cell.indexOf('\n', at + 1)) breaks++
    for (let at = cell.indexOf('\r'); at !== -1; at = cell.indexOf('\r', at + 1)) {
      if (cell.charCodeAt(at + 1) !== 0x0a) breaks++
    }
  }
  return breaks
}
