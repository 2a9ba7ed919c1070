import { isUtf8 } from 'node:buffer'
import { open } from 'node:fs/promises'
import { pipeline, Readable } from 'node:stream'
import { parse } from 'csv-parse'
import { countLineFeeds, wholeSequences } from './decode-text.js'

const QUOTE = 0x22
const LF_BYTE = 0x0a

export interface ByteScan {
  /** A `"` byte anywhere (in UTF-16, a false alarm only costs speed). */
  hasQuote: boolean
  /** For a UTF-8 candidate: the 1-based line of the first byte sequence that is not UTF-8. */
  notUtf8Line?: number
}

/**
 * One fast pass over the raw bytes before parsing, so that the parser's path and the encoding are
 * settled before the first row is handed on (a fallback half way would hand rows on twice).
 */
export async function scanBytes(path: string, checkUtf8: boolean): Promise<ByteScan> {
  const scan: ByteScan = { hasQuote: false }
  let carry: Buffer = Buffer.alloc(0)
  let lines = 0
  // One buffer, read into again and again: a pass over a 50 MB file allocates nothing per chunk.
  const handle = await open(path, 'r')
  const buffer = Buffer.allocUnsafe(256 * 1024)
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null)
      if (bytesRead === 0) break
      const chunk = buffer.subarray(0, bytesRead)
      if (!scan.hasQuote && chunk.indexOf(QUOTE) !== -1) scan.hasQuote = true
      if (checkUtf8 && scan.notUtf8Line === undefined) {
        const next = wholeSequences(carry, chunk)
        if (!isUtf8(next.whole)) {
          const text = new TextDecoder('utf-8').decode(next.whole)
          const before = Buffer.from(text.slice(0, text.indexOf('\uFFFD')))
          scan.notUtf8Line = lines + 1 + countLineFeeds(before)
        }
        lines += countLineFeeds(next.whole)
        carry = next.carry
      }
      if (scan.hasQuote && (!checkUtf8 || scan.notUtf8Line !== undefined)) break
    }
  } finally {
    await handle.close()
  }
  if (checkUtf8 && scan.notUtf8Line === undefined && carry.length > 0) scan.notUtf8Line = lines + 1
  return scan
}

/**
 * Records of text with LF line ends and no quote: without quotes a CSV record is exactly a line,
 * and a field exactly what lies between commas (RFC 4180), so splitting gives what csv-parse
 * gives, five times faster. Files written by Get-WindowsAutopilotInfo, which deletes every quote,
 * take this path; any file with a quote goes to csv-parse (test/csv/records.test.ts compares both).
 */
export async function* quoteFreeRecords(chunks: AsyncIterable<Buffer>): AsyncGenerator<string[]> {
  // The start of a line that has not ended yet, kept as bytes: joining strings chunk by chunk
  // would make one very long line cost quadratic time.
  let pending: Buffer[] = []
  for await (const chunk of chunks) {
    let start = 0
    let end = chunk.indexOf(LF_BYTE)
    while (end !== -1) {
      const line =
        pending.length > 0
          ? Buffer.concat([...pending, chunk.subarray(start, end)])
          : chunk.subarray(start, end)
      pending = []
      yield line.toString('utf8').split(',')
      start = end + 1
      end = chunk.indexOf(LF_BYTE, start)
    }
    if (start < chunk.length) pending.push(chunk.subarray(start))
  }
  if (pending.length > 0) yield Buffer.concat(pending).toString('utf8').split(',')
}

/** Records of any CSV, quotes and all, from csv-parse; a structural error surfaces as the iterator's rejection. */
export function parsedRecords(chunks: AsyncIterable<Buffer>): AsyncIterable<string[]> {
  const parser = parse({ relax_column_count: true, relax_quotes: true, skip_empty_lines: false })
  // The callback form returns the parser; an error anywhere destroys it and rejects its iterator.
  return pipeline(Readable.from(chunks), parser, () => {})
}
