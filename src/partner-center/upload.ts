import { randomUUID } from 'node:crypto'
import { setTimeout as delay } from 'node:timers/promises'
import { errorMessage } from '../findings/error-message.js'
import { english } from '../messages/catalogue.js'
import type { Text } from '../messages/text.js'
import { text } from '../messages/text-of.js'
import { type ChunkRange, chunkRanges, halves } from './chunks.js'
import type { DeviceUpload, PartnerCenterClient } from './client.js'
import { explainDeviceError } from './error-codes.js'
import { PartnerCenterError } from './errors.js'
import type { BatchUploadDetails, DeviceUploadDetails } from './schemas.js'

/** What became of one uploaded device. */
export interface DeviceOutcome {
  status: 'registered' | 'already-registered' | 'failed' | 'pending'
  serialNumber: string | null
  productKey: string | null
  deviceId: string | null
  errorCode: string | null
  errorName: string | null
  errorDescription: string | null
  transient: boolean | null
}

/**
 * Uploads devices in chunks of at most the client's chunk size and MAX_BODY_BYTES of JSON: the
 * first chunk creates the batch when it does not exist yet, the others add to it. A chunk refused
 * as too large (413) is sent again in two halves. Returns one tracking id per chunk accepted.
 */
export async function uploadInChunks(
  client: PartnerCenterClient,
  options: {
    customerId: string
    batchId: string
    batchExists: boolean
    /** Signed in App+User: Partner Center documents creating a batch as App+User only. */
    appUser: boolean
    devices: readonly DeviceUpload[]
    /**
     * Called before each chunk is sent, with the MS-RequestId it carries, and awaited: what is about
     * to be sent is kept first, so that a run killed before Partner Center answers can send the
     * same upload again under the same idempotency key instead of a new one.
     */
    beforeChunk?: (requestId: string, start: number, end: number) => Promise<void>
    /** The MS-RequestId of the first chunk: an upload of an earlier run, sent again. */
    requestId?: string
    /** Called as each chunk is accepted, so a failure in a later chunk loses no tracking id. */
    onChunk?: (trackingId: string, start: number, end: number) => void | Promise<void>
    /** A cancelled run sends no further chunk. */
    signal?: AbortSignal
    /**
     * Called when Partner Center says a batch believed new exists: throws unless its name is the
     * group tag exactly (Partner Center compares batch names without regard to case).
     */
    checkBatch?: () => Promise<void>
  },
): Promise<string[]> {
  if (!options.batchExists && !options.appUser && options.devices.length > 0) {
    throw new BatchNeedsUserError(options.batchId)
  }
  const trackingIds: string[] = []
  let exists = options.batchExists
  const queue = chunkRanges(options.devices, client.chunkSize)
  let resumed = options.requestId
  for (let range = queue.shift(); range; range = queue.shift()) {
    if (options.signal?.aborted)
      throw new Error('interrupted: the remaining devices were not uploaded')
    const requestId = resumed ?? randomUUID()
    resumed = undefined
    const sent = await sendChunk(client, options, { exists, range, requestId }).catch(
      (error: unknown) => {
        // Too large for Partner Center, or a front end before it: the two halves, one by one.
        const split = tooLarge(error) ? halves(range) : undefined
        if (!split) throw error
        queue.unshift(...split)
        return undefined
      },
    )
    if (sent === undefined) continue
    trackingIds.push(sent)
    await options.onChunk?.(sent, range.start, range.end)
    exists = true
  }
  return trackingIds
}

type ChunkOptions = Parameters<typeof uploadInChunks>[1]

/** Sends one chunk, kept first (beforeChunk); the other call when the batch is not as believed. */
async function sendChunk(
  client: PartnerCenterClient,
  options: ChunkOptions,
  chunk: { exists: boolean; range: ChunkRange; requestId: string },
): Promise<string> {
  const { start, end } = chunk.range
  const devices = options.devices.slice(start, end)
  const send = async (create: boolean, requestId: string) => {
    await options.beforeChunk?.(requestId, start, end)
    return create
      ? client.createDeviceBatch(options.customerId, options.batchId, devices, requestId)
      : client.addDevices(options.customerId, options.batchId, devices, requestId)
  }
  return send(!chunk.exists, chunk.requestId).catch(async (error: unknown) => {
    const other = otherWay(error, chunk.exists, options)
    if (!other) throw error
    // Partner Center refused the first call: nothing of this chunk was taken.
    await other.before?.().catch((reason: unknown) => {
      throw new NothingSentError(errorMessage(reason))
    })
    return send(other.create, randomUUID())
  })
}

function tooLarge(error: unknown): boolean {
  return error instanceof PartnerCenterError && error.details.status === 413
}

