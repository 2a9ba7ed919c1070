import path from 'node:path'
import { type Customer, readCustomer, SLUG } from '../config/read-customer.js'
import { DEFAULT_MAX_BYTES } from '../csv/read-device-csv.js'
import { type RepositoryLayout, scanRepository } from '../repo/scan-repository.js'
import { findDuplicates, type OwnedDevice } from '../rules/duplicates.js'
import { compareFindings, countBySeverity, type Finding, finding } from '../rules/finding.js'
import type { FileCheckRequest } from './check-device-file.js'
import { type FileChecker, inThisThread } from './file-checker.js'

export interface ValidateOptions {
  /** Repository root: the folder that holds customers/. */
  root: string
  /**
   * Paths relative to the root (files or folders) whose findings are reported. The whole
   * repository is still read, so duplicates against untouched files are found. Default: everything.
   */
  scope?: readonly string[]
  /**
   * Files outside any repository layout, checked with no customer and no location rules; an empty
   * list means every CSV below the root.
   */
  looseFiles?: readonly string[]
  maxBytes?: number
  checker?: FileChecker
}

export interface CustomerSummary {
  slug: string
  name: string | null
  customerId: string | null
  groupTag: string | null
  devices: number
}

export interface ValidationReport {
  schemaVersion: 1
  summary: { files: number; devices: number; errors: number; warnings: number; notices: number }
  findings: Finding[]
  customers: CustomerSummary[]
}

/** Validates a repository (or loose files) offline: every rule, every file, duplicates across all of it. */
export async function validateRepository(options: ValidateOptions): Promise<ValidationReport> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const checker = options.checker ?? inThisThread
  const layout = await readLayout(options)

  const findings: Finding[] = []
  const customers = new Map<string, Customer | undefined>()
  const requests: FileCheckRequest[] = []
  const ownerOf = new Map<string, string>()
  for (const folder of layout.customers) {
    const read = await readCustomer({
      path: path.join(layout.root, folder.configFile),
      file: folder.configFile,
      slug: folder.slug,
    })
    findings.push(...read.findings)
    if (!SLUG.test(folder.slug)) {
      findings.push(
        finding(
          'AP605',
          { file: folder.configFile, line: 1 },
          `customer folder \`${folder.slug}\` is not a slug`,
        ),
      )
    }
    customers.set(folder.slug, read.customer)
    for (const file of folder.deviceFiles) {
      ownerOf.set(file, folder.slug)
      requests.push(request(layout.root, file, maxBytes, read.customer?.groupTag))
    }
  }
  for (const file of layout.strayCsvFiles) {
    if (!options.looseFiles) {
      findings.push(
        finding(
          'AP605',
          { file, line: 1 },
          `\`${file}\` is outside customers/<slug>/devices/, so it belongs to no customer and will not be registered`,
        ),
      )
    }
    requests.push(request(layout.root, file, maxBytes, undefined))
  }

  const reports = await checker.checkAll(requests)
  const owned: OwnedDevice[] = []
  const strings = new Map<string, string>()
  const shared = (value: string) => {
    const known = strings.get(value)
    if (known !== undefined) return known
    strings.set(value, value)
    return value
  }
  for (const report of reports) {
    findings.push(...report.findings)
    const customer = ownerOf.get(report.file)
    for (const device of report.devices) {
      // Reports from worker threads arrive with a copy of every string per device: share the
      // repeated ones, which keeps 100,000 devices well inside the memory budget.
      device.file = report.file
      device.manufacturer = shared(device.manufacturer)
      device.model = shared(device.model)
      owned.push({ device, customer })
    }
  }
  findings.push(...findDuplicates(owned))

  const inScope = scopeFilter(options.scope, ownerOf)
  const scoped = findings.filter((f) => inScope(f.file)).sort(compareFindings)
  const scopedReports = reports.filter((r) => inScope(r.file))
  const counts = countBySeverity(scoped)
  return {
    schemaVersion: 1,
    summary: {
      files: scopedReports.length,
      devices: scopedReports.reduce((sum, r) => sum + r.devices.length, 0),
      errors: counts.error,
      warnings: counts.warning,
      notices: counts.notice,
    },
    findings: scoped,
    customers: layout.customers
      .filter((folder) => inScope(folder.configFile) || folder.deviceFiles.some(inScope))
      .map((folder) => {
        const customer = customers.get(folder.slug)
        return {
          slug: folder.slug,
          name: customer?.name ?? null,
          customerId: customer?.customerId ?? null,
          groupTag: customer?.groupTag ?? null,
          devices: scopedReports
            .filter((r) => ownerOf.get(r.file) === folder.slug)
            .reduce((sum, r) => sum + r.devices.length, 0),
        }
      }),
  }
}

async function readLayout(options: ValidateOptions): Promise<RepositoryLayout> {
  const loose = options.looseFiles
  if (loose === undefined) return scanRepository(options.root)
  const files =
    loose.length > 0
      ? [...loose]
      : (await scanRepository(options.root, { customers: false })).strayCsvFiles
  return { root: options.root, customers: [], strayCsvFiles: files }
}

function request(
  root: string,
  file: string,
  maxBytes: number,
  groupTag: string | undefined,
): FileCheckRequest {
  return {
    path: path.join(root, file),
    file,
    maxBytes,
    ...(groupTag === undefined ? {} : { groupTag }),
  }
}

/** A file is in scope when it is, or lies under, a scope path; a customer's customer.yml is in scope with any of its files. */
function scopeFilter(scope: readonly string[] | undefined, ownerOf: ReadonlyMap<string, string>) {
  if (!scope || scope.length === 0 || scope.includes('')) return () => true
  const prefixes = scope.map((s) => s.replace(/\/+$/, ''))
  const covers = (file: string) => prefixes.some((p) => file === p || file.startsWith(`${p}/`))
  const touchedCustomers = new Set<string>()
  for (const [file, slug] of ownerOf) if (covers(file)) touchedCustomers.add(slug)
  return (file: string) => {
    if (covers(file)) return true
    const [top, slug, rest] = file.split('/')
    return (
      top === 'customers' &&
      rest === 'customer.yml' &&
      slug !== undefined &&
      touchedCustomers.has(slug)
    )
  }
}
