import { constants } from 'node:fs'
import { lstat, open } from 'node:fs/promises'
import path from 'node:path'
import {
  CUSTOMER_FILE_MAX_BYTES,
  type Customer,
  missingCustomerFinding,
  oversizedCustomerFinding,
  parseCustomer,
  quoted,
} from '../config/read-customer.js'
import { type SpecialKind, specialEntryFinding, specialKind } from '../csv/file-kind.js'
import { NO_FOLLOW, readFully } from '../csv/file-read.js'
import { formatBytes } from '../csv/read-device-csv.js'
import { type Finding, finding } from '../findings/finding.js'
import { shorten } from '../findings/shorten.js'
import { type ParsedRecordFile, parseRecordBytes } from '../ledger/fold-ledger.js'
import type { RegistrationRecord } from '../ledger/record-schema.js'
import { text } from '../messages/catalogue.js'
import { mapInParallel } from './in-parallel.js'
import type { CustomerFolder } from './scan-repository.js'

/**
 * A registration record takes some 560 bytes a device: 128 MiB is a single run of about 200,000
 * devices, twice a large repository, and far from where a string no longer fits (512 MiB).
 */
export const RECORD_MAX_BYTES = 128 * 1024 * 1024

export type FileRead =
  | { kind: 'read'; bytes: Buffer }
  | { kind: 'missing' }
  /** A symbolic link, a FIFO, a socket, a device or a folder: `what` in words. */
  | { kind: 'special'; what: SpecialKind }
  | { kind: 'too-large'; size: number }

/**
 * Reads a regular file of the checkout, never anything else: a link is not followed (lstat, then
 * O_NOFOLLOW, so a file swapped for a link in between is refused too), a FIFO is not waited on,
 * `/dev/zero` is not read for ever. Over `maxBytes` it is not read at all, or with `head` only its
 * first `maxBytes` are.
 */
export async function readRegularFile(
  absolute: string,
  maxBytes: number,
  options: { head?: boolean } = {},
): Promise<FileRead> {
  const info = await lstat(absolute).catch(missingAsUndefined)
  if (!info) return { kind: 'missing' }
  const before = info.isDirectory() ? 'folder' : specialKind(info)
  if (before) return { kind: 'special', what: before }
  const handle = await open(absolute, constants.O_RDONLY | NO_FOLLOW).catch(missingAsUndefined)
  if (!handle) return { kind: 'missing' }
  try {
    const opened = await handle.stat()
    const what = opened.isDirectory() ? 'folder' : specialKind(opened)
    if (what) return { kind: 'special', what }
    if (opened.size > maxBytes && !options.head) return { kind: 'too-large', size: opened.size }
    // One byte more than allowed tells a file that grew since fstat.
    const buffer = Buffer.alloc(Math.min(opened.size, maxBytes) + 1)
    const length = await readFully(handle, buffer)
    if (length > maxBytes && !options.head) return { kind: 'too-large', size: length }
    return { kind: 'read', bytes: buffer.subarray(0, Math.min(length, maxBytes)) }
  } finally {
    await handle.close()
  }
}

function missingAsUndefined(error: unknown): undefined {
  const code = (error as NodeJS.ErrnoException).code
  // ELOOP: the entry became a link between lstat and open.
  if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP') return undefined
  throw error
}

/** Reads and checks one customer's customer.yml: only a regular file, and at most 16 KiB. */
export async function readCustomerFile(
  root: string,
  folder: CustomerFolder,
): Promise<{ customer?: Customer; findings: Finding[] }> {
  const file = folder.configFile
  const absolute = path.join(root, file)
  const read = await readRegularFile(absolute, CUSTOMER_FILE_MAX_BYTES)
  const at = { file, line: 1 }
  switch (read.kind) {
    case 'missing':
      return { findings: [missingCustomerFinding(file, folder.slug)] }
    case 'special':
      if (read.what === 'folder') {
        const message = text('repo.customer.folder', { slug: shorten(folder.slug, 40) })
        return { findings: [finding('AP601', at, message)] }
      }
      return {
        findings: [
          await specialEntryFinding(
            absolute,
            file,
            read.what,
            text('repo.special.settings', { slug: quoted(folder.slug) }),
          ),
        ],
      }
    case 'too-large':
      return { findings: [oversizedCustomerFinding(file, read.size)] }
    case 'read':
      return parseCustomer(read.bytes.toString('utf8'), { file, slug: folder.slug })
  }
}

/**
 * Every customer's registration records, parsed (each as soon as it is read, so that no more than
 * a few records' text is held at once); one that is no regular file (AP109), over 128 MiB or no
 * record (AP606) is a finding instead, and its customer's registration state is unknown.
 */
export async function readRecordFiles(
  root: string,
  customers: readonly CustomerFolder[],
): Promise<{ records: ParsedRecordFile[]; findings: Finding[]; unreadable: Set<string> }> {
  const records: ParsedRecordFile[] = []
  const findings: Finding[] = []
  const unreadable = new Set<string>()
  const wanted = customers.flatMap((folder) =>
    folder.recordFiles.map((file) => ({ file, customer: folder.slug })),
  )
  const reads = await mapInParallel(wanted, (want) => readAndParse(root, want), 4)
  for (const [index, { file, customer }] of wanted.entries()) {
    const read = reads[index] as { record?: RegistrationRecord; findings: Finding[] }
    for (const f of read.findings) findings.push(f)
    if (read.record) records.push({ file, customer, record: read.record })
    else unreadable.add(customer)
  }
  return { records, findings, unreadable }
}

async function readAndParse(
  root: string,
  want: { file: string; customer: string },
): Promise<{ record?: RegistrationRecord; findings: Finding[] }> {
  const read = await readRecordFile(root, want.file)
  if (!('bytes' in read)) return { findings: [read.finding] }
  const parsed = parseRecordBytes({ ...want, bytes: read.bytes })
  // Detached, the bytes (readRegularFile's own allocation) are let go at once, not at the next
  // full collection: a record of 150,000 devices is 54 MB.
  const bytes = read.bytes.buffer as Detachable
  bytes.transfer(0)
  return parsed
}

type RecordRead = { bytes: Buffer } | { finding: Finding }

/** ES2024's ArrayBuffer.prototype.transfer (Node 24 has it; the ES2023 lib does not declare it). */
type Detachable = ArrayBuffer & { transfer(length: number): ArrayBuffer }

async function readRecordFile(root: string, file: string): Promise<RecordRead> {
  const absolute = path.join(root, file)
  const read = await readRegularFile(absolute, RECORD_MAX_BYTES)
  const at = { file, line: 1 }
  switch (read.kind) {
    case 'read':
      return { bytes: read.bytes }
    case 'special':
      return {
        finding: await specialEntryFinding(absolute, file, read.what, text('repo.special.record')),
      }
    case 'too-large': {
      const size = { size: formatBytes(read.size), limit: formatBytes(RECORD_MAX_BYTES) }
      const message = text('repo.record.tooLarge', size)
      return { finding: finding('AP606', at, message) }
    }
    case 'missing':
      return { finding: finding('AP606', at, text('repo.record.vanished')) }
  }
}
