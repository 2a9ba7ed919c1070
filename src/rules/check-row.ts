import { hash } from 'node:crypto'
import type { DeviceField } from '../csv/dialect.js'
import { cellOf, columnOf, type DeviceRow } from '../csv/read-device-csv.js'
import { type Finding, finding } from '../findings/finding.js'
import { shorten } from '../findings/shorten.js'
import {
  type DecodedHardwareHash,
  decodeHardwareHash,
  describeChar,
} from '../hash/decode-hardware-hash.js'
import { type DeviceIdentity, identityKeys } from './identity.js'
import { placeholderSerialReason } from './serial-number.js'

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
}

export interface RowContext {
  /** The customer's group tag, when the file belongs to a customer. */
  groupTag?: string
}

const FIELD_LABELS: Record<DeviceField, string> = {
  serialNumber: 'Device Serial Number',
  productKeyId: 'Windows Product ID',
  hardwareHash: 'Hardware Hash',
  groupTag: 'Group Tag',
  assignedUser: 'Assigned User',
  manufacturer: 'Manufacturer name',
  model: 'Device model',
}

/** Runs every per-row rule over one row and returns the device with what is wrong with it. */
export function checkRow(
  row: DeviceRow,
  context: RowContext,
): { device: DeviceRecord; findings: Finding[] } {
  const findings: Finding[] = []
  const at = (field: DeviceField, offset = 0) => ({
    file: row.file,
    line: row.line,
    column: columnOf(row, field) + offset,
  })
  const hashText = cellOf(row, 'hardwareHash')
  const decoded = hashText === '' ? undefined : decodeHardwareHash(hashText.trim())
  const trusted = decoded?.verdict === 'valid' ? decoded : undefined

  checkCharacters(row, decoded, findings, at)
  const serial = cellOf(row, 'serialNumber')
  const manufacturer = cellOf(row, 'manufacturer')
  const model = cellOf(row, 'model')
  const productKeyId = cellOf(row, 'productKeyId').trim()

  const serialProblem = placeholderSerialReason(serial)
  if (serialProblem) {
    findings.push(finding('AP304', at('serialNumber'), `serial \`${serial}\` is ${serialProblem}`))
  }
  if (productKeyId !== '' && !/^\d{13}$/.test(productKeyId)) {
    findings.push(
      finding(
        'AP305',
        at('productKeyId'),
        `Windows Product ID \`${productKeyId}\` is not a 13-digit product key id`,
      ),
    )
  }
  const groupTag = cellOf(row, 'groupTag').trim()
  if (context.groupTag !== undefined && groupTag !== '' && groupTag !== context.groupTag) {
    findings.push(
      finding(
        'AP307',
        at('groupTag'),
        `Group Tag \`${groupTag}\` differs from the customer's group tag \`${context.groupTag}\``,
      ),
    )
  }
  const assignedUser = cellOf(row, 'assignedUser').trim()
  if (assignedUser !== '') {
    findings.push(
      finding(
        'AP308',
        at('assignedUser'),
        `Assigned User \`${assignedUser}\` will not be registered`,
      ),
    )
  }
  if (!decoded) {
    checkIdentifierCombination(row, { serial, manufacturer, model, productKeyId }, findings, at)
  } else {
    checkHash(decoded, { serial, manufacturer, model, productKeyId }, findings, at)
  }

  const identity = {
    serialNumber: (trusted?.serialNumber ?? serial).trim(),
    manufacturer: (trusted?.manufacturer ?? manufacturer).trim(),
    model: (trusted?.model ?? model).trim(),
    productKeyId: productKeyId || (trusted?.productKeyId ?? ''),
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
    },
    findings,
  }
}

type At = (field: DeviceField, offset?: number) => { file: string; line: number; column: number }

interface RowValues {
  serial: string
  manufacturer: string
  model: string
  productKeyId: string
}

function checkCharacters(
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
          `${FIELD_LABELS[field]} \`${shorten(value)}\` holds ${describeChar(value.charAt(odd))}`,
        ),
      )
    }
    const fromHash = trusted ? hashValue(trusted, field) : undefined
    if (value !== value.trim() && value !== fromHash) {
      findings.push(
        finding(
          'AP306',
          at(field),
          `${FIELD_LABELS[field]} \`${shorten(value)}\` has spaces around it`,
        ),
      )
    }
  }
}

function hashValue(decoded: DecodedHardwareHash, field: DeviceField): string | undefined {
  if (field === 'serialNumber') return decoded.serialNumber
  if (field === 'manufacturer') return decoded.manufacturer
  if (field === 'model') return decoded.model
  return undefined
}

