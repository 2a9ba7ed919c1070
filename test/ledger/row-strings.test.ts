import { describe, expect, it } from 'vitest'
import { ledgerDevice } from '../../src/ledger/ledger-device.js'
import type { RecordDevice } from '../../src/ledger/record-schema.js'
import { sharedKeys } from '../../src/ledger/row-strings.js'
import { identityKeys } from '../../src/rules/identity.js'

const origin = {
  customer: 'contoso',
  record: 'r.json',
  at: '2026-01-01T00:00:00.000Z',
  groupTag: 'T',
}

function state(serialNumber: string, productKeyId = '') {
  const device: RecordDevice = {
    serialNumber,
    manufacturer: 'Fabrikam',
    model: 'Laptop',
    productKeyId,
    hardwareHashSha256: '',
    source: 'customers/contoso/devices/a.csv:2',
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

/** A row's strings, made apart from the state's so that sharing them can be seen. */
function row(serialNumber: string, productKeyId = '') {
  const copy = (s: string) => [...s].join('')
  const identity = {
    serialNumber: copy(serialNumber),
    manufacturer: 'Fabrikam',
    productKeyId: copy(productKeyId),
  }
  return { ...identity, keys: [...identityKeys(identity), 'hh:abc'] }
}

describe('sharedKeys', () => {
  it('gives a state the keys identityKeys gives it, whatever the rows', () => {
    const rows = [row('S1', '123'), row('S2')]
    const keysOf = sharedKeys(rows)
    for (const s of [state('S1', '123'), state('S2'), state('S3'), state('S1', '999')])
      expect(keysOf(s)).toEqual(identityKeys(s))
  })

  it('leaves the state its serial number and product key id, the same values', () => {
    const keysOf = sharedKeys([row('S1', '123')])
    const s = state('S1', '123')
    keysOf(s)
    expect([s.serialNumber, s.productKeyId]).toEqual(['S1', '123'])
  })

  it('is identityKeys itself without rows', () => {
    expect(sharedKeys([])).toBe(identityKeys)
  })
})
