import { describe, expect, it } from 'vitest'
import { ledgerDevice, outcomePool, stringPool } from '../../src/ledger/ledger-device.js'
import type { RecordDevice } from '../../src/ledger/record-schema.js'

const origin = {
  customer: 'contoso',
  record: 'customers/contoso/registrations/r.json',
  at: '2026-01-01T00:00:00.000Z',
  groupTag: 'Microsoft365Managed_Autopilot',
}

function recorded(serialNumber: string, fields: Partial<RecordDevice> = {}): RecordDevice {
  return {
    serialNumber,
    manufacturer: 'Fabrikam',
    model: 'Laptop 14',
    productKeyId: '',
    hardwareHashSha256: '',
    source: `customers/contoso/devices/a.csv:2`,
    status: 'registered',
    deviceId: 'd-1',
    trackingId: null,
    errorCode: null,
    errorName: null,
    errorDescription: null,
    transient: null,
    ...fields,
  }
}

const FIELDS = [
  ...Object.keys(recorded('x', { requestId: 'r' })),
  'customer',
  'record',
  'at',
  'groupTag',
] as const

/** Every field a ledger device has, read as the ledger reads it. */
function read(state: ReturnType<typeof ledgerDevice>) {
  return Object.fromEntries(FIELDS.map((k) => [k, state[k as keyof typeof state]]))
}

describe('ledgerDevice', () => {
  it('reads the record device, its origin and its outcome', () => {
    const failed = recorded('S2', {
      status: 'failed',
      trackingId: 't-1',
      requestId: 'r-1',
      errorCode: '806',
      errorName: 'ZtdDeviceAlreadyAssigned',
      errorDescription: 'assigned elsewhere',
      transient: false,
      groupTag: 'Other',
    })
    const state = ledgerDevice(failed, origin)
    expect(read(state)).toEqual({
      ...failed,
      customer: 'contoso',
      record: origin.record,
      at: origin.at,
    })
    expect([state.errorDescription, state.transient, state.at]).toEqual([
      'assigned elsewhere',
      false,
      origin.at,
    ])
    const plain = ledgerDevice(recorded('S1'), origin)
    expect(read(plain)).toMatchObject({
      groupTag: origin.groupTag,
      trackingId: null,
      errorCode: null,
    })
    expect(plain.requestId).toBeUndefined()
  })

  it("sets one device's outcome without touching the others that share none", () => {
    const [a, b] = [ledgerDevice(recorded('S1'), origin), ledgerDevice(recorded('S2'), origin)]
    if (!a || !b) throw new Error('no devices')
    a.trackingId = 't-9'
    a.requestId = 'r-9'
    a.errorCode = 'E'
    a.transient = true
    expect([a.trackingId, a.requestId, a.errorCode, a.transient]).toEqual(['t-9', 'r-9', 'E', true])
    expect([b.trackingId, b.requestId, b.errorCode, b.transient]).toEqual([
      null,
      undefined,
      null,
      null,
    ])
    a.requestId = undefined
    expect(a.requestId).toBeUndefined()
  })

  it("shares one upload's outcome between its devices, and a change to one stays that device's", () => {
    const [shared, outcomes] = [stringPool(), outcomePool()]
    const pending = { status: 'pending' as const, trackingId: 't-1', requestId: 'r-1' }
    const [a, b, c] = [
      recorded('S1', pending),
      recorded('S2', pending),
      recorded('S3', { ...pending, requestId: 'r-2' }),
    ].map((d) => ledgerDevice(d, origin, shared, outcomes))
    if (!a || !b || !c) throw new Error('no devices')
    expect([a, b, c].map((d) => [d.trackingId, d.requestId])).toEqual([
      ['t-1', 'r-1'],
      ['t-1', 'r-1'],
      ['t-1', 'r-2'],
    ])
    a.trackingId = 't-2'
    a.requestId = undefined
    expect([a, b, c].map((d) => [d.trackingId, d.requestId])).toEqual([
      ['t-2', undefined],
      ['t-1', 'r-1'],
      ['t-1', 'r-2'],
    ])
  })
})
