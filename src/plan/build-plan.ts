import { createHash } from 'node:crypto'
import { capFindings } from '../findings/cap-findings.js'
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
  const findings = [...inspection.findings]
  const context = {
    inspection,
    findings,
    registeredElsewhere: indexRegistered(inspection),
    // Rows with errors of their own; what planning adds (AP505) blocks its row where it is found.
    errorRows: rowsWithErrors(inspection.findings),
    options,
  }
  const customers = inspection.customers.map((customer) => planCustomer(customer, context))
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
  // What planning added (AP504 for each registered device, say), capped per file and rule as
  // the inspection's findings are.
  const added = capFindings(findings.slice(inspection.findings.length))
  return {
    customers,
    digest: planDigest(customers),
    findings: [...inspection.findings, ...added],
    strayDevices,
  }
}

interface PlanContext {
  inspection: Inspection
  findings: Finding[]
  registeredElsewhere: Map<string, LedgerDevice>
  errorRows: Set<string>
  options: PlanOptions
}

function planCustomer(inspected: CustomerInspection, context: PlanContext): CustomerPlan {
  const { folder, customer } = inspected
  const ledger = context.inspection.ledger.customers.get(folder.slug)
  const blockReasons = blockReasonsOf(inspected, ledger, context)
  const devices: PlannedDevice[] = []
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
      devices.push(planDevice(device, state, keys, { ...context, slug: folder.slug }))
    }
  }
  for (const state of ledger?.devices ?? []) {
    if (!matched.has(state) && isRegistered(state)) devices.push(removedDevice(state))
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
      context.findings.push(
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
  return {
    action: 'removed',
    ...identityOf(state),
    model: state.model,
    source: state.source,
    reason: `registered (${state.record}); removing the row does not deregister it`,
    ledger: state,
  }
}

function planDevice(
  device: DeviceRecord,
  state: LedgerDevice | undefined,
  keys: readonly string[],
  context: PlanContext & { slug: string },
): PlannedDevice {
  const source = `${device.file}:${device.line}`
  const hashKey = device.keys.find((k) => k.startsWith('hh:'))
  const base = {
    ...identityOf(device),
    model: device.model,
    source,
    ...(hashKey ? { hashKey } : {}),
    ...(state ? { ledger: state } : {}),
  }
  const at = { file: device.file, line: device.line }
  const elsewhere = keys
    .map((k) => context.registeredElsewhere.get(k))
    .find((d) => d && d.customer !== context.slug)
  if (elsewhere) {
    context.findings.push(
      finding(
        'AP505',
        at,
        `${deviceLabel(device)} is recorded as registered for customer \`${elsewhere.customer}\` (${elsewhere.record})`,
      ),
    )
    return { ...base, action: 'blocked', reason: `registered for customer ${elsewhere.customer}` }
  }
  // hasErrors: a row whose findings the cap left unlisted (see FindingCap) is blocked all the same.
  if (context.errorRows.has(source) || device.hasErrors)
    return { ...base, action: 'blocked', reason: 'errors on the row' }
  if (!state) return { ...base, action: 'register' }
  if (isRegistered(state)) {
    context.findings.push(
      finding(
        'AP504',
        at,
        `${deviceLabel(device)} is already registered (${state.record}): skipped`,
      ),
    )
    return { ...base, action: 'already', reason: `registered ${state.at.slice(0, 10)}` }
  }
  if (state.status === 'pending')
    return { ...base, action: 'retry', reason: `pending upload ${state.trackingId ?? ''}`.trim() }
  const failure = [state.errorCode, state.errorName].filter(Boolean).join(' ') || 'failed'
  // A record that says nothing about it is read from the code, as the registration run would.
  const transient =
    state.transient ?? explainDeviceError(state.errorCode, state.errorName).transient
  if (transient || context.options.retryFailed) {
    return { ...base, action: 'retry', reason: `last attempt failed: ${failure}` }
  }
  return { ...base, action: 'blocked', reason: `failed permanently: ${failure}` }
}

function identityOf(device: { serialNumber: string; manufacturer: string; productKeyId: string }) {
  return {
    serialNumber: device.serialNumber,
    manufacturer: device.manufacturer,
    productKeyId: device.productKeyId,
  }
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

/** Devices registered anywhere, by key: a device belongs to one tenant (AP505). */
function indexRegistered(inspection: Inspection): Map<string, LedgerDevice> {
  const index = new Map<string, LedgerDevice>()
  for (const customer of inspection.ledger.customers.values()) {
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
