import { isUtf8 } from 'node:buffer'
import { pipeline, Readable } from 'node:stream'
import { parse } from 'csv-parse'
import { countLineBreaks, wholeSequences } from './decode-text.js'

const QUOTE = 0x22
const LF_BYTE = 0x0a
const CR = 0x0d
const LF_LINE = Buffer.from([LF_BYTE])

export interface ByteScan {
  /** A `"` byte anywhere (in UTF-16, a false alarm only costs speed). */
  hasQuote: boolean
  /** For a UTF-8 candidate: the 1-based line of the first byte sequence that is not UTF-8. */
  notUtf8Line?: number
}

/**
 * One fast pass over the raw bytes before parsing, so that the parser's path and the encoding are
 * settled before the first row is handed on (a fallback half way would hand rows on twice).
 * `chunks` may stop being read early: a generator over a file closes it then.
 */
export async function scanBytes(
  chunks: AsyncIterable<Buffer>,
  checkUtf8: boolean,
): Promise<ByteScan> {
  const scan: ByteScan = { hasQuote: false }
  let carry: Buffer = Buffer.alloc(0)
  let lines = 0
  let afterCr = false
  for await (const chunk of chunks) {
    if (!scan.hasQuote && chunk.indexOf(QUOTE) !== -1) scan.hasQuote = true
    if (checkUtf8 && scan.notUtf8Line === undefined) {
      const next = wholeSequences(carry, chunk)
      if (!isUtf8(next.whole)) {
        const text = new TextDecoder('utf-8').decode(next.whole)
        const before = Buffer.from(text.slice(0, text.indexOf('\uFFFD')))
        scan.notUtf8Line = lines + 1 + countLineBreaks(before, afterCr)
      }
      lines += countLineBreaks(next.whole, afterCr)
      if (next.whole.length > 0) afterCr = next.whole[next.whole.length - 1] === CR
      carry = next.carry
    }
    if (scan.hasQuote && (!checkUtf8 || scan.notUtf8Line !== undefined)) break
  }
  if (checkUtf8 && scan.notUtf8Line === undefined && carry.length > 0) scan.notUtf8Line = lines + 1
  return scan
}

/**
 * Records of text without a quote: without quotes a CSV record is exactly a line (ended by CRLF,
 * LF or a lone CR), and a field exactly what lies between commas (RFC 4180), so splitting gives
 * what csv-parse gives, five times faster. A file that a scan found free of quotes takes this
 * path (Get-WindowsAutopilotInfo deletes every quote); the others, and files read in one pass
 * with no scan, take simplyQuotedRecords (test/csv/records.test.ts compares both with csv-parse).
 */
export async function* quoteFreeRecords(chunks: AsyncIterable<Buffer>): AsyncGenerator<string[]> {
  for await (const segment of lines(chunks)) {
    const line = withoutCrlf(segment)
    if (line.indexOf(CR) === -1) yield line.toString('utf8').split(',')
    else for (const part of line.toString('utf8').split('\r')) yield part.split(',')
  }
}

/**
 * Records of text with quotes. As long as the quoting is simple (each quoted field wholly quoted,
 * with no quote, comma or line break inside: what Export-Csv writes for Autopilot values), a line
 * is still a record and a field what lies between commas, less its quotes. At the first line that
 * is not simple (a lone CR beside a quote may be inside a quoted value), the rest goes to
 * csv-parse: every record before it ended at a line end, where csv-parse would start afresh too.
 */
export async function* simplyQuotedRecords(
  chunks: AsyncIterable<Buffer>,
): AsyncGenerator<string[]> {
  const source = chunks[Symbol.asyncIterator]()
  const split = lines({ [Symbol.asyncIterator]: () => source })
  let done = 0
  for await (const segment of split.lines) {
    const text = withoutCrlf(segment).toString('utf8')
    const cells = text.includes('\r') ? undefined : simpleCells(text)
    if (cells || !text.includes('"')) {
      for (const part of cells ? [cells] : text.split('\r').map((l) => l.split(','))) {
        done += 1
        yield part
      }
      continue
    }
    // Hand csv-parse this line, what was read after it, and every chunk still to come, after
    // one empty line for each line read already: so its errors name the lines of the file.
    const rest = [Buffer.alloc(done, LF_BYTE), ...split.rest(segment)]
    let skip = done
    // Stopped, csv-parse leaves `source` open, maybe with a read under way into the buffer the
    // next file is to be read into. Leaving this loop over the lines closes `source`, and waits
    // for that read to end first (test/csv/records.test.ts).
    for await (const record of parsedRecords(follow(rest, source))) {
      if (skip > 0) skip -= 1
      else yield record
    }
    return
  }
}

