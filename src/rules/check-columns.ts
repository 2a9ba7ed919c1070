import { cellOf, type DeviceRow } from '../csv/read-device-csv.js'
import { type Finding, finding } from '../findings/finding.js'
import type { DecodedHardwareHash } from '../hash/decode-hardware-hash.js'
import { type At, quoted, type RowValues } from './row-fields.js'
import { placeholderSerialReason } from './serial-number.js'
import { isMissingVmSerial, VM_SERIAL_HINT, virtualMachineName } from './virtual-machine-serial.js'

export interface ColumnContext {
  /** The customer's group tag, when the file belongs to a customer. */
  groupTag?: string
  decoded: DecodedHardwareHash | undefined
}

/** The rules on single columns: AP304 serial, AP305 product id, AP307 group tag, AP308 assigned user. */
export function checkColumns(
  row: DeviceRow,
  values: RowValues,
  context: ColumnContext,
  findings: Finding[],
  at: At,
): void {
  const { serial, productKeyId } = values
  const serialProblem = placeholderSerialReason(serial)
  if (serialProblem) {
    const vm = isMissingVmSerial(serial) ? virtualMachineName(context.decoded) : undefined
    findings.push(
      vm
        ? finding(
            'AP304',
            at('serialNumber'),
            `serial ${quoted(serial)} is ${serialProblem}: this virtual machine (${vm}) has no SMBIOS serial number`,
            VM_SERIAL_HINT,
          )
        : finding('AP304', at('serialNumber'), `serial ${quoted(serial)} is ${serialProblem}`),
    )
  }
  if (productKeyId !== '' && !/^\d{13}$/.test(productKeyId)) {
    findings.push(
      finding(
        'AP305',
        at('productKeyId'),
        `Windows Product ID ${quoted(productKeyId)} is not a 13-digit product key id`,
      ),
    )
  }
  const groupTag = cellOf(row, 'groupTag').trim()
  if (context.groupTag !== undefined && groupTag !== '' && groupTag !== context.groupTag) {
    findings.push(
      finding(
        'AP307',
        at('groupTag'),
        `Group Tag ${quoted(groupTag)} differs from the customer's group tag ${quoted(context.groupTag)}`,
      ),
    )
  }
  const assignedUser = cellOf(row, 'assignedUser').trim()
  if (assignedUser !== '') {
    findings.push(
      finding(
        'AP308',
        at('assignedUser'),
        `Assigned User ${quoted(assignedUser)} will not be registered`,
      ),
    )
  }
}
