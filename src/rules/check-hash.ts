import { type Finding, finding } from '../findings/finding.js'
import type { DecodedHardwareHash } from '../hash/decode-hardware-hash.js'
import { text } from '../messages/text-of.js'
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
      finding('AP411', hashAt, text('check.afterTrailer', { warning: decoded.warning })),
    )
  }
  const serialFinding = hashSerialFinding(decoded, values, at, hashAt)
  if (serialFinding) findings.push(serialFinding)
  checkTuple(decoded, values, findings, at)
  if (!decoded.hasTpm) findings.push(finding('AP409', hashAt, text('check.noTpm')))
  if (decoded.isVirtualMachine) {
    findings.push(
      finding(
        'AP410',
        hashAt,
        text('check.virtualMachine', {
          machine: `${quoted(decoded.manufacturer ?? '')} ${quoted(decoded.model ?? '')}`,
        }),
      ),
    )
  }
}

/** The finding for a hash that is not a whole, valid hardware hash; undefined for a valid one. */
function structureFinding(decoded: DecodedHardwareHash, hashAt: Place): Finding | undefined {
  // The decoder gives every verdict but `valid` its problem; the fallback only satisfies the type.
  const problem = decoded.problem ?? text('check.hash.checksumMismatch')
  switch (decoded.verdict) {
    case 'not-base64':
      return finding('AP401', hashAt, text('check.notBase64', { problem }))
    case 'unpadded':
      return finding('AP402', hashAt, text('check.unpadded', { problem }))
    case 'not-a-hash':
      return finding('AP403', hashAt, text('check.notAHash', { problem }))
    case 'damaged':
      return finding('AP404', hashAt, text('check.damaged', { problem }))
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
    const missing =
      inHash !== ''
        ? text('check.hashNoManufacturer')
        : hasManufacturer
          ? text('check.hashNoSerial')
          : text('check.hashNoSerialOrManufacturer')
    return vm && hasManufacturer
      ? finding('AP408', hashAt, text('check.hashNoSerialVm', { machine: vm }), VM_SERIAL_HINT)
      : finding('AP408', hashAt, missing)
  }
  if (values.serial !== '' && values.serial !== inHash && values.serial.trim() !== inHash) {
    const lostZeros =
      /^0+$/.test(inHash.slice(0, inHash.length - values.serial.length)) &&
      inHash.endsWith(values.serial)
    return finding(
      'AP405',
      at('serialNumber'),
      text('check.serialDiffers', { serial: quoted(values.serial), inHash: quoted(inHash) }),
      lostZeros ? text('check.lostZerosHint') : undefined,
    )
  }
  const reason = values.serial === '' ? placeholderSerialReason(inHash) : undefined
  if (!reason) return undefined
  const serial = quoted(inHash)
  return vm
    ? finding(
        'AP304',
        hashAt,
        text('check.hashSerialPlaceholderVm', { serial, reason, machine: vm }),
        VM_SERIAL_HINT,
      )
    : finding('AP304', hashAt, text('check.hashSerialPlaceholder', { serial, reason }))
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
          text('check.fieldDiffers', {
            field: FIELD_LABELS[field],
            given: quoted(given),
            expected: quoted(expected),
          }),
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
        text('check.fieldDiffers', {
          field: FIELD_LABELS.productKeyId,
          given: quoted(values.productKeyId),
          expected: quoted(decoded.productKeyId),
        }),
      ),
    )
  }
}
