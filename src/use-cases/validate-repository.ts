import { tagsOf } from '../config/customer-schema.js'
import { compareFindings, countBySeverity, type Finding } from '../findings/finding.js'
import { buildPlan } from '../plan/build-plan.js'
import type { FileReport } from '../repo/check-device-file.js'
import {
  type Inspection,
  type InspectOptions,
  inspectRepository,
} from '../repo/inspect-repository.js'
import { countDevices, hasDuplicateFindings } from '../rules/duplicates.js'

export interface ValidateOptions extends InspectOptions {
  /**
   * Paths relative to the root (files or folders) whose findings are reported. The whole
   * repository is still read, so duplicates against untouched files are found. Default: everything.
   */
  scope?: readonly string[]
}

export interface CustomerSummary {
  slug: string
  name: string | null
  customerId: string | null
  groupTag: string | null
  /** Every tag of a customer with more than one, the default first. */
  groupTags?: string[]
  /** Distinct devices in the customer's files (a device listed twice counts once). */
  devices: number
}

export interface ValidationReport {
  schemaVersion: 1
  summary: {
    files: number
    /** Distinct devices, by the identity the duplicate rules use (countDevices). */
    devices: number
    /** Device rows: more than `devices` when a device is listed more than once. */
    rows: number
    errors: number
    warnings: number
    notices: number
  }
  findings: Finding[]
  customers: CustomerSummary[]
}

/** Validates a repository (or loose files) offline: every rule, every file, duplicates across all of it. */
export async function validateRepository(options: ValidateOptions): Promise<ValidationReport> {
  const inspection = await inspectRepository(options)
  // The plan adds what the registration records say (AP504, AP505, AP604); with no record it
  // has nothing to add, and a repository before its first registration is spared building it.
  const { ledger } = inspection
  if (ledger.customers.size === 0 && ledger.unreadable.size === 0)
    return summarise(inspection, options.scope)
  return summarise({ ...inspection, findings: buildPlan(inspection).findings }, options.scope)
}

/** The report of an inspection, restricted to a scope. */
export function summarise(inspection: Inspection, scope?: readonly string[]): ValidationReport {
  const inScope = scopeFilter(scope, inspection)
  const scoped = inspection.findings.filter((f) => inScope(f.file)).sort(compareFindings)
  const reports = [...inspection.customers.flatMap((c) => c.reports), ...inspection.strayReports]
  const scopedReports = reports.filter((r) => inScope(r.file))
  const counts = countBySeverity(scoped)
  const devicesIn = (list: readonly FileReport[]) =>
    list.filter((r) => inScope(r.file)).flatMap((r) => r.devices)
  const rows = devicesIn(reports)
  const distinct = hasDuplicateFindings(inspection.findings)
    ? countDevices
    : (list: readonly unknown[]) => list.length
  return {
    schemaVersion: 1,
    summary: {
      files: scopedReports.length,
      devices: distinct(rows),
      rows: rows.length,
      errors: counts.error,
      warnings: counts.warning,
      notices: counts.notice,
    },
    findings: scoped,
    customers: inspection.customers
      .filter((c) => inScope(c.folder.configFile) || c.folder.deviceFiles.some(inScope))
      .map(({ folder, customer, reports: own }) => ({
        slug: folder.slug,
        name: customer?.name ?? null,
        customerId: customer?.customerId ?? null,
        groupTag: customer?.groupTag ?? null,
        ...(customer && tagsOf(customer).length > 1 ? { groupTags: tagsOf(customer) } : {}),
        devices: distinct(devicesIn(own)),
      })),
  }
}

/** A file is in scope when it is, or lies under, a scope path; a customer's customer.yml is in scope with any of its files. */
function scopeFilter(scope: readonly string[] | undefined, inspection: Inspection) {
  if (!scope || scope.length === 0 || scope.includes('')) return () => true
  const prefixes = scope.map((s) => s.replace(/\/+$/, ''))
  const covers = (file: string) => prefixes.some((p) => file === p || file.startsWith(`${p}/`))
  const touched = new Set(
    inspection.customers
      .filter((c) => c.folder.deviceFiles.some(covers))
      .map((c) => c.folder.configFile),
  )
  return (file: string) => covers(file) || touched.has(file)
}
