import { isUtf8 } from 'node:buffer'
import { readlink } from 'node:fs/promises'
import { type Finding, finding } from '../findings/finding.js'
import { shorten } from '../findings/shorten.js'
import type { Text } from '../messages/text.js'
import { text } from '../messages/text-of.js'
import { sniffEncoding, sniffUtf32, type TextEncoding } from './decode-text.js'
import { classifyHeader, isDeviceValue } from './dialect.js'
import { quoteHeader } from './header-cells.js'
import { simpleCells } from './records.js'

/** Enough of a file's start to tell what it is: a header line, or a workbook's signature. */
export const SNIFF_BYTES = 4096

/** What a file is, told from its first bytes whatever its name says. */
export type FileKind =
  /** Its first line is a device header (accepted, or near enough to read) or a device row. */
  | { kind: 'device-list'; encoding: TextEncoding; firstLine: Text }
  | { kind: 'workbook'; format: 'xlsx' | 'xls' }
  | { kind: 'other'; what?: Text }

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04])
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
/** Office formats that share the workbook's containers but are no workbook. */
const NOT_WORKBOOKS = /\.(docx?|dotx?|pptx?|ppsx?|msg|msi|vsdx?|zip|jar|odt|nupkg)$/i

/** Tells a device list, an Excel workbook or anything else apart by its first bytes (SNIFF_BYTES are plenty). */
export function sniffFileKind(head: Buffer, name: string): FileKind {
  const workbook = sniffWorkbook(head, name)
  if (workbook) return { kind: 'workbook', format: workbook }
  if (startsWith(head, ZIP)) return { kind: 'other', what: text('check.kind.zip') }
  if (startsWith(head, OLE)) return { kind: 'other', what: text('check.kind.office') }
  const utf32 = sniffUtf32(head)
  if (utf32) return { kind: 'other', what: text('check.kind.utf32', { encoding: utf32 }) }
  const { text: line, encoding } = firstLineOf(head, sniffEncoding(head))
  const cells = simpleCells(line) ?? line.split(',')
  const verdict = classifyHeader(cells, line)
  if (verdict.kind !== 'rejected' || cells.some(isDeviceValue)) {
    return { kind: 'device-list', encoding, firstLine: quoteHeader(cells) }
  }
  return { kind: 'other' }
}

/**
 * The Excel format of a file that starts with a workbook's container: a zip archive holding
 * `xl/` parts (.xlsx, .xlsm, .xlsb), or an OLE compound file (.xls). Undefined for anything else.
 */
export function sniffWorkbook(head: Buffer, name: string): 'xlsx' | 'xls' | undefined {
  if (NOT_WORKBOOKS.test(name)) return undefined
  if (startsWith(head, ZIP) && (/\.xl[st][xmb]$/i.test(name) || head.includes('xl/'))) return 'xlsx'
  if (startsWith(head, OLE)) return 'xls'
  return undefined
}

/** AP107: the file is a workbook, which nothing reads; the fix saves it as CSV at `target`. */
export function workbookFinding(file: string, format: 'xlsx' | 'xls', target = file): Finding {
  const what = format === 'xlsx' ? text('check.kind.xlsx') : text('check.kind.xls')
  return finding(
    'AP107',
    { file, line: 1 },
    text('check.workbook', { file, format: what }),
    target === file
      ? text('check.workbookHint.inPlace', { target })
      : text('check.workbookHint.move', { target }),
  )
}

/** What lstat or a directory listing says of an entry. */
export interface EntryType {
  isFile(): boolean
  isDirectory(): boolean
  isSymbolicLink(): boolean
  isFIFO(): boolean
  isSocket(): boolean
}

/** What stands where a regular file is read: a folder, or what specialKind tells. */
export type SpecialKind = 'folder' | 'symbolic link' | 'FIFO' | 'socket' | 'device'

const SPECIAL_KINDS: Record<SpecialKind, Text> = {
  folder: text('check.kind.folder'),
  'symbolic link': text('check.kind.symlink'),
  FIFO: text('check.kind.fifo'),
  socket: text('check.kind.socket'),
  device: text('check.kind.device'),
}

/** An entry that is neither a regular file nor a folder; undefined for those two. */
export function specialKind(entry: EntryType): SpecialKind | undefined {
  if (entry.isFile() || entry.isDirectory()) return undefined
  if (entry.isSymbolicLink()) return 'symbolic link'
  if (entry.isFIFO()) return 'FIFO'
  if (entry.isSocket()) return 'socket'
  return 'device'
}

/**
 * AP109: a symbolic link, FIFO, socket or device where a file or folder is read. Git stores a
 * link as a link, which points elsewhere on every other machine, or out of the repository: a link
 * is never followed, and nothing else but a regular file is read. `consequence` says what is
 * therefore not read ("customer `contoso` is not read").
 */
export async function specialEntryFinding(
  absolute: string,
  file: string,
  kind: SpecialKind,
  consequence: Text,
): Promise<Finding> {
  const link = kind === 'symbolic link'
  const target = link ? await readlink(absolute).catch(() => '') : ''
  const named = SPECIAL_KINDS[kind]
  const what =
    target === '' ? named : text('check.linkTo', { kind: named, target: shorten(target, 30) })
  const message = link
    ? text('check.linkNotFollowed', { file, what, consequence })
    : text('check.notRegularFile', { file, what, consequence })
  return finding('AP109', { file, line: 1 }, message)
}

/** The name with .csv for its extension: `a.ps1` → `a.csv`, `a` → `a.csv`, `a.csv.txt` → `a.csv`. */
export function csvNameOf(name: string): string {
  const csvAt = name.toLowerCase().indexOf('.csv.')
  if (csvAt > 0) return `${name.slice(0, csvAt)}.csv`
  const dot = name.lastIndexOf('.')
  return `${dot > 0 ? name.slice(0, dot) : name}.csv`
}

/** The first line of the head, decoded as the reader would: by its byte order mark, else UTF-8 or Windows-1252. */
function firstLineOf(
  head: Buffer,
  encoding: TextEncoding,
): { text: string; encoding: TextEncoding } {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const body = Buffer.from(head.subarray(2, 2 + ((head.length - 2) & ~1)))
    const text = (encoding === 'utf-16be' ? body.swap16() : body).toString('utf16le')
    return { text: untilLineEnd(text), encoding }
  }
  const body = head.subarray(encoding === 'utf-8-bom' ? 3 : 0)
  const cr = body.indexOf(0x0d)
  const lf = body.indexOf(0x0a)
  const end = cr === -1 ? lf : lf === -1 ? cr : Math.min(cr, lf)
  const line = end === -1 ? body : body.subarray(0, end)
  if (encoding === 'utf-8-bom' || isUtf8(line)) return { text: line.toString('utf8'), encoding }
  return { text: line.toString('latin1'), encoding: 'windows-1252' }
}

function untilLineEnd(text: string): string {
  const end = text.search(/[\r\n]/)
  return end === -1 ? text : text.slice(0, end)
}

function startsWith(head: Buffer, signature: Buffer): boolean {
  return head.length >= signature.length && head.subarray(0, signature.length).equals(signature)
}
