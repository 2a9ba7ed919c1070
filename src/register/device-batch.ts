import type { DeviceUpload, PartnerCenterClient } from '../partner-center/client.js'
import { PartnerCenterError } from '../partner-center/errors.js'
import type { PlannedDevice } from '../plan/registration-plan.js'

/** A device as the batch list names it, or as we would look it up there. */
export interface Named {
  serialNumber?: string | null | undefined
  oemManufacturerName?: string | null | undefined
  productKey?: string | null | undefined
}

export interface BatchContents {
  exists: boolean
  /** Its devices, when their list was not read because there are more than asked for. */
  notLookedThrough?: number
  /** The Partner Center id of a device the batch holds, by manufacturer and serial, or product key. */
  deviceIdOf(device: Named): string | undefined
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
  options: { devices: boolean; devicesUpTo?: number } = { devices: true },
): Promise<BatchContents> {
  const batch = batchNamed(await client.listDeviceBatches(customerId), groupTag)
  if (!batch) return { exists: false, deviceIdOf: () => undefined }
  const present = new Map<string, string>()
  if (!options.devices) return { exists: true, deviceIdOf: () => undefined }
  const count = batch.devicesCount
  if (options.devicesUpTo !== undefined && count !== undefined && count > options.devicesUpTo)
    return { exists: true, deviceIdOf: () => undefined, notLookedThrough: count }
  for (const device of await client.listBatchDevices(customerId, batch.id)) {
    for (const key of listedKeys(device)) present.set(key, device.id)
  }
  return {
    exists: true,
    deviceIdOf: (device) =>
      soughtKeys(device)
        .map((k) => present.get(k))
        .find(Boolean),
  }
}

/**
 * The batch named by the group tag, exactly, or none. One whose name differs only in case is
 * refused: Partner Center compares batch names without regard to case, so the tag's own batch
 * cannot be made beside it, and adding to it would tag the devices with its spelling.
 */
export function batchNamed<B extends { id: string }>(
  batches: readonly B[],
  groupTag: string,
): B | undefined {
  const batch = batches.find((b) => b.id === groupTag)
  if (batch) return batch
  const near = batches.find((b) => b.id.toLowerCase() === groupTag.toLowerCase())
  if (near) {
    throw new Error(
      `the customer has a device batch \`${near.id}\`, which differs from the group tag \`${groupTag}\` only in case; nothing was uploaded. Make customer.yml's groupTag the tag the customer's Managed Desktop setup expects, or ask Microsoft to rename the batch`,
    )
  }
  return undefined
}

/**
 * How the batch list names a device, as Partner Center compares devices: manufacturer and serial
 * together, exactly (the tuple is case-sensitive, and serials are unique only per manufacturer),
 * or the product key. A listed device without a manufacturer is named by its serial alone.
 */
export function listedKeys(device: Named): string[] {
  const keys: string[] = []
  const { serialNumber: serial, oemManufacturerName: maker } = device
  if (serial) keys.push(maker ? `sm:${maker}\u0000${serial}` : `s:${serial}`)
  if (device.productKey) keys.push(`p:${device.productKey}`)
  return keys
}

/** The keys a device is looked for under: its manufacturer and serial, its serial against an entry that gives no manufacturer, its product key. */
export function soughtKeys(device: Named): string[] {
  const keys: string[] = []
  const { serialNumber: serial, oemManufacturerName: maker } = device
  if (serial && maker) keys.push(`sm:${maker}\u0000${serial}`)
  if (serial) keys.push(`s:${serial}`)
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
      oemManufacturerName: device.upload.oemManufacturerName ?? device.planned.manufacturer,
      productKey: device.upload.productKey ?? device.planned.productKeyId,
    })
    if (deviceId) held.push([device, deviceId])
    else rest.push(device)
  }
  return { held, rest }
}

/**
 * The Partner Center ids of the devices the batch holds, from its list (100 a call): for devices
 * whose records hold no id. Read only when there is one to look for.
 */
export async function idsInBatch(
  client: PartnerCenterClient,
  customerId: string,
  batchId: string,
  devices: readonly PlannedDevice[],
): Promise<Map<PlannedDevice, string>> {
  const ids = new Map<PlannedDevice, string>()
  if (devices.length === 0) return ids
  const batch = await readBatch(client, customerId, batchId)
  for (const device of devices) {
    const id = batch.deviceIdOf({
      serialNumber: device.serialNumber,
      oemManufacturerName: device.manufacturer,
      productKey: device.productKeyId,
    })
    if (id) ids.set(device, id)
  }
  return ids
}

/**
 * Deletes a device from its batch; false when the batch no longer holds it (404: deleted by a run
 * that stopped before it could record so, or outside), which counts as done.
 */
export async function deleteFromBatch(
  client: PartnerCenterClient,
  customerId: string,
  batchId: string,
  deviceId: string,
): Promise<boolean> {
  try {
    await client.deleteDevice(customerId, batchId, deviceId)
    return true
  } catch (error) {
    if (error instanceof PartnerCenterError && error.details.status === 404) return false
    throw error
  }
}
