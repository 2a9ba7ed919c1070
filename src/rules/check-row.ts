import { hash } from 'node:crypto'
import { cellOf, columnOf, type DeviceRow } from '../csv/read-device-csv.js'
import type { Finding } from '../findings/finding.js'
import { type DecodedHardwareHash, decodeHardwareHash } from '../hash/decode-hardware-hash.js'
import { checkCharacters } from './check-characters.js'
import { checkColumns, type RowContext } from './check-columns.js'
import { checkHash } from './check-hash.js'
import { checkIdentifierCombination } from './identifier-combination.js'
import { type DeviceIdentity, identityKeys } from './identity.js'
import { type At, rowValues } from './row-fields.js'

/** A device as the rest of the engine sees it: no hash text, only its digest. */
export interface DeviceRecord {
  file: string
  line: number
  serialNumber: string
  manufacturer: string
  model: string
  productKeyId: string
  /** Keys under which two rows are the same device (see identityKeys). */
  keys: string[]
  hasErrors: boolean
  /** The row's group tag when its Group Tag column gives it another than its file's (FileTags). */
  groupTag: string | undefined
}

/** Runs every per-row rule over one row and returns the device with what is wrong with it. */
export function checkRow(
  row: DeviceRow,
  context: RowContext,
): { device: DeviceRecord; findings: Finding[] } {
  const findings: Finding[] = []
  const at: At = (field, offset = 0) => ({
    file: row.file,
    line: row.line,
    column: columnOf(row, field) + offset,
  })
  const hashText = cellOf(row, 'hardwareHash')
  const decoded = hashText === '' ? undefined : decodeHardwareHash(hashText.trim())
  const trusted = decoded?.verdict === 'valid' ? decoded : undefined

  checkCharacters(row, decoded, findings, at)
  const values = rowValues(row)
  const rowTag = checkColumns(row, values, { ...context, decoded }, findings, at)
  if (!decoded) checkIdentifierCombination(row, values, findings, at)
  else checkHash(decoded, values, findings, at)

  const identity = {
    serialNumber: (trusted?.serialNumber ?? values.serial).trim(),
    manufacturer: (trusted?.manufacturer ?? values.manufacturer).trim(),
    model: (trusted?.model ?? values.model).trim(),
    productKeyId: values.productKeyId || (trusted?.productKeyId ?? ''),
  }
  // A valid hash carries the SHA-256 of its content: the same capture gives the same digest.
  const hashDigest = trusted?.contentSha256 ?? (hashText === '' ? '' : hash('sha256', hashText))
  return {
    device: {
      file: row.file,
      line: row.line,
      ...identity,
      keys: rowKeys(identity, hashDigest, trusted),
      hasErrors: findings.some((f) => f.severity === 'error'),
      groupTag: rowTag,
    },
    findings,
  }
}

/**
 * Two rows are one device when any key is shared: manufacturer + serial (from the hash when it
 * decodes, else from the columns), product key id (the hash's too), or the very same hash content.
 * A hash changes each time it is captured, so identity never rests on its content alone.
 */
function rowKeys(
  identity: DeviceIdentity,
  hashDigest: string,
  trusted: DecodedHardwareHash | undefined,
): string[] {
  const keys = identityKeys(identity)
  if (trusted?.productKeyId && trusted.productKeyId !== identity.productKeyId) {
    keys.push(`pk:${trusted.productKeyId}`)
  }
  // 128 bits of the digest tell hashes apart as well as 256 do, in half the memory per device.
  if (hashDigest !== '') keys.push(`hh:${hashDigest.slice(0, 32)}`)
  return keys
}
