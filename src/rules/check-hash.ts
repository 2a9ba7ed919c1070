import { type Finding, finding } from '../findings/finding.js'
import type { DecodedHardwareHash } from '../hash/decode-hardware-hash.js'
import { type At, FIELD_LABELS, quoted, type RowValues } from './row-fields.js'
import { placeholderSerialReason } from './serial-number.js'
import { isMissingVmSerial, VM_SERIAL_HINT, virtualMachineName } from './virtual-machine-serial.js'

type Place = ReturnType<At>

/** The hash rules: its structure (AP401–AP404, AP411), then what it holds against the row (AP304, AP405–AP410). */
export function checkHash(
  decoded: DecodedHardwareHash,
  values: RowValues,
  findings: Finding[],
  at: At,
): void {
  const hashAt = at('hardwareHash', decoded.badCharIndex ?? 0)
  const broken = structureFinding(decoded, hashAt)
  if (broken) {
    findings.push(broken)
    return
  }
  if (decoded.warning) {
    findings.push(
      finding('AP411', hashAt, `Hardware Hash matches its checksum, but ${decoded.warning}`),
    )
  }
  const serialFinding = hashSerialFinding(decoded, values, at, hashAt)
  if (serialFinding) findings.push(serialFinding)
  checkTuple(decoded, values, findings, at)
  if (!decoded.hasTpm) findings.push(finding('AP409', hashAt, 'the hash shows no TPM'))
  if (decoded.isVirtualMachine) {
    findings.push(
      finding(
        'AP410',
        hashAt,
        `the device is a virtual machine (${quoted(decoded.manufacturer ?? '')} ${quoted(decoded.model ?? '')})`,
      ),
    )
  }
}

/** The finding for a hash that is not a whole, valid hardware hash; undefined for a valid one. */
function structureFinding(decoded: DecodedHardwareHash, hashAt: Place): Finding | undefined {
  switch (decoded.verdict) {
    case 'not-base64':
      return finding('AP401', hashAt, `Hardware Hash is not base64: ${decoded.problem}`)
    case 'unpadded':
      return finding(
        'AP402',
        hashAt,
        `Hardware Hash ${decoded.problem}: characters or padding are missing`,
      )
    case 'not-a-hash':
      return finding('AP403', hashAt, `Hardware Hash is not a hardware hash: ${decoded.problem}`)
    case 'damaged':
      return finding('AP404', hashAt, `Hardware Hash is damaged or truncated: ${decoded.problem}`)
    case 'valid':
      return undefined
  }
}

/** AP408 (no serial or manufacturer in the hash), AP405 (serial differs), AP304 (placeholder in the hash). */
function hashSerialFinding(
  decoded: DecodedHardwareHash,
  values: RowValues,
  at: At,
  hashAt: Place,
): Finding | undefined {
  const inHash = decoded.serialNumber ?? ''
  const hasManufacturer = (decoded.manufacturer ?? '') !== ''
  const vm = isMissingVmSerial(inHash) ? virtualMachineName(decoded) : undefined
  if (inHash === '' || !hasManufacturer) {
    const missing = [inHash === '' ? 'serial' : '', hasManufacturer ? '' : 'manufacturer']
      .filter(Boolean)
      .join(' and ')
    return vm && hasManufacturer
      ? finding(
          'AP408',
          hashAt,
          `the hash holds no serial: this virtual machine (${vm}) has no SMBIOS serial number`,
          VM_SERIAL_HINT,
        )
      : finding('AP408', hashAt, `the hash holds no ${missing}`)
  }
  if (values.serial !== '' && values.serial !== inHash && values.serial.trim() !== inHash) {
    const lostZeros =
      /^0+$/.test(inHash.slice(0, inHash.length - values.serial.length)) &&
      inHash.endsWith(values.serial)
    return finding(
      'AP405',
      at('serialNumber'),
      `serial ${quoted(values.serial)} differs from ${quoted(inHash)} in the hash`,
      lostZeros
        ? 'A spreadsheet dropped the leading zeros: restore them, and never open the file in a spreadsheet again.'
        : undefined,
    )
  }
  const placeholder = values.serial === '' ? placeholderSerialReason(inHash) : undefined
  if (!placeholder) return undefined
  const message = `the serial in the hash, ${quoted(inHash)}, is ${placeholder}`
  return vm
    ? finding(
        'AP304',
        hashAt,
        `${message}: this virtual machine (${vm}) has no SMBIOS serial number`,
        VM_SERIAL_HINT,
      )
    : finding('AP304', hashAt, message)
}

/** AP406 (manufacturer or model differs from the hash) and AP407 (product key id differs). */
function checkTuple(
  decoded: DecodedHardwareHash,
  values: RowValues,
  findings: Finding[],
  at: At,
): void {
  for (const field of ['manufacturer', 'model'] as const) {
    const given = values[field]
    const expected = decoded[field] ?? ''
    if (given !== '' && given !== expected && given.trim() !== expected) {
      findings.push(
        finding(
          'AP406',
          at(field),
          `${FIELD_LABELS[field]} ${quoted(given)} differs from ${quoted(expected)} in the hash`,
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
        `Windows Product ID ${quoted(values.productKeyId)} differs from ${quoted(decoded.productKeyId)} in the hash`,
      ),
    )
  }
}
