import { quoteHeader, squash } from './header-cells.js'

/** A file we know as the wrong kind (AP202): what it is, and how to produce the right one. */
interface WrongFormat {
  /** The message and hint when the first line is this format's, else undefined. */
  recognise(line: FirstLine): { message: string; hint: string } | undefined
}

interface FirstLine {
  cells: readonly string[]
  rawLine: string
  /** The cells squashed (see squash) and joined with commas. */
  squashed: string
}

/** Columns only the Intune admin center's export of its Windows Autopilot devices list has. */
const INTUNE_EXPORT_COLUMNS = new Set([
  'profilestatus',
  'purchaseorder',
  'userlessenrollmentstatus',
  'enrollmentstate',
  'assignedprofile',
  'dateassigned',
])

const WRONG_FORMATS: readonly WrongFormat[] = [
  {
    recognise: ({ cells, rawLine }) => {
      if (cells.length !== 1 || !/[;\t]/.test(rawLine)) return undefined
      const what = rawLine.includes('\t') ? 'tabs' : 'semicolons'
      return {
        message: `the file is delimited by ${what}, not commas (a spreadsheet saved it, perhaps in a French or German locale)`,
        hint: 'Commit the file exactly as Get-WindowsAutopilotInfo wrote it; a spreadsheet also drops leading zeros from serials.',
      }
    },
  },
  {
    recognise: ({ squashed }) =>
      squashed === 'manufacturer,model,serialnumber,hardwarehash'
        ? {
            message:
              'this is the Microsoft Managed Desktop self-registration file (`Manufacturer,Model,Serial Number,Hardware Hash`), which Partner Center does not take',
            hint: 'Capture the devices with Get-WindowsAutopilotInfo -OutputFile, which writes `Device Serial Number,Windows Product ID,Hardware Hash`.',
          }
        : undefined,
  },
  {
    recognise: ({ squashed }) =>
      squashed === 'manufacturer,model,serialnumber'
        ? {
            message:
              'this is the Microsoft Managed Desktop partner file (`Manufacturer,Model,Serial Number`), which Partner Center does not take',
            hint: 'For tuple registration use the Partner Center header `Device Serial Number,Windows Product ID,Hardware Hash,Manufacturer name,Device model` with the serial, manufacturer and model columns filled.',
          }
        : undefined,
  },
  {
    // "Serial number","Manufacturer","Model","Group tag","Profile status","Purchase order",…: what
    // the Export button of Intune's Windows Autopilot devices list writes. Registered devices, no hash.
    recognise: ({ cells, squashed }) => {
      const names = squashed.split(',')
      const isExport =
        names.includes('serialnumber') &&
        !names.includes('hardwarehash') &&
        names.some((name) => INTUNE_EXPORT_COLUMNS.has(name))
      return isExport
        ? {
            message: `this is an export of the Windows Autopilot devices list from the Intune admin center (${quoteHeader(cells)}): it lists devices already registered in a tenant and holds no hardware hash`,
            hint: 'Run Get-WindowsAutopilotInfo -OutputFile devices.csv on each device (or ask the OEM for its hardware-hash file) and commit that file unedited.',
          }
        : undefined
    },
  },
  {
    recognise: ({ cells }) =>
      cells.some((c) => /^textbox\d*$|^details_/i.test(c.trim()))
        ? {
            message:
              'this looks like a Configuration Manager report export (report item names in the first line)',
            hint: 'Export the report "Windows Autopilot Device Information" as CSV and delete every line above the `Device Serial Number,…` header.',
          }
        : undefined,
  },
  {
    recognise: ({ cells }) => {
      const looksLikeHeader = cells.some((c) =>
        /serial|hash|product|model|manufacturer|device/i.test(c),
      )
      if (cells.length !== 3 || looksLikeHeader || cells.some((c) => c.trim() === '')) {
        return undefined
      }
      return {
        message:
          'this looks like an Intune corporate-identifier list (`manufacturer,model,serial` lines with no header), which is not an Autopilot registration file',
        hint: 'Capture the devices with Get-WindowsAutopilotInfo -OutputFile, or use the Partner Center header with serial, manufacturer and model.',
      }
    },
  },
]

/** What the file is and how to produce the right one (AP202), for a first line we recognise; else undefined. */
export function recogniseWrongFormat(
  cells: readonly string[],
  rawLine: string,
): { message: string; hint: string } | undefined {
  const line = { cells, rawLine, squashed: cells.map(squash).join(',') }
  for (const format of WRONG_FORMATS) {
    const found = format.recognise(line)
    if (found) return found
  }
  return undefined
}
