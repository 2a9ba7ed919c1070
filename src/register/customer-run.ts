import type { CustomerProgress } from '../context/run-context.js'
import { errorAsText } from '../findings/text-list.js'
import type { RecordDevice } from '../ledger/record-schema.js'
import { PartnerCenterError } from '../partner-center/errors.js'
import {
  BatchNeedsUserError,
  NothingSentError,
  uploadInChunks,
  waitForUpload,
} from '../partner-center/upload.js'
import { type CustomerPlan, isSent } from '../plan/registration-plan.js'
import type { CustomerRegistration, CustomerRunOptions } from './customer-registration.js'
import { readBatch, splitByBatch } from './device-batch.js'
import { type PreparedDevice, prepareUploads } from './device-uploads.js'
import { earlierUploads, hasRecordIn, uploadGroups } from './earlier-uploads.js'
import { matchOutcomes, noResult, recordDevice } from './record-device.js'
import { leaveOldBatches, markRetags } from './retag.js'

export type { CustomerRegistration, CustomerRunOptions } from './customer-registration.js'

/**
 * One customer's registration, owning its state: resumes the uploads a previous run left pending,
 * skips devices the batch already holds (so a run that died after uploading sends nothing twice),
 * uploads the rest in chunks to the batch named by the group tag, and follows every upload to its
 * per-device result.
 */
export class CustomerRun {
  readonly #plan: CustomerPlan
  readonly #options: CustomerRunOptions
  readonly #done: CustomerRegistration
  /** Uploads accepted and not yet followed: recorded `pending` if anything fails before the end. */
  readonly #waiting = new Map<string, PreparedDevice[]>()
  /** The upload on its way: sent, or about to be, and not yet answered. */
  #sending: { requestId: string; devices: PreparedDevice[] } | undefined
  #sent = 0

