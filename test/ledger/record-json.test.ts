import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseRecord, parseRecordBytes } from '../../src/ledger/fold-ledger.js'
import { parseRecordJson } from '../../src/ledger/record-json.js'
import { FIXTURES_DIR } from '../helpers/paths.js'
import { messageOf } from '../helpers/words.js'

/** What JSON.parse of the whole text gives: the value, or its error message. */
function whole(text: string): unknown {
  try {
    return { value: JSON.parse(Buffer.from(text).toString('utf8')) }
  } catch (error) {
    return { error: (error as Error).message }
  }
}

function bySlices(text: string): unknown {
  try {
    return { value: parseRecordJson(Buffer.from(text), (element) => element) }
  } catch (error) {
    return { error: (error as Error).message }
  }
}

describe('parseRecordJson', () => {
  it.each([
    ['compact', '{"a":1,"devices":[{"s":"x"},{"s":"y"}],"b":[1,2]}'],
    ['pretty', JSON.stringify({ a: [1, { b: 2 }], devices: [{ s: 'x' }, [1, 2], 'z'] }, null, 2)],
    ['no device', '{"devices":[]}'],
    ['no device, spaced', '{ "devices" : [ \n ] }'],
    [
      'strings with brackets, commas, quotes and escapes',
      '{"devices":["a,]}", "\\"],[", {"k\\\\":"\\\\"}]}',
    ],
    ['not ASCII', '{"name":"Überraschung ✓","devices":[{"m":"Ünïcødé 😀"}]}'],
    ['devices before other keys', '{"devices":[1,2,3],"after":{"devices":[9]}}'],
    ['a nested devices key only', '{"x":{"devices":[1,2]}}'],
    ['devices not an array', '{"devices":"none"}'],
    ['devices twice', '{"devices":[1],"devices":[2]}'],
    ['devices spelt with an escape', '{"devices":[1],"devic\\u0065s":[2]}'],
    ['a trailing comma', '{"devices":[1,]}'],
    ['a missing comma', '{"devices":[{"a":1} {"b":2}]}'],
    ['an empty element', '{"devices":[,]}'],
    ['a mismatched close', '{"devices":[{"a":1}}}'],
    ['garbage after', '{"devices":[1]} x'],
    ['unterminated', '{"devices":[1, "abc'],
    ['a byte order mark', '\uFEFF{"devices":[1]}'],
    ['an array at the top', '[{"devices":[1]}]'],
    ['nothing', ''],
    ['a bad element', '{"devices":[1, tru, 3]}'],
    ['a bad head', '{"a":tru,"devices":[1]}'],
  ])('reads %s as JSON.parse does', (_, text) => {
    expect(bySlices(text)).toEqual(whole(text))
  })

  it('hands each element over with its index and the head, and keeps what it returns', () => {
    const seen: unknown[] = []
    const parsed = parseRecordJson(
      Buffer.from('{"tag":"t","devices":[{"n":1},{"n":2}]}'),
      (element, index, head) => {
        seen.push([element, index, (head as { tag: string }).tag])
        return index
      },
    )
    expect(parsed).toEqual({ tag: 't', devices: [0, 1] })
    expect(seen).toEqual([
      [{ n: 1 }, 0, 't'],
      [{ n: 2 }, 1, 't'],
    ])
  })
})

describe('parseRecordBytes', () => {
  const file = 'customers/contoso/registrations/20261102T090000Z-2222222.json'
  const text = readFileSync(path.join(FIXTURES_DIR, 'repos/ledger', file), 'utf8')
  const record = JSON.parse(text)

  it.each([
    ['a good record', record],
    ['a bad device', { ...record, devices: [{ ...record.devices[0], status: 'lost', colour: 1 }] }],
    ['a bad head', { ...record, commit: 'not a sha' }],
    ['a bad head and a bad device', { ...record, commit: 'x', devices: [{}] }],
    ['devices not an array', { ...record, devices: 'none' }],
    ['another customer', { ...record, customer: 'fabrikam' }],
    ['six bad devices', { ...record, devices: [1, 2, 3, 4, 5, 6] }],
  ])('finds in %s what parseRecord finds', (_, value) => {
    const json = JSON.stringify(value)
    expectSameFindings(json)
  })

  it('checks the devices of a record it parses whole (a key at the top with an escape)', () => {
    const json = JSON.stringify({ ...record, devices: [{}] }).replace(
      '"customer"',
      '"custom\\u0065r"',
    )
    expect(json).toContain('custom\\u0065r')
    expect(
      messageOf(
        parseRecordBytes({ file, customer: 'contoso', bytes: Buffer.from(json) }).findings[0],
      ),
    ).toContain('devices.0')
    expectSameFindings(json)
  })

  function expectSameFindings(json: string): void {
    const fromText = parseRecord({ file, customer: 'contoso', text: json })
    const fromBytes = parseRecordBytes({ file, customer: 'contoso', bytes: Buffer.from(json) })
    expect(fromBytes.findings).toEqual(fromText.findings)
    expect(fromBytes.record === undefined).toBe(fromText.record === undefined)
  }

  it('makes each device its LedgerDevice, with the fields of the record', () => {
    const json = JSON.stringify(record, null, 2)
    const parsed = parseRecordBytes({ file, customer: 'contoso', bytes: Buffer.from(json) })
    const expected = record.devices.map((d: object) => ({
      ...d,
      customer: 'contoso',
      record: file,
      at: record.finishedAt,
      groupTag: record.groupTag,
    }))
    // Each field as the ledger reads it: the origin and the outcome are shared, behind getters.
    const read = parsed.record?.devices.map((d, i) =>
      Object.fromEntries(Object.keys(expected[i]).map((k) => [k, d[k as keyof typeof d]])),
    )
    expect(read).toStrictEqual(expected)
    // Nothing besides: no field of its own that the record lacks, no requestId it does not have.
    for (const [i, device] of (parsed.record?.devices ?? []).entries()) {
      for (const key of Object.keys(device)) expect(Object.keys(expected[i])).toContain(key)
      expect(device.requestId).toBe(expected[i].requestId)
    }
  })
})
