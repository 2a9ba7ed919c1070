import type { FindingCap } from '../findings/cap-findings.js'
import { finding } from '../findings/finding.js'
import {
  type CustomerLedger,
  isRegistered,
  type LedgerDevice,
  lookUp,
} from '../ledger/fold-ledger.js'
import type { Text } from '../messages/text.js'
import { text } from '../messages/text-of.js'
import type { DeregisterRequest } from '../repo/deregister-requests.js'
import { deviceLabelText, identityKeys } from '../rules/identity.js'
import { deregisterDevice } from './plan-device.js'
import type { PlannedDevice } from './registration-plan.js'

/** Deregistrations a run carries out for one customer unless told otherwise. */
export const DEFAULT_MAX_DEREGISTRATIONS = 25

/**
 * The deregistrations a customer's request files ask for: each a device its records hold as
 * registered, in no device file, asked for once. Anything else is an AP608 at the request's
 * line. A device deregistered already is left alone: the request file stays as the audit trail.
 */
export function planDeregistrations(
  requests: readonly DeregisterRequest[],
  ledger: CustomerLedger | undefined,
  inRows: ReadonlySet<LedgerDevice>,
  context: { added: FindingCap; slug: string },
): { state: LedgerDevice; device: PlannedDevice }[] {
  const planned: { state: LedgerDevice; device: PlannedDevice }[] = []
  const asked = new Map<LedgerDevice, DeregisterRequest>()
  let bySerial: Map<string, LedgerDevice[]> | undefined
  for (const request of requests) {
    const candidates = lookUpRequest(request, ledger, () => {
      bySerial ??= serialIndex(ledger)
      return bySerial
    })
    const verdict = verdictOf(request, candidates, { asked, inRows, slug: context.slug })
    if (verdict && 'key' in verdict) {
      const at = { file: request.file, line: request.line }
      context.added.add(finding('AP608', at, verdict))
    } else if (verdict) {
      const source = `${request.file}:${request.line}`
      planned.push({ state: verdict, device: deregisterDevice(verdict, source) })
    }
  }
  return planned
}

/**
 * What one request comes to: the state to deregister, why it cannot be (a message), or nothing
 * to do (deregistered already).
 */
function verdictOf(
  request: DeregisterRequest,
  candidates: readonly LedgerDevice[],
  seen: {
    asked: Map<LedgerDevice, DeregisterRequest>
    inRows: ReadonlySet<LedgerDevice>
    slug: string
  },
): LedgerDevice | Text | undefined {
  const label = deviceLabelText(request)
  if (candidates.length > 1) {
    const makers = candidates.map((d) => `\`${d.manufacturer}\``).join(', ')
    return text('repo.request.ambiguous', {
      serial: request.serialNumber,
      devices: candidates.length,
      slug: seen.slug,
      makers,
    })
  }
  const { slug } = seen
  const state = candidates[0]
  if (!state) return text('repo.request.notRegisteredHere', { device: label, slug })
  const earlier = seen.asked.get(state)
  if (earlier)
    return text('repo.request.twice', { device: label, at: `${earlier.file}:${earlier.line}` })
  seen.asked.set(state, request)
  if (seen.inRows.has(state) && state.status === 'deregistered')
    return text('repo.request.backInFile', { device: label, record: state.record })
  if (seen.inRows.has(state)) return text('repo.request.stillInFile', { device: label, slug })
  if (state.status === 'deregistered') return undefined
  if (!isRegistered(state))
    return text('repo.request.notRegistered', { device: label, status: state.status })
  return state
}

/** The recorded devices a request names: by its keys, else by its serial alone. */
function lookUpRequest(
  request: DeregisterRequest,
  ledger: CustomerLedger | undefined,
  bySerial: () => Map<string, LedgerDevice[]>,
): LedgerDevice[] {
  const found = lookUp(ledger, identityKeys(request))
  if (found) return [found]
  if (request.manufacturer || !request.serialNumber) return []
  return bySerial().get(request.serialNumber.toLowerCase()) ?? []
}

/** Made only for a request that names a device by its serial alone. */
function serialIndex(ledger: CustomerLedger | undefined): Map<string, LedgerDevice[]> {
  const index = new Map<string, LedgerDevice[]>()
  for (const device of ledger?.devices ?? []) {
    const serial = device.serialNumber.toLowerCase()
    if (serial) index.set(serial, [...(index.get(serial) ?? []), device])
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
