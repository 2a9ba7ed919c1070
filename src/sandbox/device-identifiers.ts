import type { DeviceUpload } from '../partner-center/client.js'

/** Why an upload is refused: the first device without an accepted identifier combination. */
export function invalidDevice(devices: readonly DeviceUpload[]): string | undefined {
  const at = devices.findIndex((d) => !acceptedCombination(d))
  return at === -1 ? undefined : `device ${at} has no accepted identifier combination`
}

/** Partner Center's six identifier combinations (reference §5.1). */
function acceptedCombination(d: DeviceUpload): boolean {
  const has = (v: string | undefined) => typeof v === 'string' && v !== ''
  if (has(d.hardwareHash)) return true
  if (has(d.productKey) && !has(d.serialNumber)) return true
  return has(d.serialNumber) && has(d.oemManufacturerName) && has(d.modelName)
}
