import { type Finding, finding } from '../findings/finding.js'
import type { DeviceRecord } from './check-row.js'

export interface OwnedDevice {
  device: DeviceRecord
  /** The customer slug, or undefined for a file outside a customer. */
  customer: string | undefined
}

/**
 * Finds devices that appear more than once across the given files (AP501 same file, AP502 two
 * files of one customer, AP503 two customers). Every occurrence after the first is reported,
 * naming the first; the first is reported too, naming the second, so each file involved carries
 * the finding.
 */
export function findDuplicates(devices: Iterable<OwnedDevice>): Finding[] {
  const firstByKey = new Map<string, OwnedDevice>()
  const reportedFirsts = new Set<OwnedDevice>()
  const findings: Finding[] = []
  for (const owned of devices) {
    let first: OwnedDevice | undefined
    for (const key of owned.device.keys) {
      const seen = firstByKey.get(key)
      if (seen && seen !== owned) {
        first ??= seen
      } else if (!seen) {
        firstByKey.set(key, owned)
      }
    }
    if (!first) continue
    findings.push(duplicateFinding(owned, first))
    if (!reportedFirsts.has(first) && first.device.file !== owned.device.file) {
      reportedFirsts.add(first)
      findings.push(duplicateFinding(first, owned))
    }
  }
  return findings
}

function duplicateFinding(here: OwnedDevice, other: OwnedDevice): Finding {
  const { device } = here
  const name = describeDevice(device)
  const at = { file: device.file, line: device.line }
  if (here.device.file === other.device.file) {
    return finding('AP501', at, `${name} is also on line ${other.device.line} of this file`)
  }
  const where = `${other.device.file}:${other.device.line}`
  if (here.customer === other.customer) {
    return finding('AP502', at, `${name} is also in ${where}`)
  }
  const owner = other.customer ? `customer \`${other.customer}\`` : 'a file outside any customer'
  return finding('AP503', at, `${name} is also listed under ${owner} (${where})`)
}

export function describeDevice(device: DeviceRecord): string {
  const parts = [
    device.manufacturer && `\`${device.manufacturer}\``,
    device.serialNumber ? `serial \`${device.serialNumber}\`` : '',
    !device.serialNumber && device.productKeyId ? `product key id \`${device.productKeyId}\`` : '',
  ].filter(Boolean)
  return parts.length > 0 ? `device ${parts.join(' ')}` : 'the device (same hardware hash)'
}
