import { DIALECTS } from '../csv/dialect.js'
import type { RecordFileOut } from './record-files.js'
import { type RecordDevice, type RegistrationRecord, recordFileName } from './record-schema.js'

/** A device Partner Center has, as adoption writes it: its identity and its Partner Center id. */
export interface AdoptedDevice {
  serialNumber: string
  manufacturer: string
  model: string
  productKeyId: string
  deviceId: string
  /** `file:line` of its row: a row adoption writes, or the repository's own. */
  source: string
}

const PARTNER_CENTER = DIALECTS.find((d) => d.name === 'Partner Center')?.header ?? []

/** A cell as CSV takes it: quoted when it holds a comma, a quote or a line break. */
function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

/**
 * The device file of an adoption, in Partner Center's 5-column format with no hash (Partner
 * Center returns none). Without a hash a row names a device by serial, manufacturer and model,
 * or by its product key id alone (AP303): the first where Partner Center gives all three.
 */
export function adoptedDeviceFile(devices: readonly AdoptedDevice[]): string {
  const rows = devices.map((d) => {
    const tuple = isTuple(d)
    const cells = [
      tuple ? d.serialNumber : '',
      tuple ? '' : d.productKeyId,
      '',
      tuple ? d.manufacturer : '',
      tuple ? d.model : '',
    ]
    return cells.map(cell).join(',')
  })
  return `${[PARTNER_CENTER.join(','), ...rows].join('\r\n')}\r\n`
}

/** Named by serial, manufacturer and model: a row without a hash may say a device so. */
export function isTuple(
  device: Pick<AdoptedDevice, 'serialNumber' | 'manufacturer' | 'model'>,
): boolean {
  return device.serialNumber !== '' && device.manufacturer !== '' && device.model !== ''
}

/**
 * The adoption record: version 2, source `adopted`, every device `registered` with its id. The
 * first tag's batch is the record's group tag; a device of another batch carries its own.
 */
export function adoptionRecord(
  customer: { slug: string; customerId: string },
  batches: readonly { groupTag: string; devices: readonly AdoptedDevice[] }[],
  meta: { commit: string; at: Date; runId: string },
): RecordFileOut {
  const first = batches.find((b) => b.devices.length > 0)?.groupTag ?? batches[0]?.groupTag ?? ''
  const at = meta.at.toISOString()
  const record: RegistrationRecord = {
    schemaVersion: 2,
    source: 'adopted',
    customer: customer.slug,
    customerId: customer.customerId,
    groupTag: first,
    commit: meta.commit,
    pullRequests: [],
    approvedBy: [],
    mergedBy: null,
    startedAt: at,
    finishedAt: at,
    trackingIds: [],
    devices: batches.flatMap((b) =>
      b.devices.map((d) => recorded(d, b.groupTag === first ? undefined : b.groupTag)),
    ),
  }
  const name = recordFileName(meta.at, meta.commit, { id: meta.runId })
  return {
    path: `customers/${customer.slug}/registrations/${name}`,
    record,
    text: `${JSON.stringify(record, null, 2)}\n`,
  }
}

function recorded(device: AdoptedDevice, groupTag: string | undefined): RecordDevice {
  return {
    serialNumber: device.serialNumber,
    manufacturer: device.manufacturer,
    model: device.model,
    productKeyId: device.productKeyId,
    hardwareHashSha256: '',
    source: device.source,
    status: 'registered',
    deviceId: device.deviceId,
    trackingId: null,
    errorCode: null,
    errorName: null,
    errorDescription: null,
    transient: null,
    ...(groupTag === undefined ? {} : { groupTag }),
  }
}
