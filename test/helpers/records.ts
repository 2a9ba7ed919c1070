import type { SyntheticDevice } from '../../src/hash/encode-hardware-hash.js'
import type { RecordDevice, RegistrationRecord } from '../../src/ledger/record-schema.js'
import { sayer } from '../../src/messages/catalogue.js'

/** A registration record as a merge run would write it, for the devices given with their outcome. */
export function recordOf(
  customer: { slug: string; customerId: string },
  devices: {
    device: SyntheticDevice
    source: string
    status: RecordDevice['status']
    error?: [string, string, boolean]
  }[],
  at = '2026-11-20T10:00:00Z',
): RegistrationRecord {
  return {
    schemaVersion: 1,
    customer: customer.slug,
    customerId: customer.customerId,
    groupTag: 'Microsoft365Managed_Autopilot',
    commit: 'a'.repeat(40),
    pullRequests: [3],
    approvedBy: ['reviewer'],
    mergedBy: 'maintainer',
    startedAt: at,
    finishedAt: at,
    trackingIds: ['0127ed8e-ff72-4983-a3d8-e8d8bd378932'],
    devices: devices.map(({ device, source, status, error }) => ({
      serialNumber: device.serialNumber,
      manufacturer: device.manufacturer,
      model: device.model,
      productKeyId: '',
      hardwareHashSha256: 'b'.repeat(64),
      source,
      status,
      deviceId: status === 'registered' ? '7b11cd8b-dd1e-4840-8c4a-84215e4de782' : null,
      trackingId: null,
      errorCode: error?.[0] ?? null,
      errorName: error?.[1] ?? null,
      errorDescription: error ? `${error[1]} (test)` : null,
      transient: error ? error[2] : null,
    })),
  }
}

/** The summary's options where a test reads the whole plan: every row, every finding. */
export const WHOLE_PLAN = {
  links: {},
  say: sayer('en'),
  maxDeviceRows: 50,
  maxFindings: 50,
  deviceTables: true,
  activeCustomersOnly: false,
}
