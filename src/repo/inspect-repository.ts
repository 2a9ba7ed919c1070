import path from 'node:path'
import { type Customer, SLUG } from '../config/read-customer.js'
import { DEFAULT_MAX_BYTES } from '../csv/read-device-csv.js'
import { FindingCap } from '../findings/cap-findings.js'
import { type Finding, finding } from '../findings/finding.js'
import { shorten } from '../findings/shorten.js'
import { foldRecords, type Ledger } from '../ledger/fold-ledger.js'
import { stringPool } from '../ledger/ledger-device.js'
import { sharedKeys } from '../ledger/row-strings.js'
import { text } from '../messages/text-of.js'
import { findDuplicates, type OwnedDevice } from '../rules/duplicates.js'
import type { FileCheckRequest, FileReport } from './check-device-file.js'
import { collectGarbage } from './collect-garbage.js'
import { type DeregisterRequest, readDeregisterRequests } from './deregister-requests.js'
import { type FileTags, fileTags } from './device-tags.js'
import { type FileChecker, inThisThread } from './file-checker.js'
import { mapInParallel } from './in-parallel.js'
import { otherFileFindings } from './other-files.js'
import { readCustomerFile, readRecordFiles } from './read-files.js'
import { type CustomerFolder, type RepositoryLayout, scanRepository } from './scan-repository.js'

export interface InspectOptions {
  /** Repository root: the folder that holds customers/. */
  root: string
  /**
   * Files outside any repository layout, checked with no customer and no location rules; an empty
   * list means every CSV below the root.
   */
  looseFiles?: readonly string[]
  maxBytes?: number
  checker?: FileChecker
}

export interface CustomerInspection {
  folder: CustomerFolder
  /** Undefined when customer.yml is missing or invalid. */
  customer?: Customer
  reports: FileReport[]
  /** The devices its deregister/ files ask to deregister. */
  deregister: DeregisterRequest[]
}

/** Everything read from a repository, before any scope or plan: the input of both. */
export interface Inspection {
  root: string
  customers: CustomerInspection[]
  strayReports: FileReport[]
  /** Every finding of every file, customer and record, duplicates across the whole repository included. */
  findings: Finding[]
  ledger: Ledger
}

/** Reads a whole repository once: customers, every device file (on workers when large), the records. */
export async function inspectRepository(options: InspectOptions): Promise<Inspection> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const checker = options.checker ?? inThisThread
  const layout = await readLayout(options)
  const { customers, requests, ownerOf, findings } = await readCustomers(layout, maxBytes)
  for (const customer of customers) {
    const files = customer.folder.deregisterFiles
    if (files.length === 0) continue
    const read = await readDeregisterRequests(layout.root, files, maxBytes)
    customer.deregister = read.requests
    for (const f of read.findings) findings.push(f)
  }
  // AP106–AP109: what customer folders hold that is not read.
  for (const f of await otherFileFindings(layout)) findings.push(f)
  for (const file of layout.strayCsvFiles) {
    if (!options.looseFiles) {
      findings.push(finding('AP605', { file, line: 1 }, text('repo.file.stray', { file })))
    }
    requests.push(request(layout.root, file, maxBytes, undefined))
  }
  // Each phase lets go of what the one before it made (the scan; the workers' messages; the
  // records' text and parsed devices) before it makes its own: see collectGarbage. Right after the
  // file checks there is little to collect, but V8 then sizes the heap for the records on what is
  // live (without it, 150,000 devices' plan peaked 20 MB higher); no record, nothing to fold.
  collectGarbage()
  const reports = await checker.checkAll(requests)
  collectGarbage()
  const strayReports = sortReports(reports, customers, ownerOf, findings)
  collectGarbage()
  const records = await readRecordFiles(layout.root, layout.customers)
  collectGarbage()
  // The states share the rows' strings (see sharedKeys); with no record, no index of the files.
  const keysOf = records.records.length > 0 ? sharedKeys(rowsOf(customers)) : undefined
  const ledger = foldRecords(records.records, keysOf)
  if (records.records.length > 0) collectGarbage()
  for (const f of records.findings) findings.push(f)
  for (const slug of records.unreadable) ledger.unreadable.add(slug)
  return { root: layout.root, customers, strayReports, findings, ledger }
}

