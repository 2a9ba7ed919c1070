import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  parsedRecords,
  quoteFreeRecords,
  simpleCells,
  simplyQuotedRecords,
} from '../../src/csv/records.js'

async function collect(records: AsyncIterable<string[]>): Promise<string[][]> {
  const out: string[][] = []
  for await (const record of records) out.push(record)
  return out
}

/** The records up to the end or the first error, and that error's code and message. */
async function outcome(records: AsyncIterable<string[]>) {
  const out: string[][] = []
  try {
    for await (const record of records) out.push(record)
    return { records: out }
  } catch (error) {
    const { code, message } = error as { code?: string; message: string }
    return { records: out, error: { code, message } }
  }
}

async function* chunked(text: string, size: number) {
  const bytes = Buffer.from(text, 'utf8')
  // Cut on character boundaries, as decodeToUtf8 does.
  let start = 0
  while (start < bytes.length) {
    let end = Math.min(start + size, bytes.length)
    while (end < bytes.length && ((bytes[end] ?? 0) & 0xc0) === 0x80) end++
    yield bytes.subarray(start, end)
    start = end
  }
}

/**
 * The same chunks as views of one buffer, overwritten for each next chunk (and filled with `Q`s
 * first), as a streamed file is read: a reader that keeps a view past the next chunk reads Qs.
 */
async function* reusedChunks(text: string, size: number) {
  const buffer = Buffer.alloc(size + 3)
  for await (const chunk of chunked(text, size)) {
    buffer.fill('Q')
    yield buffer.subarray(0, chunk.copy(buffer))
  }
}

/** Line ends as files have them: Windows, Unix, and a lone CR (old Mac, Excel for Mac). */
const EOL = fc.constantFrom('\n', '\r\n', '\r')

describe('the quote-free fast path', () => {
  it('gives exactly the records csv-parse gives, for any text without quotes', async () => {
    const cell = fc.string({
      unit: fc.constantFrom(
        ...['a', 'Z', '0', ' ', ',', '\n', '\r', '\r\n', 'é', '€', '=', '+', '/', ';', '\t'],
      ),
    })
    await fc.assert(
      fc.asyncProperty(
        fc.array(cell, { maxLength: 8 }),
        EOL,
        fc.integer({ min: 1, max: 40 }),
        async (parts, eol, size) => {
          const text = parts.join(eol)
          const fast = await collect(quoteFreeRecords(reusedChunks(text, size)))
          const parsed = await collect(parsedRecords(chunked(text, size)))
          expect(fast).toEqual(parsed)
        },
      ),
      { numRuns: 500 },
    )
  })

  it('splits a Get-WindowsAutopilotInfo file into its rows', async () => {
    const text = 'Device Serial Number,Windows Product ID,Hardware Hash\nA1,,T0FF\n\nA2,,T0FG\n'
    expect(await collect(quoteFreeRecords(reusedChunks(text, 7)))).toEqual([
      ['Device Serial Number', 'Windows Product ID', 'Hardware Hash'],
      ['A1', '', 'T0FF'],
      [''],
      ['A2', '', 'T0FG'],
    ])
  })
})

