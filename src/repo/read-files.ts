import { constants } from 'node:fs'
import { type FileHandle, lstat, open } from 'node:fs/promises'
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
import { type Finding, finding } from '../findings/finding.js'
import { shorten } from '../findings/shorten.js'
import { type ParsedRecordFile, parseRecordBytes, recordParser } from '../ledger/fold-ledger.js'
import type { RegistrationRecord } from '../ledger/record-schema.js'
import { text } from '../messages/text-of.js'
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
  const opened = await openRegularFile(absolute)
  if (opened.kind !== 'open') return opened
  const { handle, size } = opened
  try {
    if (size > maxBytes && !options.head) return { kind: 'too-large', size }
    // One byte more than allowed tells a file that grew since fstat.
    const buffer = Buffer.alloc(Math.min(size, maxBytes) + 1)
    const length = await readFully(handle, buffer)
    if (length > maxBytes && !options.head) return { kind: 'too-large', size: length }
    return { kind: 'read', bytes: buffer.subarray(0, Math.min(length, maxBytes)) }
  } finally {
    await handle.close()
  }
}

/** Bytes handed over a piece at a time: a record of 150,000 devices in 54 pieces. */
const PIECE_BYTES = 1024 * 1024

/**
 * readRegularFile, the bytes handed to `take` a piece at a time as they are read, each into the
 * bytes of the one before (`take` copies what it keeps); it
 * stops reading where `take` returns false (`stopped`). A file over `maxBytes` is not read, or,
 * grown since, not read further.
 */
export async function readRegularFileInPieces(
  absolute: string,
  maxBytes: number,
  take: (piece: Buffer) => boolean,
): Promise<Exclude<FileRead, { kind: 'read' }> | { kind: 'read' | 'stopped' }> {
  const opened = await openRegularFile(absolute)
  if (opened.kind !== 'open') return opened
  const { handle, size } = opened
  try {
    if (size > maxBytes) return { kind: 'too-large', size }
    // Every piece is read into the same bytes (`take` copies what it keeps); no more than the
    // file needs, since most records are small and a repository may hold thousands.
    const piece = Buffer.allocUnsafe(Math.min(PIECE_BYTES, size + 1))
    let length = 0
    for (;;) {
      const { bytesRead } = await handle.read(piece, 0, piece.length, length)
      if (bytesRead === 0) return { kind: 'read' }
      length += bytesRead
      if (length > maxBytes) return { kind: 'too-large', size: length }
      if (!take(piece.subarray(0, bytesRead))) return { kind: 'stopped' }
    }
  } finally {
    await handle.close()
  }
}

/**
 * Opens a regular file of the checkout, never anything else: a link is not followed (lstat, then
 * O_NOFOLLOW, so a file swapped for a link in between is refused too), a FIFO is not waited on.
 */
async function openRegularFile(
  absolute: string,
): Promise<
  { kind: 'open'; handle: FileHandle; size: number } | Exclude<FileRead, { kind: 'read' }>
> {
  const info = await lstat(absolute).catch(missingAsUndefined)
  if (!info) return { kind: 'missing' }
  const before = info.isDirectory() ? 'folder' : specialKind(info)
  if (before) return { kind: 'special', what: before }
  const handle = await open(absolute, constants.O_RDONLY | NO_FOLLOW).catch(missingAsUndefined)
  if (!handle) return { kind: 'missing' }
  try {
    const opened = await handle.stat()
    const what = opened.isDirectory() ? 'folder' : specialKind(opened)
    if (what) {
      await handle.close()
      return { kind: 'special', what }
    }
    return { kind: 'open', handle, size: opened.size }
  } catch (error) {
    await handle.close()
    throw error
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
  const parser = recordParser(want)
  const absolute = path.join(root, want.file)
  const read = await readRegularFileInPieces(absolute, RECORD_MAX_BYTES, parser.take)
  if (read.kind === 'read') {
    const parsed = parser.finish()
    if (parsed) return parsed
  }
  // A record of another shape than the registration run writes, or one that does not parse, is
  // read again whole, so that what it gives, or its finding, is JSON.parse's own; a file that is
  // no record to read is looked at again for its finding.
  const whole = await readRecordFile(root, want.file)
  if (!('bytes' in whole)) return { findings: [whole.finding] }
  const parsed = parseRecordBytes({ ...want, bytes: whole.bytes })
  // Detached, the bytes (readRegularFile's own allocation) are let go at once, not at the next
  // full collection.
  const bytes = whole.bytes.buffer as Detachable
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
      const size = { size: read.size, limit: RECORD_MAX_BYTES }
      const message = text('repo.record.tooLarge', size)
      return { finding: finding('AP606', at, message) }
    }
    case 'missing':
      return { finding: finding('AP606', at, text('repo.record.vanished')) }
  }
}
