import type { FindingCap } from '../findings/cap-findings.js'
import { finding } from '../findings/finding.js'
import {
  type CustomerLedger,
  isRegistered,
  type LedgerDevice,
  latestPosition,
} from '../ledger/fold-ledger.js'
import type { Text } from '../messages/text.js'
import { text } from '../messages/text-of.js'
import type { DeregisterRequest } from '../repo/deregister-requests.js'
import { deviceLabelText, identityKeys } from '../rules/identity.js'
import { deregisterDevice } from './plan-device.js'
import type { PlannedDevice } from './registration-plan.js'

/** Deregistrations a run carries out for one customer unless told otherwise. */
export const DEFAULT_MAX_DEREGISTRATIONS = 25

/** A deregistration planned: the recorded state, its position in the ledger's devices. */
export interface PlannedDeregistration {
  state: LedgerDevice
  position: number
  device: PlannedDevice
}

/**
 * The deregistrations a customer's request files ask for: each a device its records hold as
 * registered, in no device file, asked for once. Anything else is an AP608 at the request's
 * line. A device deregistered already is left alone: the request file stays as the audit trail.
 * `inRows` marks, by position in the ledger's devices, the states that rows name.
 */
export function planDeregistrations(
  requests: readonly DeregisterRequest[],
  ledger: CustomerLedger | undefined,
  inRows: Uint8Array,
  context: { added: FindingCap; slug: string },
): PlannedDeregistration[] {
  const planned: PlannedDeregistration[] = []
  const asked = new Map<number, DeregisterRequest>()
  let bySerial: Map<string, number[]> | undefined
  for (const request of requests) {
    const candidates = lookUpRequest(request, ledger, () => {
      bySerial ??= serialIndex(ledger)
      return bySerial
    })
    const seen = { asked, inRows, slug: context.slug }
    const verdict = verdictOf(request, candidates, ledger?.devices ?? [], seen)
    if (typeof verdict === 'object') {
      const at = { file: request.file, line: request.line }
      context.added.add(finding('AP608', at, verdict))
    } else if (verdict !== undefined) {
      const state = ledger?.devices[verdict] as LedgerDevice
      const source = `${request.file}:${request.line}`
      planned.push({ state, position: verdict, device: deregisterDevice(state, source) })
    }
  }
  return planned
}

/**
 * What one request comes to: the position of the state to deregister, why it cannot be (a
 * message), or nothing to do (deregistered already). Candidates are positions in `devices`.
 */
function verdictOf(
  request: DeregisterRequest,
  candidates: readonly number[],
  devices: readonly LedgerDevice[],
  seen: {
    asked: Map<number, DeregisterRequest>
    inRows: Uint8Array
    slug: string
  },
): number | Text | undefined {
  const label = deviceLabelText(request)
  if (candidates.length > 1) {
    const makers = candidates.map((p) => `\`${devices[p]?.manufacturer}\``).join(', ')
    return text('repo.request.ambiguous', {
      serial: request.serialNumber,
      devices: candidates.length,
      slug: seen.slug,
      makers,
    })
  }
  const { slug } = seen
  const position = candidates[0]
  const state = position === undefined ? undefined : devices[position]
  if (position === undefined || !state)
    return text('repo.request.notRegisteredHere', { device: label, slug })
  const earlier = seen.asked.get(position)
  if (earlier)
    return text('repo.request.twice', { device: label, at: `${earlier.file}:${earlier.line}` })
  seen.asked.set(position, request)
  const inRows = seen.inRows[position] === 1
  if (inRows && state.status === 'deregistered')
    return text('repo.request.backInFile', { device: label, record: state.record })
  if (inRows) return text('repo.request.stillInFile', { device: label, slug })
  if (state.status === 'deregistered') return undefined
  if (!isRegistered(state))
    return text('repo.request.notRegistered', { device: label, status: state.status })
  return position
}

/** Where the recorded devices a request names are: by its keys, else by its serial alone. */
function lookUpRequest(
  request: DeregisterRequest,
  ledger: CustomerLedger | undefined,
  bySerial: () => Map<string, number[]>,
): number[] {
  const found = latestPosition(ledger, identityKeys(request))
  if (found !== undefined) return [found]
  if (request.manufacturer || !request.serialNumber) return []
  return bySerial().get(request.serialNumber.toLowerCase()) ?? []
}

/** Made only for a request that names a device by its serial alone: positions by serial. */
function serialIndex(ledger: CustomerLedger | undefined): Map<string, number[]> {
  const index = new Map<string, number[]>()
  for (const [position, device] of (ledger?.devices ?? []).entries()) {
    const serial = device.serialNumber.toLowerCase()
    if (serial) index.set(serial, [...(index.get(serial) ?? []), position])
  }
  return index
}

/** Over the cap, nothing of the customer is deregistered, and each device says why. */
export function capDeregistrations(devices: readonly PlannedDevice[], cap: number): void {
  if (devices.length <= cap) return
  for (const device of devices) {
    device.action = 'blocked'
    const why = text('repo.notDeregistered.cap', { asked: devices.length, cap })
    device.reason = text('repo.notDeregistered', { why })
  }
}
