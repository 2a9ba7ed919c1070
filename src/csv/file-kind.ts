import { isUtf8 } from 'node:buffer'
import { readlink } from 'node:fs/promises'
import { type Finding, finding } from '../findings/finding.js'
import { shorten } from '../findings/shorten.js'
import { sniffEncoding, sniffUtf32, type TextEncoding } from './decode-text.js'
import { classifyHeader, isDeviceValue } from './dialect.js'
import { quoteHeader } from './header-cells.js'
import { simpleCells } from './records.js'

/** Enough of a file's start to tell what it is: a header line, or a workbook's signature. */
export const SNIFF_BYTES = 4096

/** What a file is, told from its first bytes whatever its name says. */
export type FileKind =
  /** Its first line is a device header (accepted, or near enough to read) or a device row. */
  | { kind: 'device-list'; encoding: TextEncoding; firstLine: string }
  | { kind: 'workbook'; format: 'xlsx' | 'xls' }
  | { kind: 'other'; what?: string }

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04])
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
/** Office formats that share the workbook's containers but are no workbook. */
const NOT_WORKBOOKS = /\.(docx?|dotx?|pptx?|ppsx?|msg|msi|vsdx?|zip|jar|odt|nupkg)$/i

/** Tells a device list, an Excel workbook or anything else apart by its first bytes (SNIFF_BYTES are plenty). */
export function sniffFileKind(head: Buffer, name: string): FileKind {
  const workbook = sniffWorkbook(head, name)
  if (workbook) return { kind: 'workbook', format: workbook }
  if (startsWith(head, ZIP)) return { kind: 'other', what: 'a zip archive' }
  if (startsWith(head, OLE)) return { kind: 'other', what: 'an Office document' }
  const utf32 = sniffUtf32(head)
  if (utf32) return { kind: 'other', what: `${utf32} text, which nothing here reads` }
  const { text, encoding } = firstLineOf(head, sniffEncoding(head))
  const cells = simpleCells(text) ?? text.split(',')
  const verdict = classifyHeader(cells, text)
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
  const what = format === 'xlsx' ? 'an Excel workbook (.xlsx)' : 'an Excel 97-2003 workbook (.xls)'
  return finding(
    'AP107',
    { file, line: 1 },
    `\`${file}\` is ${what}, not a CSV file: it is not read, and none of its devices is registered`,
    `Open it in Excel, choose File > Save As > CSV UTF-8 (Comma delimited) (*.csv) and save it as \`${target}\`${target === file ? ' in its place' : ', then delete the workbook'}; check that the serials kept their leading zeros. Better still, commit the file Get-WindowsAutopilotInfo wrote.`,
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

/** An entry that is neither a regular file nor a folder, in words; undefined for those two. */
export function specialKind(entry: EntryType): string | undefined {
  if (entry.isFile() || entry.isDirectory()) return undefined
  if (entry.isSymbolicLink()) return 'a symbolic link'
  if (entry.isFIFO()) return 'a FIFO (named pipe)'
  if (entry.isSocket()) return 'a socket'
  return 'a device file'
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
  kind: string,
  consequence: string,
): Promise<Finding> {
  const target = kind === 'a symbolic link' ? await readlink(absolute).catch(() => '') : ''
  const what = target === '' ? kind : `${kind} (to \`${shorten(target, 30)}\`)`
  const message =
    kind === 'a symbolic link'
      ? `\`${file}\` is ${what}: links are not followed, so ${consequence}`
      : `\`${file}\` is ${what}, not a regular file: ${consequence}`
  return finding('AP109', { file, line: 1 }, message)
}

/** What is not read when a device file cannot be. */
export const DEVICES_NOT_READ = 'it is not read, and none of its devices is registered'

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
