import { open } from 'node:fs/promises'
import path from 'node:path'
import {
  csvNameOf,
  type FileKind,
  SNIFF_BYTES,
  sniffFileKind,
  workbookFinding,
} from '../csv/file-kind.js'
import { type Finding, finding } from '../findings/finding.js'
import type { RepositoryLayout } from './scan-repository.js'

/**
 * Accounts for every file of a customer folder that is not read as devices, customer or record:
 * a device list under another name than *.csv (AP106), an Excel workbook (AP107), anything else
 * (AP108). Only the first few KB of each are read.
 */
export async function otherFileFindings(layout: RepositoryLayout): Promise<Finding[]> {
  const findings: Finding[] = []
  for (const folder of layout.customers) {
    for (const file of folder.otherFiles) {
      const head = await readHead(path.join(layout.root, file))
      findings.push(otherFileFinding(file, folder.slug, sniffFileKind(head, file)))
    }
  }
  return findings
}

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
      `\`${file}\` is a device list (its first line is ${kind.firstLine}${encoding ? `, ${encoding}` : ''}), but its name does not end in .csv: it is not read, and none of its devices is registered`,
      `${inDevices ? 'Rename' : 'Move'} it to \`${target}\`: only .csv files under ${devices} are read and registered.`,
    )
  }
  const what = kind.what ? ` (it is ${kind.what})` : ''
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

async function readHead(file: string): Promise<Buffer> {
  const handle = await open(file, 'r')
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES)
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}
