import type { FindingCap } from '../findings/cap-findings.js'
import { finding } from '../findings/finding.js'
import {
  type CustomerLedger,
  isRegistered,
  type LedgerDevice,
  lookUp,
} from '../ledger/fold-ledger.js'
import type { DeregisterRequest } from '../repo/deregister-requests.js'
import { deviceLabel, identityKeys } from '../rules/identity.js'
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
  const refuse = (request: DeregisterRequest, message: string) =>
    context.added.add(finding('AP608', { file: request.file, line: request.line }, message))
  for (const request of requests) {
    const label = deviceLabel(request)
    const candidates = lookUpRequest(request, ledger, () => {
      bySerial ??= serialIndex(ledger)
      return bySerial
    })
    if (candidates.length > 1) {
      const makers = candidates.map((d) => `\`${d.manufacturer}\``).join(', ')
      refuse(
        request,
        `serial \`${request.serialNumber}\` names ${candidates.length} devices of customer \`${context.slug}\` (made by ${makers}): give the manufacturer too (the Partner Center format's Manufacturer name column)`,
      )
      continue
    }
    const state = candidates[0]
    if (!state) {
      refuse(
        request,
        `${label} is not registered for customer \`${context.slug}\` by its records: nothing to deregister`,
      )
      continue
    }
    const earlier = asked.get(state)
    if (earlier) {
      refuse(request, `${label} is asked for twice (also at ${earlier.file}:${earlier.line})`)
      continue
    }
    asked.set(state, request)
    if (inRows.has(state)) {
      refuse(
        request,
        `${label} is still in a device file of customer \`${context.slug}\`: remove its row in the same pull request, or take it out of the request to keep it`,
      )
      continue
    }
    if (state.status === 'deregistered') continue
    if (!isRegistered(state)) {
      refuse(
        request,
        `${label} is not registered (its records say \`${state.status}\`): nothing to deregister`,
      )
      continue
    }
    planned.push({ state, device: deregisterDevice(state, `${request.file}:${request.line}`) })
  }
  return planned
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
    device.reason = `not deregistered: ${devices.length} deregistrations asked for this customer, over the cap of ${cap} a run; raise max-deregistrations (the action's input, or --max-deregistrations) for the run that carries them out`
  }
}
