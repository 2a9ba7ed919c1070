import {
  type AdoptedDevice,
  adoptedDeviceFile,
  adoptionRecord,
  isTuple,
} from '../ledger/adoption-files.js'
import { isRegistered } from '../ledger/fold-ledger.js'
import type { PartnerCenterClient } from '../partner-center/client.js'
import { buildPlan } from '../plan/build-plan.js'
import type { CustomerPlan } from '../plan/registration-plan.js'
import { identityKeys } from '../rules/identity.js'
import type { ConnectPartnerCenter, RepositoryReader } from './ports.js'

/** What adopting a customer found in Partner Center, and the files that record it. */
export interface AdoptionResult {
  slug: string
  groupTag: string
  /** Written into the new device file and the record. */
  adopted: number
  /** In a device file of the repository already, not recorded: recorded now, no row written. */
  fromRows: number
  /** Recorded already: left alone. */
  alreadyRecorded: number
  /** Batches other than the customer's group tag: not adopted (one tag a customer for now). */
  otherBatches: { batch: string; devices: number }[]
  /** Devices Partner Center names by neither serial, manufacturer and model nor product key id: no row can say them. */
  unnamed: number
  /** The new files, relative to the repository root; none when there is nothing to adopt. */
  files: { path: string; text: string }[]
}

/**
 * Adopts what Partner Center already has for a customer (read-only, app-only): every device of
 * the batch named by its group tag that the records do not know becomes a row of a new device
 * file (`devices/adopted-<YYYYMMDD>.csv`, Partner Center's format, no hash) and an entry of one
 * adoption record, `registered` with Partner Center's id. Devices already recorded are left alone.
 */
export async function adoptCustomer(input: {
  repository: RepositoryReader
  partnerCenter: ConnectPartnerCenter
  slug: string
  commit: string
  at: Date
  runId: string
}): Promise<AdoptionResult> {
  const inspection = await input.repository.inspect()
  const plan = buildPlan(inspection, { retryFailed: false })
  const customer = plan.customers.find((c) => c.slug === input.slug)
  if (!customer) throw new Error(`no customer ${input.slug} in customers/`)
  if (customer.blocked || !customer.customerId || !customer.groupTag)
    throw new Error(
      `customers/${input.slug} has errors: fix them first (${customer.blockReasons.join('; ')})`,
    )
  const { client } = input.partnerCenter()
  const groupTag = customer.groupTag
  const batches = await client.listDeviceBatches(customer.customerId)
  const ours = batches.find((b) => b.id === groupTag)
  const listed = ours ? await client.listBatchDevices(customer.customerId, ours.id) : []
  const taken = new Set(inspection.customers.flatMap((c) => c.reports.map((r) => r.file)))
  const file = freeName(`customers/${input.slug}/devices`, input.at, taken)
  const sorted = sortListed(customer, listed, file)
  const files = filesOf(customer, sorted, input)
  return {
    slug: input.slug,
    groupTag,
    adopted: sorted.newRows.length,
    fromRows: sorted.fromRows.length,
    alreadyRecorded: sorted.alreadyRecorded,
    otherBatches: batches
      .filter((b) => b.id !== groupTag)
      .map((b) => ({ batch: b.id, devices: b.devicesCount ?? 0 })),
    unnamed: sorted.unnamed,
    files,
  }
}

type Listed = Awaited<ReturnType<PartnerCenterClient['listBatchDevices']>>[number]

/** Each listed device: recorded already, in a row of the repository, new, or unnamed. */
function sortListed(customer: CustomerPlan, listed: readonly Listed[], file: string) {
  const rows = new Map<string, CustomerPlan['devices'][number]>()
  for (const device of customer.devices)
    for (const key of identityKeys(device)) rows.set(key, device)
  const newRows: AdoptedDevice[] = []
  const fromRows: AdoptedDevice[] = []
  let alreadyRecorded = 0
  let unnamed = 0
  for (const device of listed) {
    const named = {
      serialNumber: device.serialNumber ?? '',
      manufacturer: device.oemManufacturerName ?? '',
      model: device.modelName ?? '',
      productKeyId: device.productKey ?? '',
      deviceId: device.id,
    }
    // A row without a hash names a device by serial, manufacturer and model, or product key id.
    if (!isTuple(named) && !named.productKeyId) {
      unnamed++
      continue
    }
    const row = identityKeys(named)
      .map((k) => rows.get(k))
      .find(Boolean)
    const state = row && customer.recorded.get(row)
    if (state && isRegistered(state)) alreadyRecorded++
    else if (row) fromRows.push({ ...named, source: row.source })
    else newRows.push({ ...named, source: `${file}:${newRows.length + 2}` })
  }
  return { newRows, fromRows, alreadyRecorded, unnamed, file }
}

function filesOf(
  customer: CustomerPlan,
  sorted: ReturnType<typeof sortListed>,
  meta: { commit: string; at: Date; runId: string },
): AdoptionResult['files'] {
  const devices = [...sorted.fromRows, ...sorted.newRows]
  if (devices.length === 0) return []
  const record = adoptionRecord(
    {
      slug: customer.slug,
      customerId: customer.customerId ?? '',
      groupTag: customer.groupTag ?? '',
    },
    devices,
    meta,
  )
  return [
    ...(sorted.newRows.length > 0
      ? [{ path: sorted.file, text: adoptedDeviceFile(sorted.newRows) }]
      : []),
    { path: record.path, text: record.text },
  ]
}

/** `adopted-20261201.csv`, the day of the adoption (UTC); `adopted-20261201-2.csv` for a second. */
function freeName(folder: string, at: Date, taken: ReadonlySet<string>): string {
  const day = at.toISOString().slice(0, 10).replaceAll('-', '')
  for (let n = 1; ; n++) {
    const path = `${folder}/adopted-${day}${n === 1 ? '' : `-${n}`}.csv`
    if (!taken.has(path)) return path
  }
}
