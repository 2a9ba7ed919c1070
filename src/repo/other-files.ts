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
import type { Text } from '../messages/text.js'
import { text } from '../messages/text-of.js'
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
    return specialEntryFinding(absolute, file, head.what, text('repo.special.customerFile'))
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
        ? text('repo.special.customers')
        : text('repo.special.customerFolder', { name })
    return specialEntryFinding(absolute, file, head.what, consequence)
  }
  if (head.kind !== 'read') {
    return finding('AP108', { file, line: 1 }, text('repo.file.vanished', { file }))
  }
  const at = { file, line: 1 }
  if (/\.(md|markdown)$/i.test(name)) {
    return finding('AP108', at, text('repo.file.documentation', { file }), DOCS_HINT, 'notice')
  }
  const kind = sniffFileKind(head.bytes, file)
  const message =
    kind.kind === 'device-list'
      ? text('repo.file.notCustomer.deviceList', { file })
      : kind.kind === 'workbook'
        ? text('repo.file.notCustomer.workbook', { file })
        : text('repo.file.notCustomer.other', { file })
  return finding(
    kind.kind === 'other' ? 'AP108' : kind.kind === 'device-list' ? 'AP106' : 'AP107',
    at,
    message,
    text('repo.file.notCustomerHint', { csvName: csvNameOf(name) }),
  )
}

const DOCS_HINT = text('repo.file.documentationHint', { devices: 'customers/<slug>/devices/' })

const ENCODING_NAMES: Partial<Record<string, Text>> = {
  'utf-8-bom': text('repo.encoding.utf8Bom'),
  'utf-16le': text('repo.encoding.named', { name: 'UTF-16LE' }),
  'utf-16be': text('repo.encoding.named', { name: 'UTF-16BE' }),
  'windows-1252': text('repo.encoding.named', { name: 'Windows-1252' }),
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
      text('repo.file.listNotCsv', { file, firstLine: kind.firstLine, encoding }),
      text(inDevices ? 'repo.file.renameToCsv' : 'repo.file.moveToCsv', { target, devices }),
    )
  }
  const { what } = kind
  if (!inDevices && /\.(md|markdown)$/i.test(name)) {
    return finding(
      'AP108',
      at,
      text('repo.file.documentation', { file }),
      text('repo.file.documentationHint', { devices }),
      'notice',
    )
  }
  if (file.split('/').length === 3 && /^customer\.(ya?ml|json)$/i.test(name)) {
    return finding(
      'AP108',
      at,
      text('repo.file.settingsName', { file }),
      text('repo.file.settingsNameHint', { slug }),
    )
  }
  return finding(
    'AP108',
    at,
    text(inDevices ? 'repo.file.notDeviceListInDevices' : 'repo.file.notDeviceList', {
      file,
      what,
    }),
  )
}