  constructor(plan: CustomerPlan, options: CustomerRunOptions) {
    this.#plan = plan
    this.#options = options
    this.#done = {
      slug: plan.slug,
      customerId: plan.customerId ?? '',
      groupTag: plan.groupTag ?? '',
      startedAt: new Date(options.context.now()).toISOString(),
      finishedAt: '',
      trackingIds: [],
      devices: [],
      uploaded: 0,
    }
  }

  get slug(): string {
    return this.#plan.slug
  }

  /** Where the customer stands now: what it knows, and its uploads still processing as `pending`. */
  standing(): CustomerRegistration {
    return {
      ...this.#done,
      finishedAt: new Date(this.#options.context.now()).toISOString(),
      trackingIds: [...this.#done.trackingIds],
      devices: [...this.#done.devices, ...this.#unfinished()],
    }
  }

  progress(): CustomerProgress {
    const recorded = this.#done.devices
    const waiting = [...this.#waiting.values()].reduce((n, group) => n + group.length, 0)
    const pendingRecorded = recorded.filter((d) => d.status === 'pending').length
    return {
      slug: this.#done.slug,
      groupTag: this.#done.groupTag,
      devices: this.#plan.devices.filter(isSent).length,
      sent: this.#sent,
      processed: recorded.length - pendingRecorded,
      pending: waiting + pendingRecorded,
    }
  }

  async run(): Promise<CustomerRegistration> {
    try {
      const todo = this.#plan.devices.filter(isSent)
      if (todo.length > 0) await this.#register(todo)
    } catch (error) {
      this.#done.error = errorAsText(error)
      if (error instanceof BatchNeedsUserError) this.#done.batchMissing = true
      // An upload Partner Center answered with a refusal was not taken; one it never answered may
      // have been: it stays pending under its MS-RequestId, to be sent again under it.
      if (
        (error instanceof PartnerCenterError && (error.details.status ?? 0) >= 400) ||
        error instanceof NothingSentError
      )
        this.#sending = undefined
      this.#done.devices.push(...this.#unfinished())
      this.#waiting.clear()
      this.#sending = undefined
    }
    this.#done.finishedAt = new Date(this.#options.context.now()).toISOString()
    this.#options.changed?.()
    return this.#done
  }

  async #register(todo: CustomerPlan['devices']): Promise<void> {
    const cells = await this.#options.readRows(todo.map((d) => d.source))
    const prepared = prepareUploads(todo, cells)
    const moving = markRetags(prepared, this.#plan.recorded)
    const earlier = earlierUploads(prepared, this.#plan.recorded)
    // The first call may now be an upload, kept in the journal before it goes: sign in first.
    await this.#options.client.signIn()
    // Looking up earlier uploads is not sending: it holds no place among the customers.
    const lost = await this.#resume(earlier.byTracking)
    // Only the sending holds a place, not the waiting: a slow job holds up no other customer.
    await this.#options.sending(async () => {
      // Only a device an earlier run may have sent is looked for in the batch (the others' 806
      // tells): the calls grow with the devices sent, not with the batch.
      const maybeSent = [...lost, ...[...earlier.byRequest.values()].flat()]
      const { rest, batchExists } = await this.#skipDevicesInBatch(maybeSent)
      const sending = [...earlier.fresh, ...rest]
      if (sending.length === 0) return
      if (this.#options.context.signal.aborted) throw new Error('interrupted before uploading')
      await leaveOldBatches(this.#options, this.#done, { moving, batchExists }, this.#plan.recorded)
      await this.#upload(uploadGroups(sending, earlier.byRequest), batchExists)
    })
    // Every upload accepted, of this run or deferred from an earlier one, waits in #waiting.
    const settled = await Promise.allSettled(
      [...this.#waiting].map(([trackingId, devices]) => this.#wait(trackingId, devices)),
    )
    const failure = settled.find((s) => s.status === 'rejected')
    if (failure) throw failure.reason
  }

  /** The uploads not followed to their end, as `pending`: by tracking id, or by MS-RequestId. */
  #unfinished(): RecordDevice[] {
    const sending = this.#sending
    return [
      ...[...this.#waiting].flatMap(([trackingId, devices]) =>
        devices.map((device) => recordDevice(device, { status: 'pending', trackingId })),
      ),
      ...(sending?.devices ?? []).map((device) =>
        recordDevice(device, { status: 'pending', requestId: sending?.requestId ?? '' }),
      ),
    ]
  }

  /**
   * Looks once at each upload a previous run recorded as pending: a finished one is recorded, one
   * still processing joins this run's uploads in #waiting (so an upload Partner Center never
   * finishes does not hold up the new ones), one Partner Center no longer knows is sent again.
   * Returns the devices still to upload.
   */
  async #resume(byTracking: ReadonlyMap<string, PreparedDevice[]>): Promise<PreparedDevice[]> {
    const rest: PreparedDevice[] = []
    for (const [trackingId, group] of byTracking) {
      this.#options.context.log(
        `${this.slug}: resuming upload ${trackingId} (${group.length} device(s))`,
      )
      try {
        rest.push(...(await this.#look(trackingId, group)))
      } catch (error) {
        // Partner Center no longer knows the upload: it is sent again (the batch check comes first).
        if (error instanceof PartnerCenterError && error.details.status === 404) rest.push(...group)
        else throw error
      }
    }
    return rest
  }

  /**
   * Whether the batch exists, and of `devices` (those an earlier run may have sent), the ones it
   * already holds, recorded as such and not uploaded again. Partner Center is asked only what the
   * records cannot say: the batch's device list (100 a call) only for those devices, the list of
   * batches only when neither the records nor a create can tell (an app-only sign-in cannot
   * create). A batch the records name is believed to exist; uploadInChunks handles a wrong guess.
   */
  async #skipDevicesInBatch(
    devices: PreparedDevice[],
  ): Promise<{ rest: PreparedDevice[]; batchExists: boolean }> {
    const { customerId, groupTag } = this.#done
    const onRecord = hasRecordIn(this.#plan.recorded, groupTag)
    if (devices.length === 0 && (onRecord || this.#options.appUser))
      return { rest: devices, batchExists: onRecord }
    const batch = await readBatch(this.#options.client, customerId, groupTag, {
      devices: devices.length > 0,
    })
    const { held, rest } = splitByBatch(batch, devices)
    for (const [device, deviceId] of held)
      this.#done.devices.push(
        recordDevice(device, { status: 'already-registered', deviceId, inBatch: true }),
      )
    if (held.length > 0)
      this.#options.context.log(
        `${this.slug}: ${held.length} device(s) already in batch ${groupTag}: not uploaded again`,
      )
    return { rest, batchExists: batch.exists }
  }

  /**
   * Uploads each group in chunks. Before a chunk goes, what it holds is kept (journal); once it
   * is accepted, its tracking id, before the next one goes: a run killed at any moment leaves the
   * next one either a tracking id to follow or an MS-RequestId to send the same upload under.
   */
  async #upload(
    groups: readonly { devices: PreparedDevice[]; requestId?: string }[],
    batchExists: boolean,
  ): Promise<void> {
    let exists = batchExists
    for (const group of groups) {
      const { devices } = group
      await uploadInChunks(this.#options.client, {
        customerId: this.#done.customerId,
        batchId: this.#done.groupTag,
        batchExists: exists,
        appUser: this.#options.appUser,
        devices: devices.map((d) => d.upload),
        signal: this.#options.context.signal,
        checkBatch: async () => {
          await readBatch(this.#options.client, this.#done.customerId, this.#done.groupTag, {
            devices: false,
          })
        },
        ...(group.requestId ? { requestId: group.requestId } : {}),
        beforeChunk: async (requestId, start, end) => {
          this.#sending = { requestId, devices: devices.slice(start, end) }
          await this.#options.journal?.()
        },
        onChunk: async (trackingId, start, end) => {
          // One step: the upload leaves #sending as it joins #waiting, never in both or neither.
          this.#sending = undefined
          this.#waiting.set(trackingId, devices.slice(start, end))
          this.#done.trackingIds.push(trackingId)
          this.#done.uploaded += end - start
          this.#sent += end - start
          this.#options.context.log(
            `${this.slug}: uploaded ${end - start} device(s), tracking id ${trackingId}`,
          )
          this.#options.changed?.()
          await this.#options.journal?.()
        },
      })
      exists = true
    }
  }

  /**
   * One look at an upload of an earlier run: still processing, it joins #waiting; finished, its
   * devices are recorded, and those it says nothing about are returned, to be sent again.
   */
  async #look(trackingId: string, devices: PreparedDevice[]): Promise<PreparedDevice[]> {
    const done = await this.#poll(trackingId, 0)
    this.#sent += devices.length
    if (!this.#done.trackingIds.includes(trackingId)) this.#done.trackingIds.push(trackingId)
    if (!done.finished) {
      this.#waiting.set(trackingId, devices)
      return []
    }
    const { recorded, left } = matchOutcomes(devices, done.outcomes, trackingId)
    this.#done.devices.push(...recorded)
    return left
  }

  /**
   * Follows an upload until the deadline: still processing, its devices are `pending`; finished,
   * each is recorded, and those it says nothing about fail as `NoResult` rather than be guessed.
   */
  async #wait(trackingId: string, devices: PreparedDevice[]): Promise<void> {
    const done = await this.#poll(
      trackingId,
      Math.max(0, this.#options.deadline - this.#options.context.now()),
    )
    // From here on nothing waits: an upload leaves #waiting in the same step as its devices are
    // recorded, so where a customer stands, read at any moment, never holds a device twice.
    this.#waiting.delete(trackingId)
    if (!done.finished) {
      this.#options.context.log(
        `${this.slug}: upload ${trackingId} still processing: recorded as pending`,
      )
      for (const device of devices)
        this.#done.devices.push(recordDevice(device, { status: 'pending', trackingId }))
      return
    }
    const { recorded, left } = matchOutcomes(devices, done.outcomes, trackingId)
    this.#done.devices.push(...recorded, ...left.map((d) => noResult(d, trackingId)))
    this.#options.changed?.()
  }

  #poll(trackingId: string, timeoutMs: number) {
    const { context } = this.#options
    return waitForUpload(this.#options.client, this.#done.customerId, trackingId, {
      timeoutMs,
      now: context.now,
      signal: context.signal,
      sleep: async (ms) => {
        await context.sleep(ms)
        // Each pause between polls is a moment to say how long the run has waited.
        this.#options.changed?.()
      },
    })
  }
}
