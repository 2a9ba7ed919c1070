import type { LedgerDevice } from '../ledger/fold-ledger.js'
import type { PartnerCenterClient } from '../partner-center/client.js'
import { BatchNeedsUserError } from '../partner-center/upload.js'
import type { PlannedDevice } from '../plan/registration-plan.js'
import { deleteFromBatch, idsInBatch } from './device-batch.js'
import type { PreparedDevice } from './device-uploads.js'

/** Each device the plan moves to this batch learns the group tag it leaves (its recorded one). */
export function markRetags(
  devices: readonly PreparedDevice[],
  recorded: ReadonlyMap<PlannedDevice, LedgerDevice>,
): PreparedDevice[] {
  const moving: PreparedDevice[] = []
  for (const device of devices) {
    if (device.planned.action !== 'retag') continue
    device.previousGroupTag = recorded.get(device.planned)?.groupTag
    if (device.previousGroupTag !== undefined) moving.push(device)
  }
  return moving
}

/**
 * Deletes each moving device from the batch of its old tag, before it is uploaded to the new
 * one: Partner Center keeps a device in one batch of a tenant and refuses it in another (806).
 * A device the old batch no longer holds (deleted by a run that stopped before it could record
 * it, or outside) is moved all the same: a delete answered 404 is done. The device id is the
 * records'; without one, the old batch's list names it.
 */
export async function leaveOldBatches(
  options: {
    client: PartnerCenterClient
    appUser: boolean
    context: { log: (message: string) => void }
  },
  customer: { slug: string; customerId: string; groupTag: string },
  move: { moving: readonly PreparedDevice[]; batchExists: boolean },
  recorded: ReadonlyMap<PlannedDevice, LedgerDevice>,
): Promise<void> {
  const { moving } = move
  // Never a delete while the new batch cannot be made (app-only): the device would be left in none.
  if (moving.length > 0 && !move.batchExists && !options.appUser)
    throw new BatchNeedsUserError(customer.groupTag)
  const { client } = options
  const { customerId } = customer
  const log = (message: string) => options.context.log(`${customer.slug}: ${message}`)
  const unknownIds = moving.filter((d) => !recorded.get(d.planned)?.deviceId)
  const listedIds = await idsInOldBatches(client, customerId, unknownIds)
  for (const device of moving) {
    const from = device.previousGroupTag ?? ''
    const id = recorded.get(device.planned)?.deviceId ?? listedIds.get(device)
    const label = device.planned.serialNumber || device.planned.productKeyId
    if (!id) {
      log(`${label}: not in batch ${from} any more: nothing to delete before the move`)
      continue
    }
    const deleted = await deleteFromBatch(client, customerId, from, id)
    log(
      deleted
        ? `${label}: deleted from batch ${from}, to be added to its new batch`
        : `${label}: batch ${from} no longer holds it: nothing to delete before the move`,
    )
  }
}

/** The ids of devices the records hold none for, from their old batches' lists. */
async function idsInOldBatches(
  client: PartnerCenterClient,
  customerId: string,
  devices: readonly PreparedDevice[],
): Promise<Map<PreparedDevice, string>> {
  const ids = new Map<PreparedDevice, string>()
  for (const tag of new Set(devices.map((d) => d.previousGroupTag ?? ''))) {
    const leaving = devices.filter((d) => d.previousGroupTag === tag)
    const found = await idsInBatch(
      client,
      customerId,
      tag,
      leaving.map((d) => d.planned),
    )
    for (const device of leaving) {
      const id = found.get(device.planned)
      if (id) ids.set(device, id)
    }
  }
  return ids
}
