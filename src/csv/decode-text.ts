import { isAscii, isUtf8 } from 'node:buffer'
import type { Text } from '../messages/text.js'
import { text } from '../messages/text-of.js'

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252'

/** Raised inside the byte stream when the file cannot be read as text; the reader turns it into AP101. */
export class UndecodableTextError extends Error {
  override readonly name = 'UndecodableTextError'
  constructor(
    /** What is wrong with the bytes, for the finding (AP101), said where the finding is. */
    readonly reason: Text,
    /** 1-based line where the problem was found. */
    readonly line: number,
  ) {
    // Always caught and made a finding; the message is for support, and names the words' key
    // rather than saying them, so that a worker thread that only makes findings loads no catalogue.
    super(`undecodable text on line ${line} (${reason.key})`)
  }
}

/** UTF-8 turned out not to be UTF-8: the reader starts again as Windows-1252. */
export class NotUtf8Error extends Error {
  override readonly name = 'NotUtf8Error'
}

export function sniffEncoding(head: Buffer): TextEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8-bom'
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le'
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be'
  return 'utf-8'
}

/**
 * UTF-32, which no Autopilot upload reads and nothing here decodes: by its byte order mark (whose
 * first two bytes, FF FE, are UTF-16LE's), or without one by two ASCII characters of four bytes.
 */
export function sniffUtf32(head: Buffer): 'UTF-32LE' | 'UTF-32BE' | undefined {
  const at = (i: number) => head[i] ?? -1
  if (at(0) === 0xff && at(1) === 0xfe && at(2) === 0 && at(3) === 0) return 'UTF-32LE'
  if (at(0) === 0 && at(1) === 0 && at(2) === 0xfe && at(3) === 0xff) return 'UTF-32BE'
  const ascii = (i: number) => at(i) > 0 && at(i) < 0x80
  const zeros = (...i: number[]) => i.every((n) => at(n) === 0)
  if (ascii(0) && ascii(4) && zeros(1, 2, 3, 5, 6, 7)) return 'UTF-32LE'
  if (ascii(3) && ascii(7) && zeros(0, 1, 2, 4, 5, 6)) return 'UTF-32BE'
  return undefined
}

const BOM_LENGTH: Record<TextEncoding, number> = {
  'utf-8': 0,
  'utf-8-bom': 3,
  'utf-16le': 2,
  'utf-16be': 2,
  'windows-1252': 0,
}
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf])
const LF = 0x0a
const CR = 0x0d

/**
 * Turns a file's bytes into UTF-8, whatever its encoding, line ends as they are: a CR inside a
 * quoted cell is part of its value (the record readers in records.ts take CRLF, LF and a lone CR
 * as line ends outside quotes). A CR that ends a chunk waits for the next, so that a CRLF is never
 * cut in two. Throws UndecodableTextError, after the lines before it, for bytes that are no text:
 * invalid sequences, NUL bytes, a second byte order mark.
 */
export async function* decodeToUtf8(
  chunks: AsyncIterable<Buffer>,
  encoding: TextEncoding,
): AsyncGenerator<Buffer> {
  const toUtf8 = converter(encoding)
  let skip = BOM_LENGTH[encoding]
  let linesBefore = 0
  let pendingCr = false
  for await (const raw of chunks) {
    let chunk = raw
    if (skip > 0) {
      const cut = Math.min(skip, chunk.length)
      chunk = chunk.subarray(cut)
      skip -= cut
    }
    let text: Buffer
    try {
      text = toUtf8.push(chunk)
    } catch (error) {
      throw atLine(error, linesBefore + 1)
    }
    if (pendingCr) text = Buffer.concat([Buffer.from([CR]), text])
    pendingCr = text.length > 0 && text[text.length - 1] === CR
    if (pendingCr) text = text.subarray(0, text.length - 1)
    const problem = findNonText(text, linesBefore)
    const out = problem ? text.subarray(0, problem.lineStart) : text
    linesBefore += countLineBreaks(out)
    // The lines before the bad one are still read and checked.
    if (out.length > 0) yield out
    if (problem) throw problem.error
  }
  let end: Buffer
  try {
    end = toUtf8.end()
  } catch (error) {
    throw atLine(error, linesBefore + 1)
  }
  const tail = Buffer.concat([pendingCr ? Buffer.from([CR]) : Buffer.alloc(0), end])
  const problem = findNonText(tail, linesBefore)
  const out = problem ? tail.subarray(0, problem.lineStart) : tail
  if (out.length > 0) yield out
  if (problem) throw problem.error
}

