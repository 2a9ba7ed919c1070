import { createHash } from 'node:crypto'
import { FindingCap } from '../findings/cap-findings.js'
import { type Finding, finding } from '../findings/finding.js'
import {
  type CustomerLedger,
  isRegistered,
  type LedgerDevice,
  lookUp,
} from '../ledger/fold-ledger.js'
import { explainDeviceError } from '../partner-center/error-codes.js'
import type { CustomerInspection, Inspection } from '../repo/inspect-repository.js'
import type { DeviceRecord } from '../rules/check-row.js'
import { deviceLabel, identityKeys } from '../rules/identity.js'
import {
  type CustomerPlan,
  DEVICE_ACTIONS,
  type DeviceAction,
  isSent,
  type PlannedDevice,
  type RegistrationPlan,
} from './registration-plan.js'

export interface PlanOptions {
  /** Also retry permanent failures (such as 808) that someone fixed on the other side. */
  retryFailed?: boolean
}

/** Turns an inspection of the repository at a commit, with its records, into the registration plan. Pure. */
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
  const customers = inspection.customers.map((customer) => planCustomer(customer, context))
  // What planning added (AP504 for each registered device, say) is capped per file and rule as
  // the inspection's findings are.
  const findings = [...inspection.findings, ...added.list()]
  // Findings about a customer, added while planning too, block it like any other error.
  const errorFiles = new Set(findings.filter((f) => f.severity === 'error').map((f) => f.file))
  customers.forEach((plan, i) => {
    const folder = inspection.customers[i]?.folder
    // A device list the engine cannot read (AP106, AP107) blocks its customer like a broken row.
    const files = folder
      ? [folder.configFile, ...folder.deviceFiles, ...folder.recordFiles, ...folder.otherFiles]
      : []
    if (files.some((file) => errorFiles.has(file)) && !plan.blocked) {
      plan.blocked = true
      plan.blockReasons.push('errors in its files')
    }
    settle(plan)
  })
  const strayDevices = inspection.strayReports.reduce((n, r) => n + r.devices.length, 0)
  return {
    customers,
    digest: planDigest(customers),
    findings,
    strayDevices,
  }
}

interface PlanContext {
  inspection: Inspection
  added: FindingCap
  /** One "registered <day>" per day, shared by every device registered then. */
  registeredAt: Map<string, string>
  registeredElsewhere: Map<string, LedgerDevice>
  errorRows: Set<string>
  options: PlanOptions
}

function planCustomer(inspected: CustomerInspection, context: PlanContext): CustomerPlan {
  const { folder, customer } = inspected
  const ledger = context.inspection.ledger.customers.get(folder.slug)
  const blockReasons = blockReasonsOf(inspected, ledger, context)
  const devices: PlannedDevice[] = []
  const recorded = new Map<PlannedDevice, LedgerDevice>()
  const matched = new Set<LedgerDevice>()
  for (const report of inspected.reports) {
    for (const device of report.devices) {
      const keys = identityKeys(device)
      const state = lookUp(ledger, keys)
      // Every state recorded under any of its keys is this device's, however it was named then.
      for (const key of keys) {
        const recorded = ledger?.byKey.get(key)
        if (recorded) matched.add(recorded)
      }
      const plannedDevice = planDevice(device, state, keys, { ...context, slug: folder.slug })
      devices.push(plannedDevice)
      if (state) recorded.set(plannedDevice, state)
    }
  }
  for (const state of ledger?.devices ?? []) {
    if (matched.has(state) || !isRegistered(state)) continue
    const removed = removedDevice(state)
    devices.push(removed)
    recorded.set(removed, state)
  }
  // Counted once blocking is settled (settle).
  const counts = Object.fromEntries(DEVICE_ACTIONS.map((a) => [a, 0])) as Record<
    DeviceAction,
    number
  >
  return {
    slug: folder.slug,
    name: customer?.name ?? null,
    customerId: customer?.customerId ?? null,
    groupTag: customer?.groupTag ?? null,
    blocked: blockReasons.length > 0,
    blockReasons,
    devices,
    recorded,
    counts,
  }
}

/** Why nothing of a customer can be registered: its customer.yml, its records, a changed customerId (AP604). */
function blockReasonsOf(
  { folder, customer }: CustomerInspection,
  ledger: CustomerLedger | undefined,
  context: PlanContext,
): string[] {
  const reasons: string[] = []
  if (!customer) reasons.push('customer.yml is missing or invalid')
  if (context.inspection.ledger.unreadable.has(folder.slug))
    reasons.push('a registration record cannot be read')
  if (customer && ledger && ledger.customerId.toLowerCase() !== customer.customerId.toLowerCase()) {
    const registered = ledger.devices.filter(isRegistered).length
    if (registered > 0) {
      context.added.add(
        finding(
          'AP604',
          { file: folder.configFile, ...customer.customerIdAt },
          `customerId changed from \`${ledger.customerId}\` to \`${customer.customerId}\`, but ${registered} device(s) are registered for \`${ledger.customerId}\``,
        ),
      )
      reasons.push('customerId changed')
    }
  }
  return reasons
}

/** Registered, but in no CSV any more: it stays registered, and the plan says so. */
function removedDevice(state: LedgerDevice): PlannedDevice {
  const row = { device: state, source: state.source, hashKey: undefined }
  const reason = `registered (${state.record}); removing the row does not deregister it`
  return planned(row, 'removed', reason)
}

