import { createReadStream } from 'node:fs'
import { pipeline, Readable } from 'node:stream'
import { parse } from 'csv-parse'

const QUOTE = 0x22
const LF = '\n'

/** Whether a file holds a `"` byte anywhere (in UTF-16, a false alarm only costs speed). */
export async function hasQuoteByte(path: string): Promise<boolean> {
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 })) {
    if ((chunk as Buffer).indexOf(QUOTE) !== -1) return true
  }
  return false
}

/**
 * Records of text with LF line ends and no quote: without quotes a CSV record is exactly a line,
 * and a field exactly what lies between commas (RFC 4180), so splitting gives what csv-parse
 * gives, five times faster. Files written by Get-WindowsAutopilotInfo, which deletes every quote,
 * take this path; any file with a quote goes to csv-parse (test/csv/records.test.ts compares both).
 */
export async function* quoteFreeRecords(chunks: AsyncIterable<Buffer>): AsyncGenerator<string[]> {
  let carry = ''
  for await (const chunk of chunks) {
    const text = carry + chunk.toString('utf8')
    let start = 0
    let end = text.indexOf(LF)
    while (end !== -1) {
      yield text.slice(start, end).split(',')
      start = end + 1
      end = text.indexOf(LF, start)
    }
    carry = text.slice(start)
  }
  if (carry !== '') yield carry.split(',')
}

/** Records of any CSV, quotes and all, from csv-parse; a structural error surfaces as the iterator's rejection. */
export function parsedRecords(chunks: AsyncIterable<Buffer>): AsyncIterable<string[]> {
  const parser = parse({ relax_column_count: true, relax_quotes: true, skip_empty_lines: false })
  // The callback form returns the parser; an error anywhere destroys it and rejects its iterator.
  return pipeline(Readable.from(chunks), parser, () => {})
}
