import { isRegistered, type LedgerDevice } from '../ledger/fold-ledger.js'
import { listedKeys, soughtKeys } from './device-batch.js'

/**
 * How Partner Center and the records disagree about one device:
 * - `unknown`: in Partner Center, and the records know it not as registered (registered by
 *   hand, or before the repository was adopted);
 * - `missing`: recorded as registered, in none of the customer's batches (deleted outside);
 * - `moved`: in another batch than the one recorded (retagged outside);
 * - `finished`: recorded pending, in its batch since (the next register run records it).
 */
export type DriftKind = 'unknown' | 'missing' | 'moved' | 'finished'
export const DRIFT_KINDS: readonly DriftKind[] = ['unknown', 'missing', 'moved', 'finished']

export interface DriftDevice {
  kind: DriftKind
  serialNumber: string
  manufacturer: string
  model: string
  productKeyId: string
  /** Partner Center's id, where it or the records know one. */
  deviceId: string | null
  /** The batch (group tag) the records name; null for a device they do not know. */
  recordedGroupTag: string | null
  /** The batch Partner Center has it in; null for a missing device. */
  batch: string | null
  /** The record that names it, relative to the repository root. */
  record: string | null
}

/** A device as a batch of Partner Center lists it. */
export interface ListedDevice {
  id: string
  batch: string
  serialNumber?: string | null | undefined
  oemManufacturerName?: string | null | undefined
  productKey?: string | null | undefined
  modelName?: string | null | undefined
}

/** The drift between the latest state of a customer's records and the devices its batches list. */
export function compareDrift(
  recorded: readonly LedgerDevice[],
  listed: readonly ListedDevice[],
): DriftDevice[] {
  const byId = new Map(listed.map((d) => [d.id, d]))
  const byKey = new Map<string, ListedDevice>()
  for (const device of listed) for (const key of listedKeys(device)) byKey.set(key, device)
  const matched = new Set<ListedDevice>()
  const drift: DriftDevice[] = []
  for (const device of recorded) {
    const found =
      (device.deviceId ? byId.get(device.deviceId) : undefined) ?? findByKeys(byKey, device)
    if (found) matched.add(found)
    const kind = kindOf(device, found)
    if (kind) drift.push(fromRecord(device, found, kind))
  }
  for (const device of listed) if (!matched.has(device)) drift.push(fromListing(device))
  return drift
}

function findByKeys(byKey: Map<string, ListedDevice>, device: LedgerDevice) {
  const sought = soughtKeys({
    serialNumber: device.serialNumber,
    oemManufacturerName: device.manufacturer,
    productKey: device.productKeyId,
  })
  return sought.map((key) => byKey.get(key)).find(Boolean)
}

function kindOf(device: LedgerDevice, found: ListedDevice | undefined): DriftKind | undefined {
  if (isRegistered(device)) {
    if (!found) return 'missing'
    return found.batch === device.groupTag ? undefined : 'moved'
  }
  if (!found) return undefined
  return device.status === 'pending' ? 'finished' : 'unknown'
}

function fromRecord(
  device: LedgerDevice,
  found: ListedDevice | undefined,
  kind: DriftKind,
): DriftDevice {
  return {
    kind,
    serialNumber: device.serialNumber,
    manufacturer: device.manufacturer,
    model: device.model,
    productKeyId: device.productKeyId,
    deviceId: found?.id ?? device.deviceId,
    recordedGroupTag: device.groupTag,
    batch: found?.batch ?? null,
    record: device.record,
  }
}

function fromListing(device: ListedDevice): DriftDevice {
  return {
    kind: 'unknown',
    serialNumber: device.serialNumber ?? '',
    manufacturer: device.oemManufacturerName ?? '',
    model: device.modelName ?? '',
    productKeyId: device.productKey ?? '',
    deviceId: device.id,
    recordedGroupTag: null,
    batch: device.batch,
    record: null,
  }
}
