import { describe, expect, it } from 'vitest'
import { ledgerDevice } from '../../src/ledger/ledger-device.js'
import type { RecordDevice } from '../../src/ledger/record-schema.js'
import { rowAt, rowsByFile, sharedKeys, sourceLine } from '../../src/ledger/row-strings.js'
import { identityKeys } from '../../src/rules/identity.js'

const origin = {
  customer: 'contoso',
  record: 'r.json',
  at: '2026-01-01T00:00:00.000Z',
  groupTag: 'T',
}

function state(
  serialNumber: string,
  productKeyId = '',
  source = 'customers/contoso/devices/a.csv:2',
) {
  const device: RecordDevice = {
    serialNumber,
    manufacturer: 'Fabrikam',
    model: 'Laptop',
    productKeyId,
    hardwareHashSha256: '',
    source,
    status: 'registered',
    deviceId: 'd',
    trackingId: null,
    errorCode: null,
    errorName: null,
    errorDescription: null,
    transient: null,
  }
  return ledgerDevice(device, origin)
}

/** A row's strings, made apart from the state's: equal, not the same strings. */
function row(line: number, serialNumber: string, productKeyId = '') {
  const copy = (s: string) => [...s].join('')
  const identity = {
    serialNumber: copy(serialNumber),
    manufacturer: 'Fabrikam',
    productKeyId: copy(productKeyId),
  }
  return { line, ...identity, keys: [...identityKeys(identity), 'hh:abc'] }
}

const FILE = 'customers/contoso/devices/a.csv'

describe('sharedKeys', () => {
  it('gives a state the keys identityKeys gives it, whatever the rows and its source', () => {
    const keysOf = sharedKeys([{ file: FILE, devices: [row(2, 'S1', '123'), row(3, 'S2')] }])
    const states = [
      state('S1', '123'),
      state('S2', '', `${FILE}:3`),
      // Its row has moved, or names another device, or its source is no row at all.
      state('S2', '', `${FILE}:2`),
      state('S3', '', `${FILE}:9`),
      state('S1', '999', 'customers/contoso/devices/b.csv:2'),
      state('S1', '123', 'adopted from Partner Center'),
      state('S1', '123', `${FILE}:two`),
    ]
    for (const s of states) expect(keysOf(s)).toEqual(identityKeys(s))
  })

  it('leaves the state its serial number and product key id, the same values', () => {
    const keysOf = sharedKeys([{ file: FILE, devices: [row(2, 'S1', '123')] }])
    const s = state('S1', '123')
    keysOf(s)
    expect([s.serialNumber, s.productKeyId]).toEqual(['S1', '123'])
  })

  it("finds a state's row by the file and line its source names, and no other", () => {
    const devices = Array.from({ length: 1000 }, (_, i) => row(2 + 2 * i, `S${i}`))
    const byFile = rowsByFile([
      { file: FILE, devices },
      { file: 'b.csv', devices: [] },
    ])
    for (const i of [0, 1, 499, 998, 999])
      expect(rowAt(byFile, `${FILE}:${2 + 2 * i}`)).toBe(devices[i])
    for (const source of [
      `${FILE}:3`,
      `${FILE}:0`,
      `${FILE}:2002`,
      `${FILE}:`,
      `${FILE}:2.0e0x`,
      // Only the line as the registration run writes it: no other spelling of the number.
      `${FILE}:02`,
      `${FILE}:2.0`,
      `${FILE}:0x2`,
      `${FILE}: 2`,
      'b.csv:2',
      FILE,
      ':2',
    ])
      expect(rowAt(byFile, source)).toBeUndefined()
  })

  it('reads the line of a source as digits only, with no leading zero', () => {
    const at = (source: string) => sourceLine(source, source.indexOf(':') + 1)
    expect([at('a.csv:0'), at('a.csv:7'), at('a.csv:1001')]).toEqual([0, 7, 1001])
    for (const source of ['a.csv:', 'a.csv:07', 'a.csv:1e3', 'a.csv:-1', 'a.csv:12 ', 'a.csv:+1'])
      expect(at(source)).toBeUndefined()
  })

  it('is identityKeys itself without rows', () => {
    expect(sharedKeys([])).toBe(identityKeys)
    expect(sharedKeys([{ file: FILE, devices: [] }])).toBe(identityKeys)
  })
})
