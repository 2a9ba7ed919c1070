import { errorMessage } from '../findings/error-message.js'
import type { RecordDevice } from '../ledger/record-schema.js'
import type { PartnerCenterClient } from '../partner-center/client.js'
import { PartnerCenterError } from '../partner-center/errors.js'
import { type DeviceOutcome, uploadInChunks, waitForUpload } from '../partner-center/upload.js'
import { type CustomerPlan, isSent } from '../plan/registration-plan.js'
import { readBatch } from './device-batch.js'
import { type PreparedDevice, prepareUploads } from './device-uploads.js'

/** What one run did for one customer: the body of its registration record. */
export interface CustomerRegistration {
  slug: string
  customerId: string
  groupTag: string
  startedAt: string
  finishedAt: string
  trackingIds: string[]
  devices: RecordDevice[]
  /** Devices sent to Partner Center by this run (not found in the batch, not resumed). */
  uploaded: number
  /** What stopped this customer part way; what it did before is still recorded. */
  error?: string
}

export interface RegisterCustomerOptions {
  root: string
  client: PartnerCenterClient
  /** Signed in App+User: only then can a missing batch be created. */
  appUser: boolean
  /** Epoch ms after which uploads still processing are recorded `pending`. */
  deadline: number
  now?: () => number
  sleep?: (ms: number) => Promise<void>
  log: (message: string) => void
  /** Set when the run is cancelled: polling stops and what is unfinished is recorded `pending`. */
  signal?: AbortSignal
  /** Runs the sending part (reading the batch, uploading) when a place among the customers is free. */
  sending?: <T>(work: () => Promise<T>) => Promise<T>
  /**
   * Told once, when this customer's sending is over, how to read where it stands: what it knows,
   * and its uploads still being processed as `pending` with their tracking ids.
   */
  sent?: (standing: () => CustomerRegistration) => void
}

/**
 * Registers one customer's planned devices: resumes the uploads a previous run left pending,
 * skips devices the batch already holds (so a run that died after uploading sends nothing twice),
 * uploads the rest in chunks to the batch named by the group tag, and follows every upload to its
 * per-device result.
 */
export async function registerCustomer(
  plan: CustomerPlan,
  options: RegisterCustomerOptions,
): Promise<CustomerRegistration> {
  const now = options.now ?? Date.now
  const customerId = plan.customerId ?? ''
  const groupTag = plan.groupTag ?? ''
  const result: CustomerRegistration = {
    slug: plan.slug,
    customerId,
    groupTag,
    startedAt: new Date(now()).toISOString(),
    finishedAt: '',
    trackingIds: [],
    devices: [],
    uploaded: 0,
  }
  const todo = plan.devices.filter(isSent)
  // Uploads accepted but not yet followed: recorded `pending` if anything fails before the end.
  const unfollowed = new Map<string, PreparedDevice[]>()
  let told = false
  const sendingOver = () => {
    if (told) return
    told = true
    options.sent?.(() => ({
      ...result,
      finishedAt: new Date(now()).toISOString(),
      trackingIds: [...result.trackingIds],
      devices: [...result.devices, ...pendingOf(unfollowed)],
    }))
  }
  try {
    if (todo.length > 0) {
      const prepared = await prepareUploads(options.root, todo)
      // Looking up earlier uploads is not sending: it holds no place among the customers.
      const fresh = await resumePending(prepared, result, unfollowed, options)
      const sending = options.sending ?? ((work) => work())
      // Only the sending holds a place; waiting for the uploads to be processed does not, so a
      // slow Partner Center job does not hold up the next customer.
      await sending(async () => {
        const inBatch = await skipDevicesInBatch(fresh, result, options)
        if (inBatch.rest.length > 0) {
          if (options.signal?.aborted) throw new Error('interrupted before uploading')
          await upload(inBatch.rest, inBatch.batchExists, result, unfollowed, options)
        }
      })
      sendingOver()
      // Every upload accepted, of this run or deferred from an earlier one, waits in `unfollowed`.
      await followAll(unfollowed, result, options)
    }
  } catch (error) {
    result.error = errorMessage(error)
    result.devices.push(...pendingOf(unfollowed))
    unfollowed.clear()
  }
  result.finishedAt = new Date(now()).toISOString()
  sendingOver()
  return result
}

function pendingOf(unfollowed: ReadonlyMap<string, readonly PreparedDevice[]>): RecordDevice[] {
  return [...unfollowed].flatMap(([trackingId, devices]) =>
    devices.map((device) => recordDevice(device, { status: 'pending', trackingId })),
  )
}

