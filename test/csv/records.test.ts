import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parsedRecords, quoteFreeRecords } from '../../src/csv/records.js'

async function collect(records: AsyncIterable<string[]>): Promise<string[][]> {
  const out: string[][] = []
  for await (const record of records) out.push(record)
  return out
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

describe('the quote-free fast path', () => {
  it('gives exactly the records csv-parse gives, for any text without quotes', async () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'Z', '0', ' ', ',', '\n', 'é', '€', '=', '+', '/', ';', '\t'),
    })
    await fc.assert(
      fc.asyncProperty(
        fc.array(cell, { maxLength: 8 }),
        fc.integer({ min: 1, max: 40 }),
        async (parts, size) => {
          const text = parts.join('\n')
          const fast = await collect(quoteFreeRecords(chunked(text, size)))
          const parsed = await collect(parsedRecords(chunked(text, size)))
          expect(fast).toEqual(parsed)
        },
      ),
      { numRuns: 500 },
    )
  })

  it('splits a Get-WindowsAutopilotInfo file into its rows', async () => {
    const text = 'Device Serial Number,Windows Product ID,Hardware Hash\nA1,,T0FF\n\nA2,,T0FG\n'
    expect(await collect(quoteFreeRecords(chunked(text, 7)))).toEqual([
      ['Device Serial Number', 'Windows Product ID', 'Hardware Hash'],
      ['A1', '', 'T0FF'],
      [''],
      ['A2', '', 'T0FG'],
    ])
  })
})
