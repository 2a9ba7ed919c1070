import { tagsOf } from '../config/customer-schema.js'
import { textError } from '../findings/error-words.js'
import { oneAfterAnother } from '../findings/text-list.js'
import {
  type AdoptedDevice,
  adoptedDeviceFile,
  adoptionRecord,
  isTuple,
} from '../ledger/adoption-files.js'
import { isRegistered, type LedgerDevice } from '../ledger/fold-ledger.js'
import { text } from '../messages/text-of.js'
import type { PartnerCenterClient } from '../partner-center/client.js'
import { buildPlan } from '../plan/build-plan.js'
import type { CustomerPlan, PlannedDevice } from '../plan/registration-plan.js'
import { tagFolder } from '../repo/device-tags.js'
import { identityKeys } from '../rules/identity.js'
import type { ConnectPartnerCenter, RepositoryReader } from './ports.js'

/** What adopting a customer found in Partner Center, and the files that record it. */
export interface AdoptionResult {
  slug: string
  /** The customer's group tags, whose batches were adopted: its default first. */
  groupTags: string[]
  /** Written into the new device files and the record. */
  adopted: number
  /** In a device file of the repository already, not recorded: recorded now, no row written. */
  fromRows: number
  /** Recorded already: left alone. */
  alreadyRecorded: number
  /** Batches not adopted: named by none of the customer's tags, or by one no folder can name. */
  otherBatches: { batch: string; devices: number; why: 'not-a-tag' | 'not-a-folder-name' }[]
  /** Devices Partner Center names by neither serial, manufacturer and model nor product key id: no row can say them. */
  unnamed: number
  /** The new files, relative to the repository root; none when there is nothing to adopt. */
  files: { path: string; text: string }[]
}

/**
 * Adopts what Partner Center already has for a customer (read-only, app-only): every device of
 * the batches named by its group tags that the records do not know becomes a row of a new device
 * file (`devices/adopted-<YYYYMMDD>.csv` for the default tag, `devices/<group tag>/adopted-…` for
 * another; Partner Center's format, no hash) and an entry of one adoption record, `registered`
 * with Partner Center's id. Devices already recorded are left alone.
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
  const parts = plan.customers.filter((c) => c.slug === input.slug)
  const customer = inspection.customers.find((c) => c.folder.slug === input.slug)?.customer
  if (parts.length === 0) throw textError('repo.adopt.noCustomer', { slug: input.slug })
  const blocked = parts.find((c) => c.blocked)
  if (blocked || !customer)
    throw textError('repo.adopt.fixFirst', {
      slug: input.slug,
      reasons: oneAfterAnother(blocked?.blockReasons ?? []) ?? text('repo.blocked.customerFile'),
    })
  const { client } = input.partnerCenter()
  const tags = tagsOf(customer)
  const batches = await client.listDeviceBatches(customer.customerId)
  const taken = new Set(inspection.customers.flatMap((c) => c.reports.map((r) => r.file)))
  const known = rowsOf(parts)
  const sorted: Sorted[] = []
  // A tag other than the default is written as a folder (devices/<tag>/): one no folder can be named
  // after would put its rows under another tag, or outside the customer's folder.
  const writable = tags.filter((tag) => tag === customer.groupTag || isFolderName(tag))
  for (const tag of writable) {
    const ours = batches.find((b) => b.id === tag)
    if (!ours) continue
    const listed = await client.listBatchDevices(customer.customerId, ours.id)
    const folder = tagFolder(customer, tag)
    sorted.push(sortListed(known, listed, { tag, file: freeName(folder, input.at, taken) }))
  }
  const count = (pick: (s: Sorted) => number) => sorted.reduce((n, s) => n + pick(s), 0)
  return {
    slug: input.slug,
    groupTags: tags,
    adopted: count((s) => s.newRows.length),
    fromRows: count((s) => s.fromRows.length),
    alreadyRecorded: count((s) => s.alreadyRecorded),
    otherBatches: batches
      .filter((b) => !writable.includes(b.id))
      .map((b) => ({
        batch: b.id,
        devices: b.devicesCount ?? 0,
        why: tags.includes(b.id) ? ('not-a-folder-name' as const) : ('not-a-tag' as const),
      })),
    unnamed: count((s) => s.unnamed),
    files: filesOf({ slug: input.slug, customerId: customer.customerId }, sorted, input),
  }
}

type Listed = Awaited<ReturnType<PartnerCenterClient['listBatchDevices']>>[number]
type Sorted = ReturnType<typeof sortListed>

/** Every row of the customer, whatever its tag, by key, with its recorded state. */
function rowsOf(parts: readonly CustomerPlan[]) {
  const rows = new Map<string, { device: PlannedDevice; state: LedgerDevice | undefined }>()
  for (const part of parts)
    for (const device of part.devices)
      for (const key of identityKeys(device))
        rows.set(key, { device, state: part.recorded.get(device) })
  return rows
}

/** Each listed device of one batch: recorded already, in a row of the repository, new, or unnamed. */
function sortListed(
  rows: ReturnType<typeof rowsOf>,
  listed: readonly Listed[],
  where: { tag: string; file: string },
) {
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
    if (row?.state && isRegistered(row.state)) alreadyRecorded++
    else if (row) fromRows.push({ ...named, source: row.device.source })
    else newRows.push({ ...named, source: `${where.file}:${newRows.length + 2}` })
  }
  return { ...where, newRows, fromRows, alreadyRecorded, unnamed }
}

function filesOf(
  customer: { slug: string; customerId: string },
  sorted: readonly Sorted[],
  meta: { commit: string; at: Date; runId: string },
): AdoptionResult['files'] {
  const tagged = sorted.map((s) => ({
    groupTag: s.tag,
    devices: [...s.fromRows, ...s.newRows],
  }))
  if (tagged.every((t) => t.devices.length === 0)) return []
  const record = adoptionRecord(customer, tagged, meta)
  return [
    ...sorted
      .filter((s) => s.newRows.length > 0)
      .map((s) => ({ path: s.file, text: adoptedDeviceFile(s.newRows) })),
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

/** A name a folder can have on Windows, macOS and Linux alike, and that stays one folder. */
function isFolderName(tag: string): boolean {
  const control = [...tag].some((c) => (c.codePointAt(0) ?? 0) < 0x20)
  return !control && !/[/\\:*?"<>|]/.test(tag) && !/^\.+$/.test(tag) && !/[. ]$/.test(tag)
}
