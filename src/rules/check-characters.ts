import type { DeviceField } from '../csv/dialect.js'
import type { DeviceRow } from '../csv/read-device-csv.js'
import { type Finding, finding } from '../findings/finding.js'
import { shorten } from '../findings/shorten.js'
import { type DecodedHardwareHash, describeChar } from '../hash/decode-hardware-hash.js'
import type { Text } from '../messages/text.js'
import { text } from '../messages/text-of.js'
import { type At, FIELD_LABELS } from './row-fields.js'

/** AP103 (characters outside printable ASCII) and AP306 (spaces around a value), field by field. */
export function checkCharacters(
  row: DeviceRow,
  decoded: DecodedHardwareHash | undefined,
  findings: Finding[],
  at: At,
): void {
  const trusted = decoded?.verdict === 'valid' ? decoded : undefined
  const isBase64 = decoded !== undefined && decoded.verdict !== 'not-base64'
  for (const [field, index] of Object.entries(row.columns) as [DeviceField, number][]) {
    const value = row.cells[index] ?? ''
    if (value === '') continue
    // Base64 is printable ASCII by definition: spare the 4,000-character scan.
    const odd = field === 'hardwareHash' && isBase64 ? -1 : value.search(/[^\x20-\x7e]/)
    if (odd !== -1) {
      findings.push(
        finding(
          'AP103',
          at(field, odd),
          text('check.oddCharacter', {
            field: FIELD_LABELS[field],
            value: shorten(value),
            character: oddChar(value, odd),
          }),
        ),
      )
    }
    const fromHash = trusted ? hashValue(trusted, field) : undefined
    if (value !== value.trim() && value !== fromHash) {
      findings.push(
        finding(
          'AP306',
          at(field),
          text('check.spacesAround', { field: FIELD_LABELS[field], value: shorten(value) }),
        ),
      )
    }
  }
}

/** The character at `at`, named; a CR with its LF is one line break, as written on Windows. */
function oddChar(value: string, at: number): Text {
  const char = value.charAt(at)
  return char === '\r' && value.charAt(at + 1) === '\n'
    ? text('check.char.crlf')
    : describeChar(char)
}

function hashValue(decoded: DecodedHardwareHash, field: DeviceField): string | undefined {
  if (field === 'serialNumber') return decoded.serialNumber
  if (field === 'manufacturer') return decoded.manufacturer
  if (field === 'model') return decoded.model
  return undefined
}
