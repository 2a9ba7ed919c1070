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
}

export interface RepositoryLayout {
  root: string
  customers: CustomerFolder[]
  /** CSV files anywhere else, relative to the root: AP605. */
  strayCsvFiles: string[]
}

const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules'])

/** Finds the customers and device files of a repository. Reads directory listings only. */
export async function scanRepository(
  root: string,
  options: { customers: boolean } = { customers: true },
): Promise<RepositoryLayout> {
  const csvFiles = await findCsvFiles(root, '')
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
    })
  }
  const strayCsvFiles: string[] = []
  for (const file of csvFiles) {
    const [top, slug, folder] = file.split('/')
    const customer = slug === undefined ? undefined : customers.get(slug)
    if (top === 'customers' && folder === 'devices' && customer) customer.deviceFiles.push(file)
    else strayCsvFiles.push(file)
  }
  return {
    root,
    customers: [...customers.values()].sort((a, b) => a.slug.localeCompare(b.slug, 'en')),
    strayCsvFiles,
  }
}

async function findCsvFiles(root: string, relative: string): Promise<string[]> {
  const found: string[] = []
  const entries = await readDirectory(path.join(root, relative))
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    const child = relative === '' ? entry.name : `${relative}/${entry.name}`
    if (entry.isDirectory() && !SKIPPED_DIRECTORIES.has(entry.name)) {
      found.push(...(await findCsvFiles(root, child)))
    } else if (entry.isFile() && /\.csv$/i.test(entry.name)) {
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
