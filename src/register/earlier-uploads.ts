import type { LedgerDevice } from '../ledger/fold-ledger.js'
import type { PlannedDevice } from '../plan/registration-plan.js'
import type { PreparedDevice } from './device-uploads.js'

/** The devices a previous run left unfinished, by what that run knew of their upload. */
export interface EarlierUploads {
  /** Accepted: to follow by tracking id. */
  byTracking: Map<string, PreparedDevice[]>
  /**
   * About to be sent, and maybe sent, when that run stopped: no tracking id came back (or was
   * recorded). Sent again under the same MS-RequestId, after the batch is looked at.
   */
  byRequest: Map<string, PreparedDevice[]>
  /** Never sent, or sent and settled: planned afresh. */
  fresh: PreparedDevice[]
}

export function earlierUploads(
  devices: readonly PreparedDevice[],
  recorded: ReadonlyMap<PlannedDevice, LedgerDevice>,
): EarlierUploads {
  const found: EarlierUploads = { byTracking: new Map(), byRequest: new Map(), fresh: [] }
  const add = (map: Map<string, PreparedDevice[]>, key: string, device: PreparedDevice) =>
    map.set(key, [...(map.get(key) ?? []), device])
  for (const device of devices) {
    const state = recorded.get(device.planned)
    if (state?.status === 'pending' && state.trackingId)
      add(found.byTracking, state.trackingId, device)
    else if (state?.status === 'pending' && state.requestId)
      add(found.byRequest, state.requestId, device)
    else found.fresh.push(device)
  }
  return found
}

/**
 * What to upload, in groups that each get an upload of their own: the new devices together; each
 * earlier upload with no tracking id again, alone, under its MS-RequestId; and each device that
 * has a hash alone by itself, since Partner Center reports it without serial or product key and
 * promises no order of results, so that its unnamed result is certainly its own.
 */
export function uploadGroups(
  rest: readonly PreparedDevice[],
  byRequest: ReadonlyMap<string, readonly PreparedDevice[]>,
): { devices: PreparedDevice[]; requestId?: string }[] {
  const again = new Set([...byRequest.values()].flat())
  const sending = new Set(rest)
  const named = (d: PreparedDevice) => Boolean(d.upload.serialNumber || d.upload.productKey)
  const left = rest.filter((d) => !again.has(d))
  const groups: { devices: PreparedDevice[]; requestId?: string }[] = [
    { devices: left.filter(named) },
    ...[...byRequest].map(([requestId, group]) => ({
      devices: group.filter((d) => sending.has(d)),
      requestId,
    })),
    ...left.filter((d) => !named(d)).map((d) => ({ devices: [d] })),
  ]
  return groups.filter((g) => g.devices.length > 0)
}

/** Whether the records say the batch holds a device: one sent to it and not failed. */
export function hasRecordIn(
  recorded: ReadonlyMap<PlannedDevice, LedgerDevice>,
  groupTag: string,
): boolean {
  for (const state of recorded.values()) {
    if (state.groupTag === groupTag && state.status !== 'failed') return true
  }
  return false
}
