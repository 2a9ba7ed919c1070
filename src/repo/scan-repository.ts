import type { Dirent } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'

export interface CustomerFolder {
  slug: string
  /** customer.yml, relative to the root. */
  configFile: string
  /** Device CSVs under devices/, relative to the root, sorted. */
  deviceFiles: string[]
  /** Registration records under registrations/, relative to the root, sorted (that is, oldest first). */
  recordFiles: string[]
  /**
   * Every other file in the folder, outside registrations/: not read as devices, so each is
   * accounted for by a finding (see other-files.ts). Git's placeholders are left out.
   */
  otherFiles: string[]
}

export interface RepositoryLayout {
  root: string
  customers: CustomerFolder[]
  /** CSV files anywhere else, relative to the root: AP605. */
  strayCsvFiles: string[]
}

const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules'])
/** What git needs to keep a folder or its settings; never a device list. */
const GIT_HOUSEKEEPING = new Set(['.gitkeep', '.keep', '.gitignore', '.gitattributes'])
const isCsv = (file: string) => /\.csv$/i.test(file)

/** Finds the customers and device files of a repository. Reads directory listings only. */
export async function scanRepository(
  root: string,
  options: { customers: boolean } = { customers: true },
): Promise<RepositoryLayout> {
  const allFiles = await findFiles(root, '')
  const customers = new Map<string, CustomerFolder>()
  const folders = options.customers ? await readDirectory(path.join(root, 'customers')) : []
  for (const entry of folders) {
    if (!entry.isDirectory()) continue
    const records = await readDirectory(path.join(root, 'customers', entry.name, 'registrations'))
    customers.set(entry.name, {
      slug: entry.name,
      configFile: `customers/${entry.name}/customer.yml`,
      deviceFiles: [],
      recordFiles: records
        .filter((r) => r.isFile() && r.name.toLowerCase().endsWith('.json'))
        .map((r) => `customers/${entry.name}/registrations/${r.name}`)
        .sort(),
      otherFiles: [],
    })
  }
  const strayCsvFiles: string[] = []
  for (const file of allFiles) {
    const [top, slug, folder] = file.split('/')
    const customer = top === 'customers' && slug !== undefined ? customers.get(slug) : undefined
    if (!isCsv(file)) {
      if (customer && isOtherFile(file, folder)) customer.otherFiles.push(file)
    } else if (folder === 'devices' && customer) customer.deviceFiles.push(file)
    else strayCsvFiles.push(file)
  }
  return {
    root,
    customers: [...customers.values()].sort((a, b) => a.slug.localeCompare(b.slug, 'en')),
    strayCsvFiles,
  }
}

/** A file of a customer folder that is not customer.yml, a record, a CSV or one of git's. */
function isOtherFile(file: string, folder: string | undefined): boolean {
  const parts = file.split('/')
  if (parts.length === 3 && folder === 'customer.yml') return false
  if (parts.length > 3 && folder === 'registrations') return false
  return !GIT_HOUSEKEEPING.has(parts[parts.length - 1] ?? '')
}

/** Every file below `relative`, depth first in name order, relative to the root. */
async function findFiles(root: string, relative: string): Promise<string[]> {
  const found: string[] = []
  const entries = await readDirectory(path.join(root, relative))
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    const child = relative === '' ? entry.name : `${relative}/${entry.name}`
    if (entry.isDirectory() && !SKIPPED_DIRECTORIES.has(entry.name)) {
      found.push(...(await findFiles(root, child)))
    } else if (entry.isFile()) {
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

/** Total bytes of the given files, to decide whether workers pay off. */
export async function totalBytes(root: string, files: readonly string[]): Promise<number> {
  let total = 0
  for (const file of files) total += (await stat(path.join(root, file))).size
  return total
}