/** Every customer's device files, with their rows: what the ledger shares its strings with. */
function* rowsOf(customers: readonly CustomerInspection[]) {
  for (const customer of customers) yield* customer.reports
}

/** Every customer.yml, and the checks its device files are to get. */
async function readCustomers(layout: RepositoryLayout, maxBytes: number) {
  const findings: Finding[] = []
  const customers: CustomerInspection[] = []
  const requests: FileCheckRequest[] = []
  const ownerOf = new Map<string, string>()
  const reads = await mapInParallel(layout.customers, (folder) =>
    readCustomerFile(layout.root, folder),
  )
  for (const [index, folder] of layout.customers.entries()) {
    const read = reads[index] as Awaited<ReturnType<typeof readCustomerFile>>
    for (const f of read.findings) findings.push(f)
    if (!SLUG.test(folder.slug)) {
      const at = { file: folder.configFile, line: 1 }
      const slug = shorten(folder.slug, 40)
      findings.push(finding('AP605', at, text('repo.folder.notSlug', { slug })))
    }
    customers.push({
      folder,
      ...(read.customer ? { customer: read.customer } : {}),
      reports: [],
      deregister: [],
    })
    for (const file of folder.deviceFiles) {
      ownerOf.set(file, folder.slug)
      const tagged = read.customer ? fileTags(file, read.customer) : undefined
      if (tagged?.finding) findings.push(tagged.finding)
      requests.push(request(layout.root, file, maxBytes, tagged?.tags))
    }
  }
  return { customers, requests, ownerOf, findings }
}

/**
 * Gives each file's report to its customer (returning those of no customer), gathers their
 * findings (each report's capped already: see checkDeviceFile), and adds the duplicates across
 * the whole repository, capped per file and rule too: a file committed twice makes 100,000
 * duplicates. A row with a duplicate is marked (see findDuplicates), so that the plan blocks it
 * even past the cap.
 */
function sortReports(
  reports: readonly FileReport[],
  customers: readonly CustomerInspection[],
  ownerOf: ReadonlyMap<string, string>,
  findings: Finding[],
): FileReport[] {
  const bySlug = new Map(customers.map((c) => [c.folder.slug, c]))
  const strayReports: FileReport[] = []
  const owned: OwnedDevice[] = []
  const shared = stringPool()
  for (const report of reports) {
    for (const f of report.findings) findings.push(f)
    const slug = ownerOf.get(report.file)
    const owner = slug === undefined ? undefined : bySlug.get(slug)
    if (owner) owner.reports.push(report)
    else strayReports.push(report)
    for (const device of report.devices) {
      // Reports from worker threads arrive with a copy of every string per device: share the
      // repeated ones, which keeps 100,000 devices well inside the memory budget.
      device.file = report.file
      device.manufacturer = shared(device.manufacturer)
      device.model = shared(device.model)
      owned.push({ device, customer: slug })
    }
  }
  const duplicates = new FindingCap()
  findDuplicates(owned, duplicates)
  for (const f of duplicates.list()) findings.push(f)
  return strayReports
}

async function readLayout(options: InspectOptions): Promise<RepositoryLayout> {
  const loose = options.looseFiles
  if (loose === undefined) return scanRepository(options.root)
  const files =
    loose.length > 0
      ? [...loose]
      : (await scanRepository(options.root, { customers: false })).strayCsvFiles
  return { root: options.root, customers: [], strayCsvFiles: files, notCustomers: [] }
}

function request(
  root: string,
  file: string,
  maxBytes: number,
  tags: FileTags | undefined,
): FileCheckRequest {
  return {
    path: path.join(root, file),
    file,
    maxBytes,
    ...(tags === undefined ? {} : { tags }),
  }
}