/** A line as split at LF, without the CR of a CRLF (or of a lone CR ending the file). */
function withoutCrlf(segment: Buffer): Buffer {
  const end = segment.length - 1
  return end >= 0 && segment[end] === CR ? segment.subarray(0, end) : segment
}

/** `first`, then copies of what `source` has left: csv-parse holds chunks past the next one. */
async function* follow(first: Buffer[], source: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  for (const chunk of first) if (chunk.length > 0) yield chunk
  for (;;) {
    const next = await source.next()
    if (next.done) return
    yield Buffer.from(next.value)
  }
}

/** The cells of a line whose quoting is simple; undefined when csv-parse must read it. */
export function simpleCells(line: string): string[] | undefined {
  const cells = line.split(',')
  if (!line.includes('"')) return cells
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as string
    if (!cell.includes('"')) continue
    const last = cell.length - 1
    if (last < 1 || cell.charCodeAt(0) !== QUOTE || cell.indexOf('"', 1) !== last) return undefined
    cells[i] = cell.slice(1, last)
  }
  return cells
}

interface LineSplitter {
  /** Each line, without its LF; the last one even when no LF ends it. */
  lines: AsyncGenerator<Buffer>
  /** `line` (the one just yielded), its LF, and the bytes read after it, for another reader. */
  rest(line: Buffer): Buffer[]
}

/**
 * Splits chunks at LF bytes (a CR before it, and a lone CR, are for the caller). The start of a
 * line that has not ended yet is kept as bytes: joining strings chunk by chunk would make one very
 * long line cost quadratic time. A chunk may be a view of a buffer that is read into again for the
 * next one: a line is good until the next is asked for, and what is kept longer is copied.
 */
function lines(chunks: AsyncIterable<Buffer>): LineSplitter & AsyncIterable<Buffer> {
  let current: Buffer = Buffer.alloc(0)
  let after = 0
  let ended = true
  async function* generate(): AsyncGenerator<Buffer> {
    let pending: Buffer[] = []
    for await (const chunk of chunks) {
      current = chunk
      let start = 0
      let end = chunk.indexOf(LF_BYTE)
      while (end !== -1) {
        const line =
          pending.length > 0
            ? Buffer.concat([...pending, chunk.subarray(start, end)])
            : chunk.subarray(start, end)
        pending = []
        after = end + 1
        ended = true
        yield line
        start = end + 1
        end = chunk.indexOf(LF_BYTE, start)
      }
      // A copy: the chunk's buffer may be read into again for the next chunk.
      if (start < chunk.length) pending.push(Buffer.from(chunk.subarray(start)))
    }
    if (pending.length > 0) {
      after = current.length
      ended = false
      yield Buffer.concat(pending)
    }
  }
  const generator = generate()
  return {
    lines: generator,
    [Symbol.asyncIterator]: () => generator,
    rest: (line) => [
      Buffer.concat(ended ? [line, LF_LINE] : [line]),
      Buffer.from(current.subarray(after)),
    ],
  }
}

/**
 * Records of any CSV, quotes and all, from csv-parse, with CRLF, LF and a lone CR as line ends
 * (a CR inside quotes stays in its value); a structural error surfaces as the iterator's rejection.
 */
export function parsedRecords(chunks: AsyncIterable<Buffer>): AsyncIterable<string[]> {
  const parser = parse({
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    record_delimiter: ['\r\n', '\n', '\r'],
  })
  // The callback form returns the parser; an error anywhere destroys it and rejects its iterator.
  return pipeline(Readable.from(chunks), parser, () => {})
}
