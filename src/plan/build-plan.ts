import { tagsOf } from '../config/customer-schema.js'
import { FindingCap } from '../findings/cap-findings.js'
import { type Finding, finding } from '../findings/finding.js'
import { oneAfterAnother } from '../findings/text-list.js'
import {
  type CustomerLedger,
  isRegistered,
  type LedgerDevice,
  lookUp,
} from '../ledger/fold-ledger.js'
import type { Text } from '../messages/text.js'
import { text } from '../messages/text-of.js'
import { fileTags } from '../repo/device-tags.js'
import type { CustomerInspection, Inspection } from '../repo/inspect-repository.js'
import type { DeviceRecord } from '../rules/check-row.js'
import {
  capDeregistrations,
  DEFAULT_MAX_DEREGISTRATIONS,
  planDeregistrations,
} from './plan-deregister.js'
import { type DeviceContext, planDevice, removedDevice } from './plan-device.js'
import { planDigest } from './plan-digest.js'
import { RecordedStates } from './recorded-states.js'
import {
  type CustomerPlan,
  DEVICE_ACTIONS,
  type DeviceAction,
  isSent,
  type PlannedDevice,
  type PlanOptions,
  type RegistrationPlan,
  recount,
} from './registration-plan.js'

export { planDigest } from './plan-digest.js'
export type { PlanOptions } from './registration-plan.js'

/**
 * Turns an inspection of the repository at a commit, with its records, into the registration
 * plan: one part per customer and group tag, each tag its own batch. Pure.
 */
export function buildPlan(inspection: Inspection, options: PlanOptions = {}): RegistrationPlan {
  const added = new FindingCap()
  const context: PlanContext = {
    inspection,
    added,
    registeredAt: new Map(),
    registeredElsewhere: indexRegistered(inspection),
    // Rows with errors of their own; what planning adds (AP505) blocks its row where it is found.
    errorRows: rowsWithErrors(inspection.findings),
    options,
  }
  const parts = inspection.customers.flatMap((customer) =>
    planCustomer(customer, context).map((plan) => ({ plan, folder: customer.folder })),
  )
  // What planning added (AP504 for each registered device, say) is capped per file and rule as
  // the inspection's findings are.
  const findings = [...inspection.findings, ...added.list()]
  // Findings about a customer, added while planning too, block it like any other error.
  const errorFiles = new Set(findings.filter((f) => f.severity === 'error').map((f) => f.file))
  for (const { plan, folder } of parts) {
    // A device list the engine cannot read (AP106, AP107) blocks its customer like a broken row.
    const files = [
      folder.configFile,
      ...folder.deviceFiles,
      ...folder.deregisterFiles,
      ...folder.recordFiles,
      ...folder.otherFiles,
    ]
    if (files.some((file) => errorFiles.has(file)) && !plan.blocked) {
      plan.blocked = true
      plan.blockReasons.push(text('repo.blocked.errorsInFiles'))
    }
    settle(plan)
  }
  const customers = parts.map((p) => p.plan)
  const strayDevices = inspection.strayReports.reduce((n, r) => n + r.devices.length, 0)
  return {
    customers,
    digest: planDigest(customers),
    findings,
    strayDevices,
  }
}

interface PlanContext extends Omit<DeviceContext, 'slug'> {
  inspection: Inspection
}

/** A customer's devices by group tag: its default tag first, whether it has devices or not. */
type TagGroups = Map<
  string | null,
  { devices: PlannedDevice[]; states: (LedgerDevice | undefined)[] }
>

/** A device with its recorded state, into the part of its tag. */
type Place = (tag: string | null, device: PlannedDevice, state: LedgerDevice | undefined) => void

function planCustomer(inspected: CustomerInspection, context: PlanContext): CustomerPlan[] {
  const { folder, customer } = inspected
  const ledger = context.inspection.ledger.customers.get(folder.slug)
  const blockReasons = blockReasonsOf(inspected, ledger, context)
  const groups: TagGroups = new Map([[customer?.groupTag ?? null, emptyGroup()]])
  const place: Place = (tag, device, state) => {
    let group = groups.get(tag)
    if (!group) {
      group = emptyGroup()
      groups.set(tag, group)
    }
    group.devices.push(device)
    group.states.push(state)
  }
  const deviceContext = { ...context, slug: folder.slug }
  const matched = planRows(inspected, ledger, deviceContext, place)
  const deregistrations = planDeregistrations(inspected.deregister, ledger, matched, deviceContext)
  for (const { state, position, device } of deregistrations) {
    place(state.groupTag, device, state)
    matched[position] = 1
  }
  capDeregistrations(
    deregistrations.map((d) => d.device),
    context.options.maxDeregistrations ?? DEFAULT_MAX_DEREGISTRATIONS,
  )
  for (const [position, state] of (ledger?.devices ?? []).entries()) {
    if (matched[position] === 1 || !isRegistered(state)) continue
    place(customer ? state.groupTag : null, removedDevice(state), state)
  }
  const order = customer ? tagsOf(customer) : []
  const rank = (tag: string | null) => (tag === null ? -1 : order.indexOf(tag) >>> 0)
  return [...groups]
    .sort(([a], [b]) => rank(a) - rank(b) || String(a).localeCompare(String(b), 'en'))
    .map(([groupTag, { devices, states }]) => ({
      slug: folder.slug,
      name: customer?.name ?? null,
      customerId: customer?.customerId ?? null,
      groupTag,
      // Each tag of a blocked customer is blocked: no half-registered customers.
      blocked: blockReasons.length > 0,
      blockReasons: [...blockReasons],
      devices,
      recorded: new RecordedStates(devices, states),
      // Counted once blocking is settled (settle).
      counts: Object.fromEntries(DEVICE_ACTIONS.map((a) => [a, 0])) as Record<DeviceAction, number>,
    }))
}