/** A converter knows only how many lines into its chunk the problem is (as 0 or less): add the lines before. */
function atLine(error: unknown, line: number): unknown {
  return error instanceof UndecodableTextError && error.line <= 0
    ? new UndecodableTextError(error.reason, line - error.line)
    : error
}

interface Converter {
  push(chunk: Buffer): Buffer
  end(): Buffer
}

function converter(encoding: TextEncoding): Converter {
  if (encoding === 'utf-8' || encoding === 'utf-8-bom') return utf8Validator()
  const decoder = new TextDecoder(encoding, { fatal: encoding !== 'windows-1252', ignoreBOM: true })
  const decode = (chunk?: Buffer): Buffer => {
    try {
      return Buffer.from(decoder.decode(chunk, { stream: chunk !== undefined }), 'utf8')
    } catch {
      // Decode again, leniently, only to say on which line the bad bytes are.
      const lenient = new TextDecoder(encoding).decode(chunk ?? new Uint8Array())
      const before = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD')))
      const lines = before.split(/\r\n|\r|\n/).length - 1
      const reason = text('check.notValidEncoding', { encoding: encoding.toUpperCase() })
      throw new UndecodableTextError(reason, -lines)
    }
  }
  return { push: (chunk) => decode(chunk), end: () => decode() }
}

/** Passes UTF-8 bytes through untouched, after checking them; a sequence cut by a chunk boundary waits for the next chunk. */
function utf8Validator(): Converter {
  let carry: Buffer = Buffer.alloc(0)
  return {
    push(chunk) {
      const next = wholeSequences(carry, chunk)
      carry = next.carry
      if (!isUtf8(next.whole)) throw new NotUtf8Error('not UTF-8')
      return next.whole
    },
    end() {
      if (carry.length > 0) throw new NotUtf8Error('not UTF-8')
      return carry
    },
  }
}

/**
 * What was carried over plus the next chunk, cut after the last whole UTF-8 sequence: `whole` to
 * check now, `carry` (a copy: the chunk's buffer is read into again) for the next chunk.
 */
export function wholeSequences(carry: Buffer, chunk: Buffer): { whole: Buffer; carry: Buffer } {
  const bytes = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk
  const cut = isAscii(bytes) ? bytes.length : completeLength(bytes)
  return { whole: bytes.subarray(0, cut), carry: Buffer.from(bytes.subarray(cut)) }
}

/** Length of the prefix that ends on a whole UTF-8 sequence. */
function completeLength(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back] ?? 0
    if ((b & 0xc0) === 0x80) continue // continuation byte: look further back
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1
    return need > back ? bytes.length - back : bytes.length
  }
  return bytes.length
}

/** NUL bytes or a second byte order mark: where the line holding them starts, and the error to raise. */
function findNonText(
  chunk: Buffer,
  linesBefore: number,
): { lineStart: number; error: UndecodableTextError } | undefined {
  const nul = chunk.indexOf(0)
  const bom = chunk.indexOf(UTF8_BOM)
  const at = nul !== -1 && (bom === -1 || nul < bom) ? nul : bom
  if (at === -1) return undefined
  const reason = at === nul ? text('check.nulBytes') : text('check.secondBom')
  const before = chunk.subarray(0, at)
  return {
    lineStart: Math.max(before.lastIndexOf(LF), before.lastIndexOf(CR)) + 1,
    error: new UndecodableTextError(reason, linesBefore + 1 + countLineBreaks(before)),
  }
}

/**
 * Line breaks in the text: CRLF, LF and a lone CR count one each. `afterCr`: the text before
 * ended in a CR, so an LF at the start of this one ends no further line.
 */
export function countLineBreaks(text: Buffer, afterCr = false): number {
  let count = countLineFeeds(text)
  let at = text.indexOf(CR)
  while (at !== -1) {
    if (text[at + 1] !== LF && at + 1 < text.length) count++
    at = text.indexOf(CR, at + 1)
  }
  // A CR at the very end is a line end of its own unless an LF follows in the next text.
  if (text.length > 0 && text[text.length - 1] === CR) count++
  if (afterCr && text[0] === LF) count--
  return count
}

export function countLineFeeds(text: Buffer): number {
  let count = 0
  let at = text.indexOf(LF)
  while (at !== -1) {
    count++
    at = text.indexOf(LF, at + 1)
  }
  return count
}
