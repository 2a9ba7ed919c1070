import type { Text } from '../messages/text.js'
import { text } from '../messages/text-of.js'
import { quoteHeader, squash } from './header-cells.js'

/** A file we know as the wrong kind (AP202): what it is, and how to produce the right one. */
interface WrongFormat {
  /** The message and hint when the first line is this format's, else undefined. */
  recognise(line: FirstLine): Recognised | undefined
}

interface Recognised {
  message: Text
  hint: Text
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
      return {
        message: rawLine.includes('\t')
          ? text('check.delimitedByTabs')
          : text('check.delimitedBySemicolons'),
        hint: text('check.delimitedHint'),
      }
    },
  },
  {
    recognise: ({ squashed }) =>
      squashed === 'manufacturer,model,serialnumber,hardwarehash'
        ? {
            message: text('check.mmdSelfRegistration'),
            hint: text('check.mmdSelfRegistrationHint'),
          }
        : undefined,
  },
  {
    recognise: ({ squashed }) =>
      squashed === 'manufacturer,model,serialnumber'
        ? {
            message: text('check.mmdPartner'),
            hint: text('check.mmdPartnerHint'),
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
            message: text('check.intuneExport', { header: quoteHeader(cells) }),
            hint: text('check.intuneExportHint'),
          }
        : undefined
    },
  },
  {
    recognise: ({ cells }) =>
      cells.some((c) => /^textbox\d*$|^details_/i.test(c.trim()))
        ? {
            message: text('check.configMgrExport'),
            hint: text('check.configMgrExportHint'),
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
        message: text('check.corporateIdentifiers'),
        hint: text('check.corporateIdentifiersHint'),
      }
    },
  },
]

/** What the file is and how to produce the right one (AP202), for a first line we recognise; else undefined. */
export function recogniseWrongFormat(
  cells: readonly string[],
  rawLine: string,
): Recognised | undefined {
  const line = { cells, rawLine, squashed: cells.map(squash).join(',') }
  for (const format of WRONG_FORMATS) {
    const found = format.recognise(line)
    if (found) return found
  }
  return undefined
}