describe('the simply-quoted fast path', () => {
  const plain = fc.string({ unit: fc.constantFrom('a', 'Z', '0', ' ', 'é', '=', '+', '/', ';') })
  // Wholly quoted fields, empty ones too, as Export-Csv writes them.
  const quotedCell = plain.map((text) => `"${text}"`)
  // Anything else a quote can do: inside a field, unclosed, doubled, around a comma or a line break.
  const oddCell = fc.string({
    unit: fc.constantFrom(
      ...['a', '"', '""', ',', '\n', '\r', ' ', '"a,b"', '"x\ny"', '"x\ry"', '"x\r\ny"', 'é'],
    ),
  })
  const line = fc
    .array(
      fc.oneof({ arbitrary: plain, weight: 3 }, { arbitrary: quotedCell, weight: 3 }, oddCell),
      {
        minLength: 1,
        maxLength: 5,
      },
    )
    .map((cells) => cells.join(','))

  it('gives the records and the error csv-parse gives, for any text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { maxLength: 8 }),
        fc.boolean(),
        EOL,
        fc.integer({ min: 1, max: 40 }),
        async (lines, finalEol, eol, size) => {
          const text = lines.join(eol) + (finalEol ? eol : '')
          const fast = await outcome(simplyQuotedRecords(reusedChunks(text, size)))
          const parsed = await outcome(parsedRecords(chunked(text, size)))
          expect(fast.error).toEqual(parsed.error)
          if (!parsed.error) expect(fast.records).toEqual(parsed.records)
          // After an error csv-parse drops the records it still holds: how many depends on its
          // buffers. Each side then gives the records before the error, or the first of them.
          const n = Math.min(fast.records.length, parsed.records.length)
          expect(fast.records.slice(0, n)).toEqual(parsed.records.slice(0, n))
        },
      ),
      { numRuns: 1000 },
    )
  })

  it('gives what csv-parse gives when every line is simply quoted', async () => {
    const simpleLine = fc
      .array(fc.oneof(plain, quotedCell), { minLength: 1, maxLength: 5 })
      .map((cells) => cells.join(','))
    await fc.assert(
      fc.asyncProperty(
        fc.array(simpleLine, { maxLength: 8 }),
        fc.integer({ min: 1, max: 40 }),
        async (lines, size) => {
          const text = lines.join('\n')
          for (const l of lines) expect(simpleCells(l)).toBeDefined()
          const fast = await collect(simplyQuotedRecords(reusedChunks(text, size)))
          expect(fast).toEqual(await collect(parsedRecords(chunked(text, size))))
        },
      ),
      { numRuns: 500 },
    )
  })

  it('strips the quotes of wholly quoted fields and leaves csv-parse the rest', () => {
    expect(simpleCells('"SYN00001X","","T0FF=="')).toEqual(['SYN00001X', '', 'T0FF=='])
    expect(simpleCells('A1,"",T0FF')).toEqual(['A1', '', 'T0FF'])
    for (const hard of ['"a,b",c', 'a"b,c', '"a""b"', '"', '"a" ,b', '"a']) {
      expect(simpleCells(hard)).toBeUndefined()
    }
  })

  it.each([
    ['a lone CR', '"SYN\r1"'],
    ['a CRLF', '"SYN\r\n1"'],
  ])('keeps %s inside a quoted cell as it is written', async (_, cell) => {
    const text = `Device Serial Number,Windows Product ID\r\n${cell},""\r\nA2,\r\n`
    const expected = [
      ['Device Serial Number', 'Windows Product ID'],
      [cell.slice(1, -1), ''],
      ['A2', ''],
    ]
    for (const size of [1, 3, 64]) {
      expect(await collect(simplyQuotedRecords(reusedChunks(text, size)))).toEqual(expected)
    }
  })

  it('closes its source when the reader stops early, csv-parse reading or not', async () => {
    const text = `"A1","",T0FF\n"A2,"x""y",T0FG\n${'A3,,T0FH\n'.repeat(2000)}`
    for (const stopAfter of [1, 2, 500]) {
      // Each chunk comes after a turn of the event loop, as a file's read does: csv-parse, once
      // stopped, may have asked for one. `closed` is set only once that read is over.
      let closed = false
      async function* source() {
        try {
          for await (const chunk of reusedChunks(text, 64)) {
            await new Promise((resolve) => setImmediate(resolve))
            yield chunk
          }
        } finally {
          closed = true
        }
      }
      let seen = 0
      for await (const _ of simplyQuotedRecords(source())) if (++seen === stopAfter) break
      expect({ stopAfter, closed }).toEqual({ stopAfter, closed: true })
    }
  })

  it('hands csv-parse the line that is not simple, and numbers its errors as lines of the file', async () => {
    const text = '"A1","",T0FF\n"A2",,T0FG\n"A3,,T0FH\n'
    const fast = await outcome(simplyQuotedRecords(reusedChunks(text, 5)))
    expect(fast.records).toEqual([
      ['A1', '', 'T0FF'],
      ['A2', '', 'T0FG'],
    ])
    expect(fast.error).toEqual((await outcome(parsedRecords(chunked(text, 5)))).error)
    expect(fast.error?.code).toBe('CSV_QUOTE_NOT_CLOSED')
  })
})