/**
 * When the batch is not as believed, the other call: a batch the records know but Partner Center
 * no longer has (404 on adding) is created, with App+User; a batch believed new that exists
 * (409 on creating: made by hand, or by a create whose answer was lost) is added to, once
 * `checkBatch` has seen that its name is the group tag exactly.
 */
function otherWay(
  error: unknown,
  exists: boolean,
  options: { appUser: boolean; batchId: string; checkBatch?: () => Promise<void> },
): { create: boolean; before?: () => Promise<void> } | undefined {
  if (!(error instanceof PartnerCenterError)) return undefined
  const status = error.details.status
  if (exists && status === 404) {
    if (!options.appUser) throw new BatchNeedsUserError(options.batchId)
    return { create: true }
  }
  if (!exists && status === 409) {
    return { create: false, ...(options.checkBatch ? { before: options.checkBatch } : {}) }
  }
  return undefined
}

/** A chunk that was not sent after all: Partner Center refused it, and the run stops there. */
export class NothingSentError extends Error {
  override readonly name: string = 'NothingSentError'
}

/** The batch does not exist yet and only app-only credentials are configured. */
export class BatchNeedsUserError extends NothingSentError {
  override readonly name = 'BatchNeedsUserError'
  /** The words for the partner (see findings/error-words.ts); `message` holds them in English. */
  readonly text: Text
  constructor(batchId: string) {
    const words = text('error.batch.needsUser', { batchId })
    super(english(words))
    this.text = words
  }
}

export interface WaitOptions {
  timeoutMs: number
  now?: () => number
  sleep?: (ms: number) => Promise<void>
  /** First pause between polls; it grows by half each time up to maxIntervalMs. */
  intervalMs?: number
  maxIntervalMs?: number
  /** Stops the polling (a cancelled run): the devices are then `pending`. */
  signal?: AbortSignal
}

/**
 * Polls an upload until it is finished, then returns one outcome per device. The batch status is
 * not trusted alone: `finished` can carry a failed device, so each device's own status decides.
 * After the timeout the devices are `pending`, to be resumed by the next run.
 */
export async function waitForUpload(
  client: PartnerCenterClient,
  customerId: string,
  trackingId: string,
  options: WaitOptions,
): Promise<{ finished: boolean; polls: number; outcomes: DeviceOutcome[] }> {
  const now = options.now ?? Date.now
  const sleep =
    options.sleep ??
    ((ms: number) =>
      delay(ms, undefined, options.signal ? { signal: options.signal } : {}).catch(() => {}))
  const deadline = now() + options.timeoutMs
  let interval = options.intervalMs ?? 2000
  let polls = 0
  let details: BatchUploadDetails | undefined
  for (;;) {
    details = await client.getUploadStatus(customerId, trackingId)
    polls += 1
    if (details.status === 'finished' || details.status === 'finished_with_errors') {
      return { finished: true, polls, outcomes: details.devicesStatus.map(outcomeOf) }
    }
    if (options.signal?.aborted || now() + interval > deadline) break
    await sleep(interval)
    if (options.signal?.aborted) break
    interval = Math.min(Math.round(interval * 1.5), options.maxIntervalMs ?? 30_000)
  }
  return {
    finished: false,
    polls,
    outcomes: details.devicesStatus.map((d) => ({ ...outcomeOf(d), status: 'pending' })),
  }
}

/**
 * One device's outcome, decided by its status, as Partner Center means it: `finished` is
 * registered, whatever else the row carries (what a success row holds is undocumented: a
 * description such as "Success", a code of 0); `finished_with_errors` failed, or was already
 * registered (806), by its code. A row still queued or processing is pending, unless it carries
 * an error code already.
 */
export function outcomeOf(device: DeviceUploadDetails): DeviceOutcome {
  const base = {
    serialNumber: device.serialNumber ?? null,
    productKey: device.productKey ?? null,
    deviceId: device.deviceId ?? null,
  }
  const code = device.errorCode && device.errorCode !== '0' ? device.errorCode : null
  const failed =
    device.status === 'finished_with_errors' || (device.status !== 'finished' && code !== null)
  if (!failed) {
    const done = device.status === 'finished'
    return {
      ...base,
      status: done ? 'registered' : 'pending',
      errorCode: null,
      errorName: null,
      errorDescription: null,
      transient: null,
    }
  }
  const meaning = explainDeviceError(code, device.errorDescription)
  return {
    ...base,
    status: meaning.alreadyRegistered ? 'already-registered' : 'failed',
    errorCode: code,
    errorName: meaning.name,
    // Kept in the device's record, whose words are English for every reader.
    errorDescription: english(meaning.explanation),
    transient: meaning.alreadyRegistered ? null : meaning.transient,
  }
}
