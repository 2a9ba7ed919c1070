import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsonChunks, type Replacer } from '../../src/report/json-chunks.js'

describe('jsonChunks', () => {
  it('writes exactly what JSON.stringify(value, null, 2) writes, whatever the value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 6 }), (value, depth) => {
        expect([...jsonChunks(value, undefined, depth)].join('')).toBe(
          `${JSON.stringify(value, null, 2)}\n`,
        )
      }),
      { numRuns: 300 },
    )
    // With a replacer, as JSON.stringify with that replacer: numbers doubled wherever they lie.
    const double = (_key: string, v: unknown) => (typeof v === 'number' ? v * 2 : v)
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 6 }), (value, depth) => {
        expect([...jsonChunks(value, double, depth)].join('')).toBe(
          `${JSON.stringify(value, double, 2)}\n`,
        )
      }),
      { numRuns: 300 },
    )
  })

  it('writes what JSON.stringify writes with a replacer that puts objects in words, toJSON values among them', () => {
    // As the reports' replacer does with a Text: an object of one shape becomes a string. A Date
    // never reaches it: JSON.stringify calls toJSON first, and so must jsonChunks.
    const words = (_key: string, v: unknown) => {
      if (v instanceof Date) return 'not a date: its toJSON comes first'
      return v !== null && typeof v === 'object' && 'say' in v ? `said ${String(v.say)}` : v
    }
    const leaf = fc.oneof(
      fc.jsonValue({ maxDepth: 1 }),
      fc.string().map((say) => ({ say })),
      fc.date({ noInvalidDate: true }),
      fc.constant(undefined),
    )
    const device = fc.dictionary(fc.string(), leaf, { maxKeys: 6 })
    fc.assert(
      fc.property(
        fc.array(device, { maxLength: 4 }),
        fc.integer({ min: 0, max: 3 }),
        (value, depth) => {
          expect([...jsonChunks(value, words, depth)].join('')).toBe(
            `${JSON.stringify(value, words, 2)}\n`,
          )
        },
      ),
      { numRuns: 300 },
    )
  })

  it("calls a value's toJSON once, and writes boxed primitives as primitives, as JSON.stringify does", () => {
    const keep = (_key: string, v: unknown) => v
    const boxed = (key: string, v: unknown) => (key === 'a' ? new Number(5) : v)
    const cases: [unknown, Replacer | undefined][] = [
      // toJSON gives a Date, whose own toJSON JSON.stringify does not call: it writes `{}`.
      [[{ a: { toJSON: () => new Date(0) } }], undefined],
      [[{ a: { toJSON: () => new Date(0) } }], keep],
      [
        { x: [new String('ab'), new Boolean(false), Object(3n) as unknown] },
        (_k, v) => (typeof v === 'object' && v instanceof BigInt ? 3 : v),
      ],
      [[[{ a: 1 }]], boxed],
      [[{ d: new Date(0), n: new Number(1) }], keep],
    ]
    for (const [value, replacer] of cases) {
      for (const depth of [0, 1, 2, 3, 4]) {
        expect([...jsonChunks(value, replacer, depth)].join('')).toBe(
          `${JSON.stringify(value, replacer, 2)}\n`,
        )
      }
    }
  })

  it('writes a key named __proto__ as a key, with a replacer too', () => {
    const value = JSON.parse('[{"__proto__": 1, "a": 2}]')
    const double = (_key: string, v: unknown) => (typeof v === 'number' ? v * 2 : v)
    for (const depth of [0, 1, 2]) {
      expect([...jsonChunks(value, double, depth)].join('')).toBe(
        `${JSON.stringify(value, double, 2)}\n`,
      )
    }
  })

  it('leaves out what JSON leaves out: undefined and functions in objects, null for them in arrays', () => {
    const value = { a: undefined, b: [undefined, () => 1, 2], c: { d: () => 1 }, e: 'x' }
    expect([...jsonChunks(value)].join('')).toBe(`${JSON.stringify(value, null, 2)}\n`)
  })

  it('cuts a large report into pieces, none of which cuts a string in two', () => {
    const devices = Array.from({ length: 20_000 }, (_, i) => ({
      serialNumber: `SERIAL${i}`,
      reason: 'a "quoted" reason, with commas',
    }))
    const report = { schemaVersion: 1, customers: [{ slug: 'contoso', devices }] }
    const chunks = [...jsonChunks(report)]
    expect(chunks.length).toBeGreaterThan(5)
    expect(chunks.join('')).toBe(`${JSON.stringify(report, null, 2)}\n`)
    for (const chunk of chunks) {
      // Take out every whole JSON string: no quote may be left over.
      expect(chunk.replace(/"(?:[^"\\]|\\.)*"/g, '')).not.toContain('"')
      expect(chunk.length).toBeLessThan(1024 * 1024)
    }
  })
})