function checkIdentifierCombination(
  row: DeviceRow,
  values: RowValues,
  findings: Finding[],
  at: At,
): void {
  const has = {
    serial: values.serial.trim() !== '',
    manufacturer: values.manufacturer.trim() !== '',
    model: values.model.trim() !== '',
    productKeyId: values.productKeyId !== '',
  }
  const tuple = has.serial && has.manufacturer && has.model
  const productKeyOnly = has.productKeyId && !has.serial && !has.manufacturer && !has.model
  if ((tuple && !has.productKeyId) || productKeyOnly) return
  const given = Object.entries(has)
    .filter(([, present]) => present)
    .map(([name]) => name)
  const described = given.length === 0 ? 'no identifier at all' : `only ${given.join(' + ')}`
  const tupleHint =
    row.columns.manufacturer === undefined
      ? ' This header has no manufacturer or model column: for tuple rows use the Partner Center header.'
      : ''
  findings.push(
    finding(
      'AP303',
      at('hardwareHash'),
      `row has ${described}, and no hardware hash`,
      `Give a hardware hash (with or without serial and product key id), a 13-digit product key id alone, or serial + manufacturer + model.${tupleHint}`,
    ),
  )
}

function checkHash(
  decoded: DecodedHardwareHash,
  values: RowValues,
  findings: Finding[],
  at: At,
): void {
  const hashAt = at('hardwareHash', decoded.badCharIndex ?? 0)
  switch (decoded.verdict) {
    case 'not-base64':
      findings.push(finding('AP401', hashAt, `Hardware Hash is not base64: ${decoded.problem}`))
      return
    case 'unpadded':
      findings.push(
        finding(
          'AP402',
          hashAt,
          `Hardware Hash ${decoded.problem}: characters or padding are missing`,
        ),
      )
      return
    case 'not-a-hash':
      findings.push(
        finding('AP403', hashAt, `Hardware Hash is not a hardware hash: ${decoded.problem}`),
      )
      return
    case 'damaged':
      findings.push(
        finding('AP404', hashAt, `Hardware Hash is damaged or truncated: ${decoded.problem}`),
      )
      return
    case 'valid':
      break
  }
  const inHash = decoded.serialNumber ?? ''
  if (inHash === '' || (decoded.manufacturer ?? '') === '') {
    const missing = [
      inHash === '' ? 'serial' : '',
      (decoded.manufacturer ?? '') === '' ? 'manufacturer' : '',
    ]
      .filter(Boolean)
      .join(' and ')
    findings.push(finding('AP408', hashAt, `the hash holds no ${missing}`))
  } else if (values.serial !== '' && values.serial !== inHash && values.serial.trim() !== inHash) {
    const lostZeros =
      /^0+$/.test(inHash.slice(0, inHash.length - values.serial.length)) &&
      inHash.endsWith(values.serial)
    findings.push(
      finding(
        'AP405',
        at('serialNumber'),
        `serial \`${values.serial}\` differs from \`${inHash}\` in the hash`,
        lostZeros
          ? 'A spreadsheet dropped the leading zeros: restore them, and never open the file in a spreadsheet again.'
          : undefined,
      ),
    )
  } else if (values.serial === '' && placeholderSerialReason(inHash)) {
    findings.push(
      finding(
        'AP304',
        hashAt,
        `the serial in the hash, \`${inHash}\`, is ${placeholderSerialReason(inHash)}`,
      ),
    )
  }
  for (const field of ['manufacturer', 'model'] as const) {
    const given = values[field]
    const expected = decoded[field] ?? ''
    if (given !== '' && given !== expected && given.trim() !== expected) {
      findings.push(
        finding(
          'AP406',
          at(field),
          `${FIELD_LABELS[field]} \`${given}\` differs from \`${expected}\` in the hash`,
        ),
      )
    }
  }
  // A malformed product key id is AP305 already; comparing it would only repeat the news.
  if (
    /^\d{13}$/.test(values.productKeyId) &&
    decoded.productKeyId &&
    values.productKeyId !== decoded.productKeyId
  ) {
    findings.push(
      finding(
        'AP407',
        at('productKeyId'),
        `Windows Product ID \`${values.productKeyId}\` differs from \`${decoded.productKeyId}\` in the hash`,
      ),
    )
  }
  if (!decoded.hasTpm) findings.push(finding('AP409', hashAt, 'the hash shows no TPM'))
  if (decoded.isVirtualMachine) {
    findings.push(
      finding(
        'AP410',
        hashAt,
        `the device is a virtual machine (\`${decoded.manufacturer}\` \`${decoded.model}\`)`,
      ),
    )
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