/**
 * Follows every upload of this run. One that cannot be followed (Partner Center keeps failing)
 * stays in `unfollowed`, to be recorded `pending`; the others are recorded as they end.
 */
async function followAll(
  unfollowed: Map<string, PreparedDevice[]>,
  result: CustomerRegistration,
  options: RegisterCustomerOptions,
): Promise<void> {
  const settled = await Promise.allSettled(
    [...unfollowed].map(([trackingId, devices]) =>
      follow(trackingId, devices, result, unfollowed, options, 'wait'),
    ),
  )
  const failure = settled.find((s) => s.status === 'rejected')
  if (failure) throw failure.reason
}

/**
 * Looks once at each upload a previous run recorded as pending: a finished one is recorded, one
 * still processing joins this run's uploads in `unfollowed` (so an upload Partner Center never
 * finishes does not hold up the new ones), one Partner Center no longer knows is sent again.
 * Returns the devices still to upload.
 */
async function resumePending(
  devices: PreparedDevice[],
  result: CustomerRegistration,
  unfollowed: Map<string, PreparedDevice[]>,
  options: RegisterCustomerOptions,
): Promise<PreparedDevice[]> {
  const byTracking = new Map<string, PreparedDevice[]>()
  const rest: PreparedDevice[] = []
  for (const device of devices) {
    const state = device.planned.ledger
    if (state?.status === 'pending' && state.trackingId) {
      byTracking.set(state.trackingId, [...(byTracking.get(state.trackingId) ?? []), device])
    } else rest.push(device)
  }
  for (const [trackingId, group] of byTracking) {
    options.log(`${result.slug}: resuming upload ${trackingId} (${group.length} device(s))`)
    try {
      rest.push(...(await follow(trackingId, group, result, unfollowed, options, 'look')))
    } catch (error) {
      // Partner Center no longer knows the upload: it is sent again (the batch check comes first).
      if (error instanceof PartnerCenterError && error.details.status === 404) rest.push(...group)
      else throw error
    }
  }
  return rest
}

/** Devices the batch already holds are recorded as such and not uploaded again. */
async function skipDevicesInBatch(
  devices: PreparedDevice[],
  result: CustomerRegistration,
  options: RegisterCustomerOptions,
): Promise<{ rest: PreparedDevice[]; batchExists: boolean }> {
  if (devices.length === 0) return { rest: devices, batchExists: false }
  const batch = await readBatch(options.client, result.customerId, result.groupTag)
  if (!batch.exists) return { rest: devices, batchExists: false }
  const rest: PreparedDevice[] = []
  for (const device of devices) {
    // A row with the hash alone is listed by the serial and product key inside its hash.
    const deviceId = batch.deviceIdOf({
      serialNumber: device.upload.serialNumber ?? device.planned.serialNumber,
      productKey: device.upload.productKey ?? device.planned.productKeyId,
    })
    if (deviceId)
      result.devices.push(recordDevice(device, { status: 'already-registered', deviceId }))
    else rest.push(device)
  }
  if (rest.length < devices.length)
    options.log(
      `${result.slug}: ${devices.length - rest.length} device(s) already in batch ${result.groupTag}: not uploaded again`,
    )
  return { rest, batchExists: true }
}

/**
 * Uploads in chunks. A device sent with its hash alone comes back without serial or product key,
 * and Partner Center promises no order of results: each such device goes in an upload of its own,
 * so that its result is certainly its own.
 */
async function upload(
  devices: PreparedDevice[],
  batchExists: boolean,
  result: CustomerRegistration,
  unfollowed: Map<string, PreparedDevice[]>,
  options: RegisterCustomerOptions,
): Promise<void> {
  const named = devices.filter((d) => d.upload.serialNumber || d.upload.productKey)
  const unnamed = devices.filter((d) => !d.upload.serialNumber && !d.upload.productKey)
  let exists = batchExists
  for (const group of [named, ...unnamed.map((d) => [d])]) {
    if (group.length === 0) continue
    await uploadInChunks(options.client, {
      customerId: result.customerId,
      batchId: result.groupTag,
      batchExists: exists,
      appUser: options.appUser,
      devices: group.map((d) => d.upload),
      ...(options.signal ? { signal: options.signal } : {}),
      onChunk(trackingId, start, end) {
        unfollowed.set(trackingId, group.slice(start, end))
        result.trackingIds.push(trackingId)
        result.uploaded += end - start
        options.log(`${result.slug}: uploaded ${end - start} device(s), tracking id ${trackingId}`)
      },
    })
    exists = true
  }
}

