import { lstat } from 'node:fs/promises'
import { CsvError } from 'csv-parse'
import { type Finding, finding } from '../findings/finding.js'
import { text } from '../messages/text-of.js'
import { type ByteSource, byteSource } from './byte-source.js'
import {
  decodeToUtf8,
  NotUtf8Error,
  sniffEncoding,
  sniffUtf32,
  type TextEncoding,
  UndecodableTextError,
} from './decode-text.js'
import type { DeviceRow } from './device-row.js'
import type { Dialect } from './dialect.js'
import { sniffWorkbook, specialEntryFinding, specialKind, workbookFinding } from './file-kind.js'
import { type ByteScan, quoteFreeRecords, scanBytes, simplyQuotedRecords } from './records.js'
import { type CsvReadResult, RowState } from './row-state.js'

export type { DeviceRow } from './device-row.js'
export { cellOf, columnOf } from './device-row.js'
export type { CsvReadResult } from './row-state.js'

export interface ReadDeviceCsvOptions {
  /** Where to read the bytes. */
  path: string
  /** How findings name the file: relative to the repository, with `/`. */
  file: string
  maxBytes: number
  onRow: (row: DeviceRow) => void
  /** The headers accepted to the letter; the device dialects by default. */
  dialects?: readonly Dialect[]
  /**
   * Given, the file is read in one pass, as the bytes first say it is encoded. Should bytes that
   * are not UTF-8 come part way, the rows handed to `onRow` so far are void: this is called, and
   * the file is read again, scanned first. Not given, it is scanned first.
   */
  onRestart?: () => void
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024

/**
 * Streams one device CSV: sniffs the encoding, reads the header, hands each well-formed row to
 * `onRow`, and returns every structural problem as a finding. Bad bytes, quotes or headers never
 * throw. Only a regular file is read: a link is not followed (AP109), a FIFO never opened.
 */
export async function readDeviceCsv(options: ReadDeviceCsvOptions): Promise<CsvReadResult> {
  const { file } = options
  const info = await lstat(options.path)
  const special = info.isDirectory() ? 'folder' : specialKind(info)
  if (special) {
    return rejected('utf-8', [
      await specialEntryFinding(options.path, file, special, text('check.devicesNotRead')),
    ])
  }
  const size = info.size
  if (size > options.maxBytes) {
    return rejected('utf-8', [
      finding(
        'AP104',
        { file, line: 1 },
        text('check.tooLarge', { size, limit: options.maxBytes }),
      ),
    ])
  }
  if (size === 0) {
    return rejected('utf-8', [finding('AP105', { file, line: 1 }, text('check.emptyFile'))])
  }
  const source = await byteSource(options.path, size)
  try {
    return await readSource(options, source)
  } finally {
    // Rows and findings hold strings, never views of the bytes: the buffer can go to the next file.
    source.release()
  }
}

/** Tells the format and encoding from the bytes, then reads them as device rows. */
async function readSource(
  options: ReadDeviceCsvOptions,
  source: ByteSource,
): Promise<CsvReadResult> {
  const { file } = options
  const head = await source.head()
  const workbook = sniffWorkbook(head, file)
  if (workbook) return rejected('utf-8', [workbookFinding(file, workbook)])
  const utf32 = sniffUtf32(head)
  if (utf32) {
    return rejected('utf-8', [
      finding('AP101', { file, line: 1 }, text('check.utf32', { encoding: utf32 })),
    ])
  }
  const sniffed = sniffEncoding(head)
  let scan: ByteScan | undefined
  if (options.onRestart) {
    const once = await readOnce(options, source, sniffed)
    if ('result' in once) return once.result
    scan = once.scan
    options.onRestart()
  }
  scan ??= await scanBytes(source.scanChunks(), sniffed === 'utf-8' || sniffed === 'utf-8-bom')
  if (sniffed === 'utf-8-bom' && scan.notUtf8Line !== undefined) {
    const line = scan.notUtf8Line
    return rejected(sniffed, [finding('AP101', { file, line }, text('check.bomNotUtf8', { line }))])
  }
  // No byte order mark and not UTF-8: what a spreadsheet saves as "CSV" on Windows.
  const encoding = sniffed === 'utf-8' && scan.notUtf8Line !== undefined ? 'windows-1252' : sniffed
  return readAs(options, source, encoding, scan.hasQuote)
}

/**
 * The file read in one pass, as its first bytes say it is encoded; or, when it is to be read
 * again after a scan, that scan if it was made. It is to be read again when bytes that are not
 * UTF-8 come up, and when the reading stopped early (a rejected header, NUL bytes) with such
 * bytes after where it stopped: the scan would have made it Windows-1252, or refused its byte
 * order mark, from the first line. The quote-free path is only a faster way to the same rows:
 * without the scan's word on quotes, the simply-quoted reader takes every file.
 */
async function readOnce(
  options: ReadDeviceCsvOptions,
  source: ByteSource,
  sniffed: TextEncoding,
): Promise<{ result: CsvReadResult } | { scan?: ByteScan }> {
  const pass = { toTheEnd: false }
  let result: CsvReadResult
  try {
    result = await readAs(options, source, sniffed, true, pass)
  } catch (error) {
    if (error instanceof NotUtf8Error) return {}
    throw error
  }
  if (pass.toTheEnd || (sniffed !== 'utf-8' && sniffed !== 'utf-8-bom')) return { result }
  const scan = await scanBytes(source.scanChunks(), true)
  return scan.notUtf8Line === undefined ? { result } : { scan }
}

/**
 * `pass` given: bytes that are not UTF-8 end the reading with a NotUtf8Error instead of a
 * finding, and `pass.toTheEnd` says whether every byte was read.
 */
async function readAs(
  options: ReadDeviceCsvOptions,
  source: ByteSource,
  encoding: TextEncoding,
  hasQuote: boolean,
  pass?: { toTheEnd: boolean },
): Promise<CsvReadResult> {
  const { file } = options
  const result: CsvReadResult = { encoding, rows: 0, findings: [] }
  const state = new RowState(options, result)
  if (encoding !== 'utf-8' && encoding !== 'windows-1252') {
    const accepted =
      encoding === 'utf-8-bom'
        ? text('check.bomAccepted')
        : text('check.encodingAccepted', { encoding: encoding.toUpperCase() })
    state.add(finding('AP102', { file, line: 1 }, accepted))
  }
  const chunks = decodeToUtf8(source.chunks(), encoding)
  const records = hasQuote ? simplyQuotedRecords(chunks) : quoteFreeRecords(chunks)
  try {
    for await (const record of records) {
      // Leaving the loop early closes the stream: that is how we stop reading a rejected file.
      if (!state.take(record)) return state.close()
    }
  } catch (error) {
    if (pass && error instanceof NotUtf8Error) throw error
    state.add(structuralFinding(error, file, state.nextLine))
    return state.close()
  }
  if (pass) pass.toTheEnd = true
  state.finish()
  return state.close()
}

function structuralFinding(error: unknown, file: string, line: number): Finding {
  if (error instanceof NotUtf8Error) {
    // Only when the file changed between the scan and the read.
    return finding('AP101', { file, line }, text('check.notUtf8From', { line }))
  }
  if (error instanceof UndecodableTextError) {
    const message = text('check.notTextFrom', { reason: error.reason, line: error.line })
    return finding('AP101', { file, line: error.line }, message)
  }
  if (error instanceof CsvError) {
    // csv-parse's own words, after its `CSV_…:` prefix, quoted as they are.
    const message =
      error.code === 'CSV_QUOTE_NOT_CLOSED'
        ? text('check.quoteNotClosedFrom', { line })
        : text('check.unbalancedQuoteFrom', { detail: error.message.replace(/^.*?:\s*/, ''), line })
    return finding('AP301', { file, line }, message)
  }
  throw error
}

function rejected(encoding: TextEncoding, findings: Finding[]): CsvReadResult {
  return { encoding, rows: 0, findings }
}