function planDevice(
  device: DeviceRecord,
  state: LedgerDevice | undefined,
  keys: readonly string[],
  context: PlanContext & { slug: string },
): PlannedDevice {
  const source = `${device.file}:${device.line}`
  const hashKey = device.keys.find((k) => k.startsWith('hh:'))
  const base: Row = { device, source, hashKey }
  const at = { file: device.file, line: device.line }
  const elsewhere = keys
    .map((k) => context.registeredElsewhere.get(k))
    .find((d) => d && d.customer !== context.slug)
  if (elsewhere) {
    context.added.addLazily('AP505', at.file, at.line, () =>
      finding(
        'AP505',
        at,
        `${deviceLabel(device)} is recorded as registered for customer \`${elsewhere.customer}\` (${elsewhere.record})`,
      ),
    )
    return planned(base, 'blocked', `registered for customer ${elsewhere.customer}`)
  }
  // hasErrors: a row whose findings the cap left unlisted (see FindingCap) is blocked all the same.
  if (context.errorRows.has(source) || device.hasErrors)
    return planned(base, 'blocked', 'errors on the row')
  if (!state) return planned(base, 'register')
  if (isRegistered(state)) {
    context.added.addLazily('AP504', at.file, at.line, () =>
      finding(
        'AP504',
        at,
        `${deviceLabel(device)} is already registered (${state.record}): skipped`,
      ),
    )
    return planned(base, 'already', registeredOn(state.at, context.registeredAt))
  }
  if (state.status === 'pending')
    return planned(base, 'retry', `pending upload ${state.trackingId ?? ''}`.trim())
  const failure = [state.errorCode, state.errorName].filter(Boolean).join(' ') || 'failed'
  // A record that says nothing about it is read from the code, as the registration run would.
  const transient =
    state.transient ?? explainDeviceError(state.errorCode, state.errorName).transient
  if (transient || context.options.retryFailed) {
    return planned(base, 'retry', `last attempt failed: ${failure}`)
  }
  return planned(base, 'blocked', `failed permanently: ${failure}`)
}

interface Row {
  device: Pick<DeviceRecord, 'serialNumber' | 'manufacturer' | 'productKeyId' | 'model'>
  source: string
  hashKey: string | undefined
}

/**
 * The device planned, built in one literal: spreads of optional fields gave each of 150,000
 * devices a hidden class of its own (50 MB of them, by a heap snapshot).
 */
function planned(row: Row, action: DeviceAction, reason?: string): PlannedDevice {
  const { device } = row
  // Every field in the literal, an absent one as undefined (which JSON leaves out): fields added
  // after it would each cost every device a property array besides.
  const plannedDevice: PlannedDevice = {
    serialNumber: device.serialNumber,
    manufacturer: device.manufacturer,
    productKeyId: device.productKeyId,
    model: device.model,
    source: row.source,
    hashKey: row.hashKey || undefined,
    action,
    reason,
    inPartnerCenter: undefined,
  }
  return plannedDevice
}

function registeredOn(at: string, shared: Map<string, string>): string {
  const day = at.slice(0, 10)
  let reason = shared.get(day)
  if (reason === undefined) {
    reason = `registered ${day}`
    shared.set(day, reason)
  }
  return reason
}

/**
 * A blocked customer registers nothing (no half-registered customers), so what would have been
 * registered or retried is blocked too, saying why; then the counts.
 */
function settle(plan: CustomerPlan): void {
  if (plan.blocked) {
    const why = `customer blocked: ${plan.blockReasons.join('; ')}`
    for (const device of plan.devices) {
      if (isSent(device)) {
        device.reason = device.reason ? `${why} (would ${device.action}: ${device.reason})` : why
        device.action = 'blocked'
      }
    }
  }
  for (const action of DEVICE_ACTIONS) plan.counts[action] = 0
  for (const device of plan.devices) plan.counts[device.action] += 1
}

/** Devices registered anywhere, by key: a device belongs to one tenant (AP505). None with one
 * customer's records only, where a copy of 150,000 devices' keys cost 10 MB for nothing. */
function indexRegistered(inspection: Inspection): Map<string, LedgerDevice> {
  const index = new Map<string, LedgerDevice>()
  const ledgers = inspection.ledger.customers
  if (ledgers.size < 2) return index
  for (const customer of ledgers.values()) {
    for (const [key, device] of customer.byKey) if (isRegistered(device)) index.set(key, device)
  }
  return index
}

function rowsWithErrors(findings: readonly Finding[]): Set<string> {
  const rows = new Set<string>()
  for (const f of findings) if (f.severity === 'error') rows.add(`${f.file}:${f.line}`)
  return rows
}

/** SHA-256 over, per customer in slug order, what merging would register: so a merge run can say whether it executes what was reviewed. */
export function planDigest(customers: readonly CustomerPlan[]): string {
  const hash = createHash('sha256')
  for (const plan of [...customers].sort((a, b) => (a.slug < b.slug ? -1 : 1))) {
    if (plan.blocked) {
      hash.update(`customer ${plan.slug} blocked\n`)
      continue
    }
    hash.update(`customer ${plan.slug} ${plan.customerId} ${plan.groupTag}\n`)
    // The exact values sent (Partner Center compares them case-sensitively) and the hash content.
    const lines = plan.devices
      .filter(isSent)
      .map(
        (d) =>
          `${d.action}\t${d.serialNumber}\t${d.manufacturer}\t${d.model}\t${d.productKeyId}\t${d.hashKey ?? ''}\n`,
      )
      .sort()
    for (const line of lines) hash.update(line)
  }
  return hash.digest('hex')
}
