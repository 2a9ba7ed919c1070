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
 * the strings many devices repeat (a manufacturer, a model, a status, an upload's tracking id, an
 * error) one copy: parsed, each device has its own (150,000 statuses: 5 MB).
 */
export function ledgerDevice(
  device: RecordDevice,
  origin: DeviceOrigin,
  shared: StringPool = same,
): LedgerDevice {
  const { customer, record, at } = origin
  const groupTag = device.groupTag ?? origin.groupTag
  const manufacturer = shared(device.manufacturer)
  const model = shared(device.model)
  const status = shared(device.status)
  const trackingId = sharedOrNull(device.trackingId, shared)
  const errorCode = sharedOrNull(device.errorCode, shared)
  const errorName = sharedOrNull(device.errorName, shared)
  const errorDescription = sharedOrNull(device.errorDescription, shared)
  if (device.requestId === undefined) {
    return {
      serialNumber: device.serialNumber,
      manufacturer,
      model,
      productKeyId: device.productKeyId,
      hardwareHashSha256: device.hardwareHashSha256,
      source: device.source,
      status,
      deviceId: device.deviceId,
      trackingId,
      errorCode,
      errorName,
      errorDescription,
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
    status,
    deviceId: device.deviceId,
    trackingId,
    requestId: device.requestId,
    errorCode,
    errorName,
    errorDescription,
    transient: device.transient,
    customer,
    record,
    at,
    groupTag,
  }
}

function same<T extends string>(value: T): T {
  return value
}

function sharedOrNull(value: string | null, shared: StringPool): string | null {
  return value === null ? null : shared(value)
}

/** Gives back the one copy it keeps of each string it is given. */
export type StringPool = <T extends string>(value: T) => T

/** One copy of each string it is given. */
export function stringPool(): StringPool {
  const strings = new Map<string, string>()
  return <T extends string>(value: T): T => {
    const known = strings.get(value)
    if (known !== undefined) return known as T
    strings.set(value, value)
    return value
  }
}
