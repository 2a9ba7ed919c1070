import type { Dirent } from 'node:fs'
import { lstat, readdir } from 'node:fs/promises'
import path from 'node:path'
import { FILE_CALLS_IN_FLIGHT, gate, mapInParallel } from './in-parallel.js'

export interface CustomerFolder {
  slug: string
  /** customer.yml, relative to the root. */
  configFile: string
  /** Device CSVs under devices/, relative to the root, sorted. */
  deviceFiles: string[]
  /** Deregistration requests: CSVs under deregister/, relative to the root, sorted. */
  deregisterFiles: string[]
  /**
   * Registration records under registrations/, relative to the root, sorted (that is, oldest
   * first); links and special files among them too, for the reader to refuse (AP109).
   */
  recordFiles: string[]
  /**
   * Every other entry in the folder, outside registrations/: not read as devices, so each is
   * accounted for by a finding (see other-files.ts), a link to a folder included. Git's
   * placeholders are left out.
   */
  otherFiles: string[]
}

export interface RepositoryLayout {
  root: string
  customers: CustomerFolder[]
  /** CSV files anywhere else, relative to the root: AP605. */
  strayCsvFiles: string[]
  /**
   * What stands where customers are looked for but is no customer folder: `customers` itself
   * when it is a link, and each entry of customers/ that is a link, a special file, or a file
   * other than a CSV. Each gets a finding (other-files.ts); none is read, no link followed.
   */
  notCustomers: string[]
}

const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules'])
/** What git needs to keep a folder or its settings; never a device list. */
const GIT_HOUSEKEEPING = new Set(['.gitkeep', '.keep', '.gitignore', '.gitattributes'])
const isCsv = (file: string) => /\.csv$/i.test(file)

/**
 * Finds the customers and device files of a repository. Reads directory listings only, and
 * follows no link: a linked folder is an entry like a file, which its finding names (AP109).
 */
export async function scanRepository(
  root: string,
  options: { customers: boolean } = { customers: true },
): Promise<RepositoryLayout> {
  const allFiles = await findFiles(root, '', gate())
  const customers = new Map<string, CustomerFolder>()
  const listed = options.customers ? await customerEntries(root) : { linked: false, entries: [] }
  const notCustomers: string[] = listed.linked ? ['customers'] : []
  for (const entry of listed.entries) {
    if (entry.isDirectory()) {
      customers.set(entry.name, {
        slug: entry.name,
        configFile: `customers/${entry.name}/customer.yml`,
        deviceFiles: [],
        deregisterFiles: [],
        recordFiles: [],
        otherFiles: [],
      })
    } else if (!isCsv(entry.name)) {
      // A CSV lying in customers/ is a stray like any other (AP605).
      notCustomers.push(`customers/${entry.name}`)
    }
  }
  const strayCsvFiles: string[] = []
  for (const file of allFiles) {
    const [top, slug, folder] = file.split('/')
    const customer = top === 'customers' && slug !== undefined ? customers.get(slug) : undefined
    if (customer && isRecord(file, folder)) customer.recordFiles.push(file)
    else if (!isCsv(file)) {
      if (customer && isOtherFile(file, folder)) customer.otherFiles.push(file)
    } else if (folder === 'devices' && customer) customer.deviceFiles.push(file)
    else if (folder === 'deregister' && customer) customer.deregisterFiles.push(file)
    else strayCsvFiles.push(file)
  }
  for (const customer of customers.values()) customer.recordFiles.sort()
  return {
    root,
    customers: [...customers.values()].sort((a, b) => a.slug.localeCompare(b.slug, 'en')),
    strayCsvFiles,
    notCustomers,
  }
}

/** The entries of customers/, or none when customers is a link (never followed) or no folder. */
async function customerEntries(root: string): Promise<{ linked: boolean; entries: Dirent[] }> {
  const info = await lstat(path.join(root, 'customers')).catch(() => undefined)
  if (info?.isSymbolicLink()) return { linked: true, entries: [] }
  const entries = info?.isDirectory() ? await readDirectory(path.join(root, 'customers')) : []
  return { linked: false, entries }
}

/** A registration record: `customers/<slug>/registrations/<name>.json`. */
function isRecord(file: string, folder: string | undefined): boolean {
  return folder === 'registrations' && file.split('/').length === 4 && /\.json$/i.test(file)
}

/** A file of a customer folder that is not customer.yml, a record, a CSV or one of git's. */
function isOtherFile(file: string, folder: string | undefined): boolean {
  const parts = file.split('/')
  if (parts.length === 3 && folder === 'customer.yml') return false
  if (parts.length > 3 && folder === 'registrations') return false
  return !GIT_HOUSEKEEPING.has(parts[parts.length - 1] ?? '')
}

/**
 * Every entry below `relative` that is no folder (files, and links, FIFOs and the like, which the
 * readers refuse), depth first in name order, relative to the root. A link to a folder is not
 * followed into.
 */
async function findFiles(
  root: string,
  relative: string,
  inFlight: ReturnType<typeof gate>,
): Promise<string[]> {
  // The listing holds a place in the gate; the folders below are listed after it is given back,
  // so deep trees cannot fill the gate with parents waiting on children.
  const entries = await inFlight(() => readDirectory(path.join(root, relative)))
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const below = await Promise.all(
    entries.map((entry) => {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`
      if (!entry.isDirectory()) return [child]
      return SKIPPED_DIRECTORIES.has(entry.name) ? [] : findFiles(root, child, inFlight)
    }),
  )
  return below.flat()
}

async function readDirectory(dir: string): Promise<Dirent[]> {
  try {
    return await readdir(dir, { withFileTypes: true })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}

/**
 * The total size of the given files, counted only until it reaches `enough`: whether workers pay
 * off needs no more, and 10,000 small files need not all be looked at. A link counts as itself.
 */
export async function bytesUpTo(paths: readonly string[], enough: number): Promise<number> {
  let total = 0
  const batch = FILE_CALLS_IN_FLIGHT
  for (let start = 0; start < paths.length && total < enough; start += batch) {
    const sizes = await mapInParallel(
      paths.slice(start, start + batch),
      async (file) => (await lstat(file).catch(() => undefined))?.size ?? 0,
    )
    for (const size of sizes) total += size
  }
  return total
}

/**
 * The bytes of the device CSVs in customers/<slug>/devices/, counted until `enough`, customer by
 * customer: a cheap look for whether a run needs workers, which lists no more folders than it
 * takes to know.
 */
export async function deviceBytesUpTo(root: string, enough: number): Promise<number> {
  const customers = path.join(root, 'customers')
  const folders = (await readDirectory(customers)).filter((entry) => entry.isDirectory())
  let total = 0
  for (let start = 0; start < folders.length && total < enough; start += FILE_CALLS_IN_FLIGHT) {
    const lists = await mapInParallel(folders.slice(start, start + FILE_CALLS_IN_FLIGHT), (f) =>
      readDirectory(path.join(customers, f.name, 'devices')).then((entries) =>
        entries.filter((e) => isCsv(e.name)).map((e) => path.join(e.parentPath, e.name)),
      ),
    )
    total += await bytesUpTo(lists.flat(), enough - total)
  }
  return total
}
