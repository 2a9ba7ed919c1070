// A customer whose records and Partner Center disagree in each of the four ways drift names.
import type { RecordDevice } from '../../src/ledger/record-schema.js'
import { customerYml } from './synthetic.js'

export const TAG = 'Microsoft365Managed_Autopilot'
export const CONTOSO = '8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60'
const MAKER = 'Contoso Devices'

const named = (serialNumber: string) => ({
  serialNumber,
  oemManufacturerName: MAKER,
  modelName: 'Book 1',
})

function recorded(serialNumber: string, status: RecordDevice['status']): RecordDevice {
  return {
    serialNumber,
    manufacturer: MAKER,
    model: 'Book 1',
    productKeyId: '',
    hardwareHashSha256: '',
    source: 'customers/contoso/devices/order.csv:2',
    status,
    deviceId: null,
    trackingId: status === 'pending' ? 'tracking-of-c' : null,
    errorCode: null,
    errorName: null,
    errorDescription: null,
    transient: null,
  }
}

/**
 * The records: A, B and D registered in the tag's batch, C pending. Partner Center: A and C in
 * the batch, D in another, E (which the records never saw) in the tag's batch, B nowhere.
 */
export function driftingRepository() {
  const record = {
    schemaVersion: 1,
    customer: 'contoso',
    customerId: CONTOSO,
    groupTag: TAG,
    commit: 'a'.repeat(40),
    pullRequests: [],
    approvedBy: [],
    mergedBy: null,
    startedAt: '2026-11-20T10:00:00.000Z',
    finishedAt: '2026-11-20T10:05:00.000Z',
    trackingIds: ['tracking-of-c'],
    devices: [
      recorded('DRIFT-A', 'registered'),
      recorded('DRIFT-B', 'registered'),
      recorded('DRIFT-C', 'pending'),
      recorded('DRIFT-D', 'registered'),
    ],
  }
  return {
    'customers/contoso/customer.yml': customerYml({ name: 'Contoso', customerId: CONTOSO }),
    'customers/contoso/registrations/20261120T100500000Z-aaaaaaa-0000000a.json':
      JSON.stringify(record),
  }
}

/** Partner Center as it drifted. */
export const DRIFTED_SEED = {
  customers: {
    [CONTOSO]: {
      batches: {
        [TAG]: [named('DRIFT-A'), named('DRIFT-C'), named('DRIFT-E')],
        Microsoft365Managed_Kiosk: [named('DRIFT-D')],
      },
    },
  },
}

/** Partner Center agreeing with the records (C still processing, in no batch yet). */
export const AGREEING_SEED = {
  customers: {
    [CONTOSO]: { batches: { [TAG]: [named('DRIFT-A'), named('DRIFT-B'), named('DRIFT-D')] } },
  },
}
