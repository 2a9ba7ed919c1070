import type { RecordDevice } from './record-schema.js'

/**
 * The latest known state of one device, from the newest record that names it. One folded from a
 * record reads where it comes from and its upload's outcome through getters (see FoldedDevice):
 * read its fields; a spread or JSON.stringify of it would leave them out.
 */
export interface LedgerDevice extends RecordDevice {
  readonly customer: string
  /** The record it comes from, relative to the repository root. */
  readonly record: string
  readonly at: string
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

/** What a record says a device's upload came to. */
export type Outcome = Pick<
  RecordDevice,
  'trackingId' | 'requestId' | 'errorCode' | 'errorName' | 'errorDescription' | 'transient'
>

/** The outcome of most registered devices: none at all, one object for all of them. */
const NO_OUTCOME: Outcome = Object.freeze({
  trackingId: null,
  errorCode: null,
  errorName: null,
  errorDescription: null,
  transient: null,
})

/**
 * A LedgerDevice folded from a record. What each device has of its own are its fields; where it
 * comes from (the record's customer, file and time, the same for all of a record's devices) and
 * what its upload came to (nothing, for most registered devices) are one shared object each, read
 * through getters: 17 fields of its own were 160 bytes a device, these 11 are 112 (a record of
 * 150,000 devices: 7 MB at the peaks of a plan). Being a class, it has one shape for every device.
 */
class FoldedDevice implements LedgerDevice {
  serialNumber: string
  manufacturer: string
  model: string
  productKeyId: string
  hardwareHashSha256: string
  source: string
  status: RecordDevice['status']
  deviceId: string | null
  groupTag: string
  readonly #origin: DeviceOrigin
  #outcome: Outcome

  constructor(
    device: RecordDevice,
    origin: DeviceOrigin,
    shared: StringPool,
    outcomes: OutcomePool,
  ) {
    this.serialNumber = device.serialNumber
    this.manufacturer = shared(device.manufacturer)
    this.model = shared(device.model)
    this.productKeyId = device.productKeyId
    this.hardwareHashSha256 = device.hardwareHashSha256
    this.source = device.source
    this.status = shared(device.status)
    this.deviceId = device.deviceId
    this.groupTag = device.groupTag ?? origin.groupTag
    this.#origin = origin
    this.#outcome = outcomeOf(device, shared, outcomes)
  }

  get customer(): string {
    return this.#origin.customer
  }
  get record(): string {
    return this.#origin.record
  }
  get at(): string {
    return this.#origin.at
  }
  // The outcome's fields can be set, as a RecordDevice's can: the device gets an outcome of its own.
  get trackingId(): string | null {
    return this.#outcome.trackingId
  }
  set trackingId(trackingId: string | null) {
    this.#change({ trackingId })
  }
  get requestId(): string | undefined {
    return this.#outcome.requestId
  }
  set requestId(requestId: string | undefined) {
    this.#change({ requestId })
  }
  get errorCode(): string | null {
    return this.#outcome.errorCode
  }
  set errorCode(errorCode: string | null) {
    this.#change({ errorCode })
  }
  get errorName(): string | null {
    return this.#outcome.errorName
  }
  set errorName(errorName: string | null) {
    this.#change({ errorName })
  }
  get errorDescription(): string | null {
    return this.#outcome.errorDescription
  }
  set errorDescription(errorDescription: string | null) {
    this.#change({ errorDescription })
  }
  get transient(): boolean | null {
    return this.#outcome.transient
  }
  set transient(transient: boolean | null) {
    this.#change({ transient })
  }

  /** An outcome of its own, the shared one left as it is. `requestId` is absent, not undefined. */
  #change(patch: Partial<Outcome>): void {
    const outcome = { ...this.#outcome, ...patch }
    if (outcome.requestId === undefined) delete outcome.requestId
    this.#outcome = outcome
  }
}

function outcomeOf(device: RecordDevice, shared: StringPool, outcomes: OutcomePool): Outcome {
  const { trackingId, requestId, errorCode, errorName, errorDescription, transient } = device
  const none = trackingId === null && errorCode === null && errorName === null
  if (none && errorDescription === null && transient === null && requestId === undefined)
    return NO_OUTCOME
  return outcomes({
    trackingId: sharedOrNull(trackingId, shared),
    ...(requestId === undefined ? {} : { requestId }),
    errorCode: sharedOrNull(errorCode, shared),
    errorName: sharedOrNull(errorName, shared),
    errorDescription: sharedOrNull(errorDescription, shared),
    transient,
  })
}

/**
 * Gives back the one copy it keeps of each outcome it is given: the devices of one upload, still
 * pending or failed alike, have one outcome (an object each, a record of 150,000 pending devices
 * would weigh more than the fields it saves).
 */
export type OutcomePool = (outcome: Outcome) => Outcome

/** One copy of each outcome it is given, by its fields' values. */
export function outcomePool(): OutcomePool {
  return poolBy((outcome: Outcome) => {
    const { trackingId, requestId, errorCode, errorName, errorDescription, transient } = outcome
    return JSON.stringify([
      trackingId,
      requestId ?? null,
      errorCode,
      errorName,
      errorDescription,
      transient,
    ])
  })
}

/**
 * A record's device as its LedgerDevice (see FoldedDevice). `shared` gives the strings many
 * devices repeat (a manufacturer, a model, a status, an upload's tracking id, an error) one copy:
 * parsed, each device has its own (150,000 statuses: 5 MB); `outcomes` does the same for their
 * outcomes. `origin` is to be one object for all of a record's devices.
 */
export function ledgerDevice(
  device: RecordDevice,
  origin: DeviceOrigin,
  shared: StringPool = same,
  outcomes: OutcomePool = same,
): LedgerDevice {
  return new FoldedDevice(device, origin, shared, outcomes)
}

function same<T>(value: T): T {
  return value
}

function sharedOrNull(value: string | null, shared: StringPool): string | null {
  return value === null ? null : shared(value)
}

/** Gives back the one copy it keeps of each string it is given. */
export type StringPool = <T extends string>(value: T) => T

/** One copy of each string it is given. */
export function stringPool(): StringPool {
  return poolBy((value: string) => value) as StringPool
}

/** Gives back the first value it was given of each key that `keyOf` tells. */
function poolBy<T>(keyOf: (value: T) => string): (value: T) => T {
  const known = new Map<string, T>()
  return (value) => {
    const key = keyOf(value)
    const found = known.get(key)
    if (found !== undefined) return found
    known.set(key, value)
    return value
  }
}
