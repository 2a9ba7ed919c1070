import { redactShapes } from '../findings/redact.js'
import type { RecordDevice } from '../ledger/record-schema.js'
import { english } from '../messages/catalogue.js'
import { text } from '../messages/text-of.js'
import type { DeviceOutcome } from '../partner-center/upload.js'
import type { PreparedDevice } from './device-uploads.js'

type Outcome = Pick<RecordDevice, 'status'> & {
  /** Found in this very batch (its list), not answered 806, which names no batch. */
  inBatch?: boolean
} & Partial<
    Pick<
      RecordDevice,
      | 'deviceId'
      | 'trackingId'
      | 'requestId'
      | 'errorCode'
      | 'errorName'
      | 'errorDescription'
      | 'transient'
    >
  >

/** The most of Partner Center's words a record keeps of a code, a name or a description. */
export const MOST_ERROR_TEXT = 300

/**
 * What Partner Center said about a device, as a record (committed, for ever) keeps it: bounded,
 * and without anything shaped like a credential. The client has already replaced the run's own
 * secrets and tokens (PartnerCenterClient's `redact`); this holds for any outcome given here.
 */
export function recordedText(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null
  const clean = redactShapes(text)
  return clean.length <= MOST_ERROR_TEXT ? clean : `${clean.slice(0, MOST_ERROR_TEXT - 1)}…`
}

/**
 * A device as its registration record keeps it. A device moving between batches keeps the tag it
 * left, and once it is in its new batch (registered there, or found there) it is `retagged`.
 */
export function recordDevice(device: PreparedDevice, outcome: Outcome): RecordDevice {
  const { planned, previousGroupTag } = device
  if (previousGroupTag !== undefined && outcome.status === 'already-registered' && !outcome.inBatch)
    return movedElsewhere(device, outcome)
  const arrived = outcome.status === 'registered' || outcome.status === 'already-registered'
  const status = previousGroupTag !== undefined && arrived ? 'retagged' : outcome.status
  return {
    serialNumber: planned.serialNumber,
    manufacturer: planned.manufacturer,
    model: planned.model,
    productKeyId: planned.productKeyId,
    hardwareHashSha256: device.hardwareHashSha256,
    source: planned.source,
    status,
    deviceId: outcome.deviceId ?? null,
    trackingId: outcome.trackingId ?? null,
    errorCode: recordedText(outcome.errorCode),
    errorName: recordedText(outcome.errorName),
    errorDescription: recordedText(outcome.errorDescription),
    transient: outcome.transient ?? null,
    ...(outcome.requestId ? { requestId: outcome.requestId } : {}),
    ...(previousGroupTag !== undefined ? { previousGroupTag } : {}),
  }
}

/**
 * A moving device answered 806: registered in the tenant, but in neither its old batch (it was
 * not found there to delete) nor its new one. Not arrived: failed, for a person to look at (the
 * drift check names the batch it is in).
 */
function movedElsewhere(device: PreparedDevice, outcome: Outcome): RecordDevice {
  return recordDevice(device, {
    ...outcome,
    status: 'failed',
    errorCode: outcome.errorCode || '806',
    errorName: outcome.errorName || 'ZtdDeviceAlreadyAssigned',
    // A record's words are English, for every reader.
    errorDescription: english(text('repo.result.movedElsewhere', { tag: device.previousGroupTag })),
    transient: false,
  })
}

/**
 * Partner Center reports each device by the serial number and product key it was sent with; the
 * serial's case is not relied on, as in the batch's device list.
 */
export function sameDevice(outcome: DeviceOutcome, device: PreparedDevice): boolean {
  const serial = device.upload.serialNumber ?? device.planned.serialNumber
  if (outcome.serialNumber && serial)
    return outcome.serialNumber.toLowerCase() === serial.toLowerCase()
  const key = device.upload.productKey ?? device.planned.productKeyId
  return Boolean(outcome.productKey && key && outcome.productKey === key)
}

/**
 * Matches a finished upload's results to the devices sent: returns the records of those it names
 * and the devices it says nothing about. A device sent with its hash alone (in an upload of its
 * own) is reported without serial or product key: a single unnamed result is certainly the single
 * unnamed device.
 */
export function matchOutcomes(
  devices: readonly PreparedDevice[],
  outcomes: readonly DeviceOutcome[],
  trackingId: string,
): { recorded: RecordDevice[]; left: PreparedDevice[] } {
  const recorded: RecordDevice[] = []
  const left: PreparedDevice[] = []
  const rest = [...outcomes]
  for (const device of devices) {
    const at = rest.findIndex((o) => sameDevice(o, device))
    const outcome = at === -1 ? undefined : rest.splice(at, 1)[0]
    if (outcome) recorded.push(recordDevice(device, { ...outcome, trackingId }))
    else left.push(device)
  }
  const unnamed = rest.filter((o) => !o.serialNumber && !o.productKey)
  const [only] = left
  const [result] = unnamed
  if (only && result && left.length === 1 && unnamed.length === 1) {
    recorded.push(recordDevice(only, { ...result, trackingId }))
    return { recorded, left: [] }
  }
  return { recorded, left }
}

/** A device a finished upload says nothing about: say so rather than guess. */
export function noResult(device: PreparedDevice, trackingId: string): RecordDevice {
  return recordDevice(device, {
    status: 'failed',
    trackingId,
    errorName: 'NoResult',
    errorDescription: english(text('repo.result.noResult')),
    transient: true,
  })
}
