import type { Text } from '../messages/text.js'
import { text } from '../messages/text-of.js'

/** What a device is known by, in a CSV row or a registration record. */
export interface DeviceIdentity {
  serialNumber: string
  manufacturer: string
  productKeyId: string
}

/**
 * Keys under which two devices are one: manufacturer + serial, or product key id. Compared
 * without regard to case or surrounding spaces, since the same machine is written both ways.
 */
export function identityKeys(device: DeviceIdentity): string[] {
  const keys: string[] = []
  const serial = device.serialNumber.trim().toLowerCase()
  const manufacturer = device.manufacturer.trim().toLowerCase()
  // Joined, not concatenated: a concatenation is a cons string, which a Map flattens into a second
  // string when it hashes it, and keeps both: the ledger's 150,000 keys held 5 MB of cons strings.
  if (serial !== '' && manufacturer !== '')
    keys.push(['sm:', manufacturer, '\u0000', serial].join(''))
  const productKeyId = device.productKeyId.trim()
  if (productKeyId !== '') keys.push(['pk:', productKeyId].join(''))
  return keys
}

/** One line naming a device, for reports and the plan digest. */
export function deviceLabel(device: DeviceIdentity): string {
  if (device.serialNumber !== '' && device.manufacturer !== '') {
    return `${device.manufacturer} ${device.serialNumber}`
  }
  if (device.productKeyId !== '') return `product key id ${device.productKeyId}`
  return device.serialNumber
}

/**
 * deviceLabel as words in the run's language, for a message that names the device: only the
 * product key id form has words of ours.
 */
export function deviceLabelText(device: DeviceIdentity): Text {
  if (device.serialNumber !== '' && device.manufacturer !== '') {
    return text('check.deviceLabel.named', { name: deviceLabel(device) })
  }
  if (device.productKeyId !== '') {
    return text('check.deviceLabel.productKey', { productKeyId: device.productKeyId })
  }
  return text('check.deviceLabel.named', { name: device.serialNumber })
}
