import {
  compareFindings,
  countBySeverity,
  type Finding,
  SEVERITY_ORDER,
} from '../findings/finding.js'
import type { Text } from '../messages/text.js'
import { text } from '../messages/text-of.js'
import { countDevices, hasDuplicateFindings } from '../rules/duplicates.js'
import { identityKeys } from '../rules/identity.js'
import {
  type CustomerPlan,
  DEREGISTER_REQUEST,
  type PlannedDevice,
  type RegistrationPlan,
  totalToSend,
} from './registration-plan.js'

export interface ScopedFinding extends Finding {
  /** In a file the pull request does not change: listed, but it does not fail the check. */
  preExisting: boolean
}

/** A planned device, listed as it is: its registration state stays with the plan. */
export type ReportedDevice = PlannedDevice
export type CustomerReport = Omit<CustomerPlan, 'recorded'>

/** The plan as reported: the JSON behind the `report` output, and the input of every renderer. */
export interface PlanReport {
  schemaVersion: 1
  digest: string
  /** Files the pull request changes; null when every file counts. */
  changedFiles: string[] | null
  summary: {
    errors: number
    warnings: number
    notices: number
    /** Findings in files the pull request does not change. */
    preExisting: number
    /** Distinct devices in the CSVs: a device listed twice counts once (see countDevices). */
    devices: number
    /** Device rows in the CSVs: more than `devices` when a device is listed more than once. */
    rows: number
    /** Devices merging would register or retry, in customers that are not blocked. */
    toRegister: number
    /** Registered devices merging would move to the batch of another group tag. */
    toRetag: number
    /** Devices merging would deregister, as request files ask (approval is checked on merge). */
    toDeregister: number
  }
  customers: CustomerReport[]
  findings: ScopedFinding[]
}

export type FailOn = 'error' | 'warning' | 'never'

export function buildPlanReport(
  plan: RegistrationPlan,
  changedFiles: readonly string[] | null,
): PlanReport {
  const changed = changedFiles ? new Set(changedFiles) : null
  const findings = plan.findings
    .map((f) => ({ ...f, preExisting: changed !== null && !changed.has(f.file) }))
    .sort(
      (a, b) =>
        Number(a.preExisting) - Number(b.preExisting) ||
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        compareFindings(a, b),
    )
  const current = findings.filter((f) => !f.preExisting)
  const count = countBySeverity(current)
  const customers = plan.customers.map(customerReport)
  // Rows of device files: not the removed, not the devices a request file names.
  const listed = customers.flatMap((c) =>
    c.devices.filter((d) => d.action !== 'removed' && !DEREGISTER_REQUEST.test(d.source)),
  )
  const toRetag = customers.reduce((n, c) => n + (c.blocked ? 0 : c.counts.retag), 0)
  return {
    schemaVersion: 1,
    digest: plan.digest,
    changedFiles: changedFiles ? [...changedFiles].sort() : null,
    summary: {
      errors: count.error,
      warnings: count.warning,
      notices: count.notice,
      preExisting: findings.length - current.length,
      // Rows outside any customer are only counted in the plan: each is taken for a device.
      devices:
        plan.strayDevices +
        (hasDuplicateFindings(plan.findings) ? countDevices(listed, plannedKeys) : listed.length),
      rows: plan.strayDevices + listed.length,
      toRegister: totalToSend(customers) - toRetag,
      toRetag,
      toDeregister: customers.reduce((n, c) => n + (c.blocked ? 0 : c.counts.deregister), 0),
    },
    customers,
    findings,
  }
}

/**
 * A planned device's keys, as its row had them: identity and hash content (see checkRow). Made
 * when countDevices asks: 143,000 rows of one device held theirs all at once, 30 MB.
 */
function plannedKeys(device: ReportedDevice): string[] {
  const keys = identityKeys(device)
  if (device.hashKey) keys.push(device.hashKey)
  return keys
}

/** Whether the check fails: only findings in the files the pull request changes count. */
export function failureReason(report: PlanReport, failOn: FailOn): Text | undefined {
  const { errors, warnings } = report.summary
  const scope = scopeOf(report)
  if (failOn === 'never') return undefined
  if (errors > 0) return text('repo.failure.errors', { errors, scope })
  if (failOn === 'warning' && warnings > 0)
    return text('repo.failure.warnings', { warnings, scope })
  return undefined
}

/** Where the findings that count come from: the changed files, or the whole repository. */
export function scopeOf(report: PlanReport): Text {
  return text(report.changedFiles === null ? 'repo.scope.repository' : 'repo.scope.changedFiles')
}

/**
 * A customer's plan without the registration states: its devices are the plan's own, and the
 * fields come in the plan's order, which the JSON report keeps.
 */
function customerReport(plan: CustomerPlan): CustomerReport {
  return {
    slug: plan.slug,
    name: plan.name,
    customerId: plan.customerId,
    groupTag: plan.groupTag,
    blocked: plan.blocked,
    blockReasons: plan.blockReasons,
    devices: plan.devices,
    counts: plan.counts,
  }
}
