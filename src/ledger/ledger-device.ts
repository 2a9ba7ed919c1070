import type { RecordDevice } from './record-schema.js'

/** The latest known state of one device, from the newest record that names it. */
export interface LedgerDevice extends RecordDevice {
  customer: string
  /** The record it comes from, relative to the repository root. */
  record: string
  at: string
  /** The device's group tag, else the record's: the batch the device was sent to. */
  groupTag: string
}

/** Where a record's devices come from: the same for each of them. */
export interface DeviceOrigin {
  customer: string
  record: string
  at: string
  groupTag: string
}

/**
 * A record's device as its LedgerDevice, built in one literal: Object.assign of the four fields
 * onto a parsed device gave each of 150,000 devices a property array besides (some 31 MB). The
 * fields come in the schema's order, `requestId` only where the record has one. `shared` gives
 * the strings many devices repeat (a manufacturer, a model) one copy: parsed, each device has its
 * own.
 */
export function ledgerDevice(
  device: RecordDevice,
  origin: DeviceOrigin,
  shared: (value: string) => string = same,
): LedgerDevice {
  const { customer, record, at } = origin
  const groupTag = device.groupTag ?? origin.groupTag
  const manufacturer = shared(device.manufacturer)
  const model = shared(device.model)
  if (device.requestId === undefined) {
    return {
      serialNumber: device.serialNumber,
      manufacturer,
      model,
      productKeyId: device.productKeyId,
      hardwareHashSha256: device.hardwareHashSha256,
      source: device.source,
      status: device.status,
      deviceId: device.deviceId,
      trackingId: device.trackingId,
      errorCode: device.errorCode,
      errorName: device.errorName,
      errorDescription: device.errorDescription,
      transient: device.transient,
      customer,
      record,
      at,
      groupTag,
    }
  }
  return {
    serialNumber: device.serialNumber,
    manufacturer,
    model,
    productKeyId: device.productKeyId,
    hardwareHashSha256: device.hardwareHashSha256,
    source: device.source,
    status: device.status,
    deviceId: device.deviceId,
    trackingId: device.trackingId,
    requestId: device.requestId,
    errorCode: device.errorCode,
    errorName: device.errorName,
    errorDescription: device.errorDescription,
    transient: device.transient,
    customer,
    record,
    at,
    groupTag,
  }
}

function same(value: string): string {
  return value
}

/** One copy of each string it is given. */
export function stringPool(): (value: string) => string {
  const strings = new Map<string, string>()
  return (value) => {
    const known = strings.get(value)
    if (known !== undefined) return known
    strings.set(value, value)
    return value
  }
}