/**
 * Follows one upload and records each device's outcome. `look`: one look, for an upload of an
 * earlier run; still processing, it joins `unfollowed`, and the devices the finished upload says
 * nothing about are returned, to be sent again. `wait`: until the deadline; still processing, its
 * devices are `pending`, and those it says nothing about fail as `NoResult`.
 */
async function follow(
  trackingId: string,
  devices: PreparedDevice[],
  result: CustomerRegistration,
  unfollowed: Map<string, PreparedDevice[]>,
  options: RegisterCustomerOptions,
  mode: 'look' | 'wait',
): Promise<PreparedDevice[]> {
  const now = options.now ?? Date.now
  const done = await waitForUpload(options.client, result.customerId, trackingId, {
    timeoutMs: mode === 'look' ? 0 : Math.max(0, options.deadline - now()),
    now,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
  })
  // From here on nothing waits: an upload leaves `unfollowed` in the same step as its devices are
  // recorded, so where a customer stands, read at any moment, never holds a device twice.
  unfollowed.delete(trackingId)
  if (!result.trackingIds.includes(trackingId)) result.trackingIds.push(trackingId)
  if (!done.finished && mode === 'look') {
    unfollowed.set(trackingId, devices)
    return []
  }
  if (!done.finished) {
    options.log(`${result.slug}: upload ${trackingId} still processing: recorded as pending`)
    for (const device of devices)
      result.devices.push(recordDevice(device, { status: 'pending', trackingId }))
    return []
  }
  let left: PreparedDevice[] = []
  const outcomes = [...done.outcomes]
  for (const device of devices) {
    const at = outcomes.findIndex((o) => sameDevice(o, device))
    const outcome = at === -1 ? undefined : outcomes.splice(at, 1)[0]
    if (outcome) result.devices.push(recordDevice(device, { ...outcome, trackingId }))
    else left.push(device)
  }
  // A device sent with its hash alone (in an upload of its own) is reported without serial or
  // product key: a single unnamed result is certainly the single unnamed device.
  const unnamed = outcomes.filter((o) => !o.serialNumber && !o.productKey)
  const [only] = left
  if (only && left.length === 1 && unnamed.length === 1) {
    result.devices.push(recordDevice(only, { ...(unnamed[0] as DeviceOutcome), trackingId }))
    left = []
  }
  if (mode === 'look') return left
  // A finished upload that does not mention a device: say so rather than guess.
  for (const device of left) {
    result.devices.push(
      recordDevice(device, {
        status: 'failed',
        trackingId,
        errorName: 'NoResult',
        errorDescription:
          'Partner Center finished the upload without a result for this device; the next run looks for it in the batch and uploads it again if it is missing.',
        transient: true,
      }),
    )
  }
  return []
}

/**
 * Partner Center reports each device by the serial number and product key it was sent with; the
 * serial's case is not relied on, as in the batch's device list.
 */
function sameDevice(outcome: DeviceOutcome, device: PreparedDevice): boolean {
  const serial = device.upload.serialNumber ?? device.planned.serialNumber
  if (outcome.serialNumber && serial)
    return outcome.serialNumber.toLowerCase() === serial.toLowerCase()
  const key = device.upload.productKey ?? device.planned.productKeyId
  return Boolean(outcome.productKey && key && outcome.productKey === key)
}

function recordDevice(
  device: PreparedDevice,
  outcome: Pick<RecordDevice, 'status'> &
    Partial<
      Pick<
        RecordDevice,
        'deviceId' | 'trackingId' | 'errorCode' | 'errorName' | 'errorDescription' | 'transient'
      >
    >,
): RecordDevice {
  const { planned } = device
  return {
    serialNumber: planned.serialNumber,
    manufacturer: planned.manufacturer,
    model: planned.model,
    productKeyId: planned.productKeyId,
    hardwareHashSha256: device.hardwareHashSha256,
    source: planned.source,
    status: outcome.status,
    deviceId: outcome.deviceId ?? null,
    trackingId: outcome.trackingId ?? null,
    errorCode: outcome.errorCode ?? null,
    errorName: outcome.errorName ?? null,
    errorDescription: outcome.errorDescription ?? null,
    transient: outcome.transient ?? null,
  }
}
