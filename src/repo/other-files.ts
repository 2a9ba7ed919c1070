import path from 'node:path'
import {
  csvNameOf,
  type FileKind,
  SNIFF_BYTES,
  sniffFileKind,
  specialEntryFinding,
  workbookFinding,
} from '../csv/file-kind.js'
import { type Finding, finding } from '../findings/finding.js'
import { english, text } from '../messages/catalogue.js'
import { mapInParallel } from './in-parallel.js'
import { readRegularFile } from './read-files.js'
import type { RepositoryLayout } from './scan-repository.js'

/**
 * Accounts for every entry of a customer folder that is not read as devices, customer or record:
 * a device list under another name than *.csv (AP106), an Excel workbook (AP107), a link or
 * special file (AP109), anything else (AP108); and for what stands in customers/ but is no
 * customer folder. Only the first few KB of a regular file are read; a link is never followed.
 */
export async function otherFileFindings(layout: RepositoryLayout): Promise<Finding[]> {
  const strays = await mapInParallel(layout.notCustomers, (file) =>
    notCustomerFinding(layout.root, file),
  )
  const others = layout.customers.flatMap((folder) =>
    folder.otherFiles.map((file) => ({ file, slug: folder.slug })),
  )
  const found = await mapInParallel(others, ({ file, slug }) =>
    customerFileFinding(layout.root, file, slug),
  )
  return [...strays, ...found.filter((f) => f !== undefined)]
}

async function customerFileFinding(
  root: string,
  file: string,
  slug: string,
): Promise<Finding | undefined> {
  const absolute = path.join(root, file)
  const head = await readRegularFile(absolute, SNIFF_BYTES, { head: true })
  if (head.kind === 'special') {
    const consequence = 'nothing in it is read, and nothing of it is registered'
    return specialEntryFinding(absolute, file, head.what, verbatim(consequence))
  }
  return head.kind === 'read'
    ? otherFileFinding(file, slug, sniffFileKind(head.bytes, file))
    : undefined
}

/** `customers` when a link, or an entry of customers/ that is no customer folder. */
async function notCustomerFinding(root: string, file: string): Promise<Finding> {
  const absolute = path.join(root, file)
  const name = path.posix.basename(file)
  const head = await readRegularFile(absolute, SNIFF_BYTES, { head: true })
  if (head.kind === 'special') {
    const consequence =
      file === 'customers'
        ? 'no customer is read, and nothing is registered'
        : `customer \`${name}\` is not read, and none of its devices is registered`
    return specialEntryFinding(absolute, file, head.what, verbatim(consequence))
  }
  if (head.kind !== 'read') {
    return finding('AP108', { file, line: 1 }, `\`${file}\` vanished while it was read`)
  }
  const at = { file, line: 1 }
  if (/\.(md|markdown)$/i.test(name)) {
    return finding('AP108', at, `\`${file}\` is documentation: it is not read`, DOCS_HINT, 'notice')
  }
  const kind = sniffFileKind(head.bytes, file)
  const what =
    kind.kind === 'device-list'
      ? 'a device list'
      : kind.kind === 'workbook'
        ? 'an Excel workbook'
        : 'a file'
  return finding(
    kind.kind === 'other' ? 'AP108' : kind.kind === 'device-list' ? 'AP106' : 'AP107',
    at,
    `\`${file}\` is ${what}, not a customer folder: it is not read${kind.kind === 'other' ? '' : ', and none of its devices is registered'}`,
    `A customer is a folder, customers/<slug>/, with customer.yml and the device lists in devices/ as .csv files: move this file into the folder of its customer (as \`customers/<slug>/devices/${csvNameOf(name)}\` if it lists devices), or delete it.`,
  )
}

const DOCS_HINT = 'Nothing to do; device lists go in customers/<slug>/devices/ as .csv files.'

const ENCODING_NAMES: Partial<Record<string, string>> = {
  'utf-8-bom': 'UTF-8 with a byte order mark',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  'windows-1252': 'Windows-1252',
}

/** The finding for one such file, by what its first bytes say it is. */
export function otherFileFinding(file: string, slug: string, kind: FileKind): Finding {
  const at = { file, line: 1 }
  const name = path.posix.basename(file)
  const devices = `customers/${slug}/devices/`
  const inDevices = file.startsWith(devices)
  // Where the file belongs once it is CSV: beside itself in devices/, or in devices/.
  const target = `${inDevices ? path.posix.dirname(file) : devices.slice(0, -1)}/${csvNameOf(name)}`
  if (kind.kind === 'workbook') return workbookFinding(file, kind.format, target)
  if (kind.kind === 'device-list') {
    const encoding = ENCODING_NAMES[kind.encoding]
    return finding(
      'AP106',
      at,
      `\`${file}\` is a device list (its first line is ${english(kind.firstLine)}${encoding ? `, ${encoding}` : ''}), but its name does not end in .csv: it is not read, and none of its devices is registered`,
      `${inDevices ? 'Rename' : 'Move'} it to \`${target}\`: only .csv files under ${devices} are read and registered.`,
    )
  }
  const what = kind.what ? ` (it is ${english(kind.what)})` : ''
  if (!inDevices && /\.(md|markdown)$/i.test(name)) {
    return finding(
      'AP108',
      at,
      `\`${file}\` is documentation: it is not read`,
      `Nothing to do; device lists go in ${devices} as .csv files.`,
      'notice',
    )
  }
  if (file.split('/').length === 3 && /^customer\.(ya?ml|json)$/i.test(name)) {
    return finding(
      'AP108',
      at,
      `\`${file}\` is not read: the customer's settings must be in \`customer.yml\``,
      `Rename it to \`customers/${slug}/customer.yml\`: only that name is read.`,
    )
  }
  return finding(
    'AP108',
    at,
    `\`${file}\` is not a device list${what}, so it is not read${inDevices ? ': nothing in it is registered' : ''}`,
  )
}

// TODO(issue 15): csv/file-kind takes a Text for what is not read; this file's own keys replace it.
const verbatim = (words: string) => text('verbatim', { words })
