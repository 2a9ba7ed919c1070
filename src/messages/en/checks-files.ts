import type { Language } from '../language.js'
import type { Messages } from '../messages.js'
import type { Text } from '../text.js'

const KIB = 1024
const MIB = 1024 * 1024

/**
 * A file size with its unit, one decimal from KiB on (`7.3 KiB`, `50.0 MiB`, `1000 bytes`): no
 * digit grouping, as the English has always been written; the decimal mark is the language's.
 */
export function sizeIn(
  language: Language,
  bytes: number,
  units: { bytes: string; kib: string; mib: string },
): string {
  const decimal = new Intl.NumberFormat(language, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    useGrouping: false,
  })
  if (bytes >= MIB) return `${decimal.format(bytes / MIB)} ${units.mib}`
  if (bytes >= KIB) return `${decimal.format(bytes / KIB)} ${units.kib}`
  return `${bytes} ${units.bytes}`
}

const size = (bytes: number) => sizeIn('en', bytes, { bytes: 'bytes', kib: 'KiB', mib: 'MiB' })

/** What the CSV reader says of a file as a whole: its size, bytes, encoding, header and kind. */
export const checksFilesEn = {
  'check.tooLarge': (p: { size: number; limit: number }) =>
    `file is ${size(p.size)}, over the limit of ${size(p.limit)}; it was not read`,
  'check.emptyFile': () => 'file is empty',
  'check.utf32': (p: { encoding: string }) =>
    `the file is ${p.encoding}, which no Autopilot upload reads; nothing was checked`,
  'check.bomNotUtf8': (p: { line: number }) =>
    `the file starts with a UTF-8 byte order mark, but line ${p.line} holds bytes that are not UTF-8; nothing was checked`,
  'check.bomAccepted': () => 'file is UTF-8 with a byte order mark: accepted',
  'check.encodingAccepted': (p: { encoding: string }) => `file is ${p.encoding}: accepted`,
  'check.notUtf8From': (p: { line: number }) =>
    `bytes that are not UTF-8; nothing from line ${p.line} on was checked`,
  'check.notTextFrom': (p: { reason: Text; line: number }, f) =>
    `${f.text(p.reason)}; nothing from line ${p.line} on was checked`,
  'check.notValidEncoding': (p: { encoding: string }) => `the bytes are not valid ${p.encoding}`,
  'check.nulBytes': () =>
    'NUL bytes in the file: it looks like UTF-16 without a byte order mark, or binary data',
  'check.secondBom': () =>
    'a second byte order mark inside the file: two files were joined together',
  'check.quoteNotClosedFrom': (p: { line: number }) =>
    `a quote opened on line ${p.line} is never closed; nothing from line ${p.line} on was checked`,
  'check.unbalancedQuoteFrom': (p: { detail: string; line: number }) =>
    `unbalanced quote (${p.detail}); nothing from line ${p.line} on was checked`,

  'check.blankLine': (p: { line: number }) => `line ${p.line} is blank`,
  'check.fieldCount': (p: { fields: number; columns: number; row: string }, _f) =>
    `row has ${p.fields} fields, the header has ${p.columns}: \`${p.row}\``,
  'check.onlyBlankLines': () => 'file holds only blank lines',
  'check.noText': () => 'file holds no text',
  'check.headerNoRows': () => 'file has a header but no device rows',
  'check.noRowChecked': (p: { problem: Text }, f) => `${f.text(p.problem)}; no row was checked`,
  'check.blankLinesAbove': (p: { above: number; line: number }, _f) =>
    `the file starts with ${p.above} blank line(s); the header is on line ${p.line}`,
  'check.headerBelowPreamble': (p: { line: number; above: number }, _f) =>
    `the device header is on line ${p.line}, below ${p.above} other line(s), as in a Configuration Manager report export`,
  'check.deleteLinesAbove': (p: { above: number }) =>
    `Delete lines 1 to ${p.above} so that the header is the first line.`,

  'check.cells': (p: { cells: string; more: number }, f) =>
    p.more > 0 ? `\`${p.cells},…\` (${f.number(p.more)} more cells)` : `\`${p.cells}\``,
  'check.cellList': (p: { cells: string; more: number }, f) =>
    p.more > 0 ? `${p.cells} and ${f.number(p.more)} more` : p.cells,
  'check.deviceRowFirst': (p: { row: Text }, f) =>
    `the first line is a device row (${f.text(p.row)}), not a header: the header line is missing`,
  'check.addHeader': (p: { header: string }) =>
    `Add the header as line 1; for a Get-WindowsAutopilotInfo file it is \`${p.header}\`.`,
  'check.unknownHeader': (p: { header: Text; accepted: string }, f) =>
    `unknown header ${f.text(p.header)}; accepted headers: ${p.accepted}`,
  'check.caseOrSpacing': (p: { expected: Text; header: Text }, f) =>
    `header differs from ${f.text(p.expected)} in letter case or spacing: ${f.text(p.header)}`,
  'check.wrongOrder': (p: { header: Text; expected: Text }, f) =>
    `columns in the wrong order: ${f.text(p.header)}; expected ${f.text(p.expected)}`,
  'check.columnsDiffer': (p: { differences: Text; header: Text; expected: Text }, f) =>
    `${f.text(p.differences)} in ${f.text(p.header)}; expected ${f.text(p.expected)}`,
  'check.columnsMissing': (p: { missing: Text }, f) => `missing ${f.text(p.missing)}`,
  'check.columnsExtra': (p: { extra: Text }, f) => `extra ${f.text(p.extra)}`,
  'check.columnsMissingAndExtra': (p: { missing: Text; extra: Text }, f) =>
    `missing ${f.text(p.missing)}; extra ${f.text(p.extra)}`,
  'check.columnsDuplicate': () => 'duplicate columns',

  'check.delimitedByTabs': () =>
    'the file is delimited by tabs, not commas (a spreadsheet saved it, perhaps in a French or German locale)',
  'check.delimitedBySemicolons': () =>
    'the file is delimited by semicolons, not commas (a spreadsheet saved it, perhaps in a French or German locale)',
  'check.delimitedHint': () =>
    'Commit the file exactly as Get-WindowsAutopilotInfo wrote it; a spreadsheet also drops leading zeros from serials.',
  'check.mmdSelfRegistration': () =>
    'this is the Microsoft Managed Desktop self-registration file (`Manufacturer,Model,Serial Number,Hardware Hash`), which Partner Center does not take',
  'check.mmdSelfRegistrationHint': () =>
    'Capture the devices with Get-WindowsAutopilotInfo -OutputFile, which writes `Device Serial Number,Windows Product ID,Hardware Hash`.',
  'check.mmdPartner': () =>
    'this is the Microsoft Managed Desktop partner file (`Manufacturer,Model,Serial Number`), which Partner Center does not take',
  'check.mmdPartnerHint': () =>
    'For tuple registration use the Partner Center header `Device Serial Number,Windows Product ID,Hardware Hash,Manufacturer name,Device model` with the serial, manufacturer and model columns filled.',
  'check.intuneExport': (p: { header: Text }, f) =>
    `this is an export of the Windows Autopilot devices list from the Intune admin center (${f.text(p.header)}): it lists devices already registered in a tenant and holds no hardware hash`,
  'check.intuneExportHint': () =>
    'Run Get-WindowsAutopilotInfo -OutputFile devices.csv on each device (or ask the OEM for its hardware-hash file) and commit that file unedited.',
  'check.configMgrExport': () =>
    'this looks like a Configuration Manager report export (report item names in the first line)',
  'check.configMgrExportHint': () =>
    'Export the report "Windows Autopilot Device Information" as CSV and delete every line above the `Device Serial Number,…` header.',
  'check.corporateIdentifiers': () =>
    'this looks like an Intune corporate-identifier list (`manufacturer,model,serial` lines with no header), which is not an Autopilot registration file',
  'check.corporateIdentifiersHint': () =>
    'Capture the devices with Get-WindowsAutopilotInfo -OutputFile, or use the Partner Center header with serial, manufacturer and model.',

  'check.kind.zip': () => 'a zip archive',
  'check.kind.office': () => 'an Office document',
  'check.kind.utf32': (p: { encoding: string }) => `${p.encoding} text, which nothing here reads`,
  'check.kind.xlsx': () => 'an Excel workbook (.xlsx)',
  'check.kind.xls': () => 'an Excel 97-2003 workbook (.xls)',
  'check.workbook': (p: { file: string; format: Text }, f) =>
    `\`${p.file}\` is ${f.text(p.format)}, not a CSV file: it is not read, and none of its devices is registered`,
  'check.workbookHint.inPlace': (p: { target: string }) =>
    `Open it in Excel, choose File > Save As > CSV UTF-8 (Comma delimited) (*.csv) and save it as \`${p.target}\` in its place; check that the serials kept their leading zeros. Better still, commit the file Get-WindowsAutopilotInfo wrote.`,
  'check.workbookHint.move': (p: { target: string }) =>
    `Open it in Excel, choose File > Save As > CSV UTF-8 (Comma delimited) (*.csv) and save it as \`${p.target}\`, then delete the workbook; check that the serials kept their leading zeros. Better still, commit the file Get-WindowsAutopilotInfo wrote.`,
  'check.kind.folder': () => 'a folder',
  'check.kind.symlink': () => 'a symbolic link',
  'check.kind.fifo': () => 'a FIFO (named pipe)',
  'check.kind.socket': () => 'a socket',
  'check.kind.device': () => 'a device file',
  'check.linkTo': (p: { kind: Text; target: string }, f) =>
    `${f.text(p.kind)} (to \`${p.target}\`)`,
  'check.linkNotFollowed': (p: { file: string; what: Text; consequence: Text }, f) =>
    `\`${p.file}\` is ${f.text(p.what)}: links are not followed, so ${f.text(p.consequence)}`,
  'check.notRegularFile': (p: { file: string; what: Text; consequence: Text }, f) =>
    `\`${p.file}\` is ${f.text(p.what)}, not a regular file: ${f.text(p.consequence)}`,
  'check.devicesNotRead': () => 'it is not read, and none of its devices is registered',
} satisfies Messages
