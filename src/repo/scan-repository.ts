import type { Dirent } from 'node:fs'
import { lstat, readdir } from 'node:fs/promises'
import path from 'node:path'

export interface CustomerFolder {
  slug: string
  /** customer.yml, relative to the root. */
  configFile: string
  /** Device CSVs under devices/, relative to the root, sorted. */
  deviceFiles: string[]
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
  const allFiles = await findFiles(root, '')
  const customers = new Map<string, CustomerFolder>()
  const listed = options.customers ? await customerEntries(root) : { linked: false, entries: [] }
  const notCustomers: string[] = listed.linked ? ['customers'] : []
  for (const entry of listed.entries) {
    if (entry.isDirectory()) {
      customers.set(entry.name, {
        slug: entry.name,
        configFile: `customers/${entry.name}/customer.yml`,
        deviceFiles: [],
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
async function findFiles(root: string, relative: string): Promise<string[]> {
  const found: string[] = []
  const entries = await readDirectory(path.join(root, relative))
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    const child = relative === '' ? entry.name : `${relative}/${entry.name}`
    if (entry.isDirectory() && !SKIPPED_DIRECTORIES.has(entry.name)) {
      found.push(...(await findFiles(root, child)))
    } else if (!entry.isDirectory()) {
      found.push(child)
    }
  }
  return found
}

async function readDirectory(dir: string): Promise<Dirent[]> {
  try {
    return await readdir(dir, { withFileTypes: true })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}

/** Total bytes of the given files, to decide whether workers pay off; a link counts as itself. */
export async function totalBytes(root: string, files: readonly string[]): Promise<number> {
  let total = 0
  for (const file of files) {
    total += (await lstat(path.join(root, file)).catch(() => undefined))?.size ?? 0
  }
  return total
}
