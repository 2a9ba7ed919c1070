import { createHash } from 'node:crypto'
import type { DeviceUpload } from '../partner-center/client.js'
import type { PlannedDevice } from '../plan/registration-plan.js'
import type { RowCells } from '../repo/read-rows.js'

/** A planned device as it goes to Partner Center, with the digest its record keeps. */
export interface PreparedDevice {
  planned: PlannedDevice
  upload: DeviceUpload
  /** SHA-256 (hex) of the hash text as written in the CSV; empty without a hash. */
  hardwareHashSha256: string
  /** For a device moving to this batch (a retag): the group tag of the batch it leaves. */
  previousGroupTag: string | undefined
}

/**
 * The planned devices with the cells of their rows (read back by the repository reader, keyed by
 * `file:line`). What the row says is sent, not what the engine read from inside the hash: the row
 * is what was reviewed. One exception: a row with a hash and no serial is sent with the serial
 * its hash holds, which the plan showed for it (Autopilot reads the same serial from the hash).
 * Partner Center names a device sent by its hash alone nowhere, neither in its answer nor in the
 * batch; with its serial, a run that stopped finds it there instead of sending it again.
 */
export function prepareUploads(
  devices: readonly PlannedDevice[],
  cells: ReadonlyMap<string, RowCells>,
): PreparedDevice[] {
  return devices.map((planned) => {
    const row = cells.get(planned.source)
    if (!row) throw new Error(`${planned.source}: the row was not read back from its file`)
    const written = {
      serialNumber: row.serialNumber || (row.hardwareHash ? planned.serialNumber : ''),
      productKeyId: row.productKeyId,
      manufacturer: planned.manufacturer,
      model: planned.model,
    }
    return {
      planned,
      upload: uploadOf(written, row.hardwareHash),
      hardwareHashSha256: row.hardwareHash
        ? createHash('sha256').update(row.hardwareHash).digest('hex')
        : '',
      previousGroupTag: undefined,
    }
  })
}

/**
 * The identifier combination Partner Center accepts for the row (reference §5.1): the hash with
 * the serial number and product key it has; without a hash, the product key alone, else the
 * serial number, manufacturer and model (the tuple, compared case-sensitively).
 */
function uploadOf(
  device: { serialNumber: string; productKeyId: string; manufacturer: string; model: string },
  hash: string,
): DeviceUpload {
  const pick = (entries: Record<string, string>) =>
    Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== '')) as DeviceUpload
  if (hash)
    return pick({
      hardwareHash: hash,
      serialNumber: device.serialNumber,
      productKey: device.productKeyId,
    })
  if (device.productKeyId) return pick({ productKey: device.productKeyId })
  return pick({
    serialNumber: device.serialNumber,
    oemManufacturerName: device.manufacturer,
    modelName: device.model,
  })
}
