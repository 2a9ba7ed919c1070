import type { DeviceRecord } from '../rules/check-row.js'
import type { FileReport } from './check-device-file.js'

/**
 * A file's report as a file-check worker sends it: its devices by column. A message carries no
 * string twice by identity, so each device's file, manufacturer and model came over as a copy of
 * its own, which the engine then dropped for a shared one (100,000 devices: some 30 MB of
 * garbage, promoted under the engine's small young generation); here each distinct value comes
 * over once a file, and the serials and keys arrive as the very strings the devices keep.
 */
export interface WireReport extends Omit<FileReport, 'devices'> {
  lines: Int32Array
  serialNumbers: string[]
  productKeyIds: string[]
  /** Per device, the index in `values` of its manufacturer, then of its model, then of its own
   * group tag (-1 for none). */
  valueIndexes: Int32Array
  values: string[]
  /** Every device's keys one after another; `keyCounts` says how many are each device's. */
  keys: string[]
  keyCounts: Uint8Array
  hasErrors: Uint8Array
}

export function toWire(report: FileReport): WireReport {
  const { devices, ...rest } = report
  const count = devices.length
  const wire: WireReport = {
    ...rest,
    lines: new Int32Array(count),
    serialNumbers: new Array(count),
    productKeyIds: new Array(count),
    valueIndexes: new Int32Array(count * 3),
    values: [],
    keys: [],
    keyCounts: new Uint8Array(count),
    hasErrors: new Uint8Array(count),
  }
  const indexOf = new Map<string, number>()
  const index = (value: string) => {
    let known = indexOf.get(value)
    if (known === undefined) {
      known = wire.values.push(value) - 1
      indexOf.set(value, known)
    }
    return known
  }
  for (let i = 0; i < count; i++) {
    const device = devices[i] as DeviceRecord
    wire.lines[i] = device.line
    wire.serialNumbers[i] = device.serialNumber
    wire.productKeyIds[i] = device.productKeyId
    wire.valueIndexes[3 * i] = index(device.manufacturer)
    wire.valueIndexes[3 * i + 1] = index(device.model)
    wire.valueIndexes[3 * i + 2] = device.groupTag === undefined ? -1 : index(device.groupTag)
    for (const key of device.keys) wire.keys.push(key)
    wire.keyCounts[i] = device.keys.length
    wire.hasErrors[i] = device.hasErrors ? 1 : 0
  }
  return wire
}

export function fromWire(wire: WireReport): FileReport {
  const {
    lines,
    serialNumbers,
    productKeyIds,
    valueIndexes,
    values,
    keys,
    keyCounts,
    hasErrors,
    ...rest
  } = wire
  const devices: DeviceRecord[] = new Array(lines.length)
  let k = 0
  for (let i = 0; i < lines.length; i++) {
    const next = k + (keyCounts[i] as number)
    // The fields in checkRow's order, so that every device has the same shape.
    devices[i] = {
      file: wire.file,
      line: lines[i] as number,
      serialNumber: serialNumbers[i] as string,
      manufacturer: values[valueIndexes[3 * i] as number] as string,
      model: values[valueIndexes[3 * i + 1] as number] as string,
      productKeyId: productKeyIds[i] as string,
      keys: keys.slice(k, next),
      hasErrors: hasErrors[i] === 1,
      groupTag: values[valueIndexes[3 * i + 2] as number],
    }
    k = next
  }
  return { ...rest, devices }
}