/** Recorded pending, or failed without a result, under another tag: it may sit in that batch. */
function inFlightElsewhere(state: LedgerDevice, tag: string | null): boolean {
  if (tag === null || state.groupTag === tag || isRegistered(state)) return false
  return state.status === 'pending' || state.errorName === 'NoResult'
}

function emptyGroup() {
  return { devices: [] as PlannedDevice[], states: [] as (LedgerDevice | undefined)[] }
}

/**
 * Each row's device, under the tag its row or file gives it. Returns which of the ledger's
 * devices rows named: 1 at their positions.
 */
function planRows(
  inspected: CustomerInspection,
  ledger: CustomerLedger | undefined,
  context: DeviceContext,
  place: Place,
): Uint8Array {
  const { customer } = inspected
  const matched = new Uint8Array(ledger?.devices.length ?? 0)
  for (const report of inspected.reports) {
    const fileTag = customer ? fileTags(report.file, customer).tags.groupTag : null
    for (const device of report.devices) {
      const keys = rowIdentityKeys(device)
      const state = lookUp(ledger, keys)
      // Every state recorded under any of its keys is this device's, however it was named then.
      for (const key of keys) {
        const position = ledger?.positions.get(key)
        if (position !== undefined) matched[position] = 1
      }
      const tag = device.groupTag ?? fileTag
      // An upload still out under its old tag is followed up in its own batch first: the device
      // may be there. Once recorded registered there, the next run moves it (a retag).
      const partTag = state && inFlightElsewhere(state, tag) ? state.groupTag : tag
      const planned = planDevice(device, state, keys, partTag, context)
      if (partTag !== tag)
        planned.reason = text('repo.reason.thenMoved', { reason: planned.reason, tag: String(tag) })
      place(partTag, planned, state)
    }
  }
  return matched
}

/**
 * identityKeys of a row, taken from the keys checkRow gave it, which begin with them (rowKeys):
 * made anew for each of 150,000 rows, they were some 20 MB of garbage at the peak of a plan.
 */
function rowIdentityKeys(device: DeviceRecord): readonly string[] {
  const bySerial = device.serialNumber.trim() !== '' && device.manufacturer.trim() !== ''
  const count = (bySerial ? 1 : 0) + (device.productKeyId.trim() !== '' ? 1 : 0)
  return device.keys.length === count ? device.keys : device.keys.slice(0, count)
}

/** Why nothing of a customer can be registered: its customer.yml, its records, a changed customerId (AP604). */
function blockReasonsOf(
  { folder, customer }: CustomerInspection,
  ledger: CustomerLedger | undefined,
  context: PlanContext,
): Text[] {
  const reasons: Text[] = []
  if (!customer) reasons.push(text('repo.blocked.customerFile'))
  if (context.inspection.ledger.unreadable.has(folder.slug))
    reasons.push(text('repo.blocked.recordUnreadable'))
  if (customer && ledger && ledger.customerId.toLowerCase() !== customer.customerId.toLowerCase()) {
    const registered = ledger.devices.filter(isRegistered).length
    if (registered > 0) {
      context.added.add(
        finding(
          'AP604',
          { file: folder.configFile, ...customer.customerIdAt },
          text('repo.customerIdChanged', {
            from: ledger.customerId,
            to: customer.customerId,
            registered,
          }),
        ),
      )
      reasons.push(text('repo.blocked.customerIdChanged'))
    }
  }
  return reasons
}

/** What a blocked device would have had done to it, in words. */
const WOULD = {
  register: text('repo.would.register'),
  retry: text('repo.would.retry'),
  retag: text('repo.would.retag'),
  deregister: text('repo.would.deregister'),
}

/**
 * A blocked customer registers nothing (no half-registered customers), so what would have been
 * registered, retried, moved or deregistered is blocked too, saying why; then the counts.
 */
function settle(plan: CustomerPlan): void {
  if (plan.blocked) {
    const reasons = oneAfterAnother(plan.blockReasons) as Text
    const why = text('repo.reason.customerBlocked', { reasons })
    for (const device of plan.devices) {
      if (isSent(device) || device.action === 'deregister') {
        const action = WOULD[device.action as keyof typeof WOULD]
        device.reason = device.reason
          ? text('repo.reason.blockedWould', { blocked: why, action, reason: device.reason })
          : why
        device.action = 'blocked'
      }
    }
  }
  recount(plan)
}

/** Devices registered anywhere, by key: a device belongs to one tenant (AP505). None with one
 * customer's records only, where a copy of 150,000 devices' keys cost 10 MB for nothing. */
function indexRegistered(inspection: Inspection): Map<string, LedgerDevice> {
  const index = new Map<string, LedgerDevice>()
  const ledgers = inspection.ledger.customers
  if (ledgers.size < 2) return index
  for (const customer of ledgers.values()) {
    for (const [key, position] of customer.positions) {
      const device = customer.devices[position] as LedgerDevice
      if (isRegistered(device)) index.set(key, device)
    }
  }
  return index
}

function rowsWithErrors(findings: readonly Finding[]): Set<string> {
  const rows = new Set<string>()
  for (const f of findings) if (f.severity === 'error') rows.add(`${f.file}:${f.line}`)
  return rows
}
