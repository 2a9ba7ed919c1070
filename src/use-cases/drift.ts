import { errorAsText } from '../findings/text-list.js'
import type { Text } from '../messages/text.js'
import { text } from '../messages/text-of.js'
import type { PartnerCenterClient } from '../partner-center/client.js'
import {
  compareDrift,
  DRIFT_KINDS,
  type DriftDevice,
  type DriftKind,
  type ListedDevice,
} from '../register/compare-drift.js'
import type { ConnectPartnerCenter, RepositoryReader } from './ports.js'

export interface CustomerDrift {
  slug: string
  customerId: string
  devices: DriftDevice[]
  counts: Record<DriftKind, number>
  /** Why the customer could not be compared (Partner Center refused, unreadable records). */
  problem?: Text
}

/** Where Partner Center and the records disagree, per customer. */
export interface DriftReport {
  schemaVersion: 1
  customers: CustomerDrift[]
  counts: Record<DriftKind, number>
  /** Any device drifted, or a customer could not be compared. */
  drift: boolean
}

/**
 * The drift check: for each customer, every batch Partner Center has and every device in it
 * (100 a call), against the latest state of the records. Read-only and app-only.
 */
export async function detectDrift(input: {
  repository: RepositoryReader
  partnerCenter: ConnectPartnerCenter
}): Promise<DriftReport> {
  const inspection = await input.repository.inspect()
  const { client } = input.partnerCenter()
  await client.signIn()
  const customers: CustomerDrift[] = []
  for (const inspected of inspection.customers) {
    const customerId = inspected.customer?.customerId
    const slug = inspected.folder.slug
    if (!customerId) continue
    const ledger = inspection.ledger.customers.get(slug)
    if (inspection.ledger.unreadable.has(slug)) {
      customers.push(uncompared(slug, customerId, text('repo.drift.recordsUnreadable')))
      continue
    }
    try {
      const listed = await listEverything(client, customerId)
      const devices = compareDrift(ledger?.devices ?? [], listed)
      customers.push({ slug, customerId, devices, counts: countKinds(devices) })
    } catch (error) {
      customers.push(uncompared(slug, customerId, errorAsText(error)))
    }
  }
  const counts = countKinds(customers.flatMap((c) => c.devices))
  const drift = customers.some((c) => c.devices.length > 0 || c.problem !== undefined)
  return { schemaVersion: 1, customers, counts, drift }
}

/** Every device of every batch of the customer, each with the batch it is in. */
async function listEverything(
  client: PartnerCenterClient,
  customerId: string,
): Promise<ListedDevice[]> {
  const listed: ListedDevice[] = []
  for (const batch of await client.listDeviceBatches(customerId)) {
    // An empty batch costs no call: the batch list gives its size.
    if (batch.devicesCount === 0) continue
    for (const device of await client.listBatchDevices(customerId, batch.id))
      listed.push({ ...device, batch: batch.id })
  }
  return listed
}

function countKinds(devices: readonly DriftDevice[]): Record<DriftKind, number> {
  const counts = Object.fromEntries(DRIFT_KINDS.map((k) => [k, 0])) as Record<DriftKind, number>
  for (const device of devices) counts[device.kind] += 1
  return counts
}

function uncompared(slug: string, customerId: string, problem: Text): CustomerDrift {
  return { slug, customerId, devices: [], counts: countKinds([]), problem }
}
