import type { DeviceUpload, PartnerCenterClient } from '../partner-center/client.js'
import type { PlannedDevice } from '../plan/registration-plan.js'

export interface BatchContents {
  exists: boolean
  /** The Partner Center id of a device the batch holds, by its serial number or product key. */
  deviceIdOf(device: {
    serialNumber?: string | null | undefined
    productKey?: string | null | undefined
  }): string | undefined
}

/**
 * The customer's device batch named by the group tag, and, with `devices`, the devices in it (100
 * a call). A batch whose name differs from the tag only in case is refused: the batch name is the
 * devices' group tag, and adding to it would tag them with that spelling.
 */
export async function readBatch(
  client: PartnerCenterClient,
  customerId: string,
  groupTag: string,
  options: { devices: boolean } = { devices: true },
): Promise<BatchContents> {
  const batches = await client.listDeviceBatches(customerId)
  const batch = batches.find((b) => b.id === groupTag)
  if (!batch) {
    const near = batches.find((b) => b.id.toLowerCase() === groupTag.toLowerCase())
    if (near) {
      throw new Error(
        `the customer has a device batch \`${near.id}\`, which differs from the group tag \`${groupTag}\` only in case; nothing was uploaded. Make customer.yml's groupTag the tag the customer's Managed Desktop setup expects, or ask Microsoft to rename the batch`,
      )
    }
    return { exists: false, deviceIdOf: () => undefined }
  }
  const present = new Map<string, string>()
  if (!options.devices) return { exists: true, deviceIdOf: () => undefined }
  for (const device of await client.listBatchDevices(customerId, batch.id)) {
    for (const key of batchKeys(device)) present.set(key, device.id)
  }
  return {
    exists: true,
    deviceIdOf: (device) =>
      batchKeys(device)
        .map((k) => present.get(k))
        .find(Boolean),
  }
}

/** How a batch's device list names a device: it holds no hash, so serial and product key. */
function batchKeys(device: {
  serialNumber?: string | null | undefined
  productKey?: string | null | undefined
}): string[] {
  const keys: string[] = []
  if (device.serialNumber) keys.push(`s:${device.serialNumber.toLowerCase()}`)
  if (device.productKey) keys.push(`p:${device.productKey}`)
  return keys
}

/**
 * The devices the batch holds, with their Partner Center id, and the rest. A row with the hash
 * alone is looked up by the serial and product key inside its hash.
 */
export function splitByBatch<D extends { upload: DeviceUpload; planned: PlannedDevice }>(
  batch: BatchContents,
  devices: readonly D[],
): { held: [D, string][]; rest: D[] } {
  const held: [D, string][] = []
  const rest: D[] = []
  for (const device of devices) {
    const deviceId = batch.deviceIdOf({
      serialNumber: device.upload.serialNumber ?? device.planned.serialNumber,
      productKey: device.upload.productKey ?? device.planned.productKeyId,
    })
    if (deviceId) held.push([device, deviceId])
    else rest.push(device)
  }
  return { held, rest }
}
