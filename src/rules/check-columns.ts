import { cellOf, type DeviceRow } from '../csv/read-device-csv.js'
import { type Finding, finding } from '../findings/finding.js'
import type { DecodedHardwareHash } from '../hash/decode-hardware-hash.js'
import type { Text } from '../messages/text.js'
import { text } from '../messages/text-of.js'
import { type At, quoted, type RowValues } from './row-fields.js'
import { placeholderSerialReason } from './serial-number.js'
import { isMissingVmSerial, VM_SERIAL_HINT, virtualMachineName } from './virtual-machine-serial.js'

export interface ColumnContext extends RowContext {
  decoded: DecodedHardwareHash | undefined
}

/** The group tags of the file a row is in (see FileTags), when the file belongs to a customer. */
export interface RowContext {
  /** The file's group tag. */
  groupTag?: string
  /** Every tag of the customer, when it has more than one. */
  groupTags?: readonly string[]
  /** The file is in a devices/<group tag>/ folder, whose tag a row cannot change. */
  tagFolder?: boolean
}

/**
 * The rules on single columns: AP304 serial, AP305 product id, AP307 group tag, AP308 assigned
 * user. Returns the row's own group tag when its column names another of the customer's tags than
 * its file's.
 */
export function checkColumns(
  row: DeviceRow,
  values: RowValues,
  context: ColumnContext,
  findings: Finding[],
  at: At,
): string | undefined {
  const { serial, productKeyId } = values
  const reason = placeholderSerialReason(serial)
  if (reason) {
    const vm = isMissingVmSerial(serial) ? virtualMachineName(context.decoded) : undefined
    const shown = quoted(serial)
    findings.push(
      vm
        ? finding(
            'AP304',
            at('serialNumber'),
            text('check.serialPlaceholderVm', { serial: shown, reason, machine: vm }),
            VM_SERIAL_HINT,
          )
        : finding(
            'AP304',
            at('serialNumber'),
            text('check.serialPlaceholder', { serial: shown, reason }),
          ),
    )
  }
  if (productKeyId !== '' && !/^\d{13}$/.test(productKeyId)) {
    findings.push(
      finding(
        'AP305',
        at('productKeyId'),
        text('check.productKeyId', { value: quoted(productKeyId) }),
      ),
    )
  }
  const rowTag = groupTagOf(cellOf(row, 'groupTag').trim(), context, findings, at)
  const assignedUser = cellOf(row, 'assignedUser').trim()
  if (assignedUser !== '') {
    findings.push(
      finding(
        'AP308',
        at('assignedUser'),
        text('check.assignedUser', { user: quoted(assignedUser) }),
      ),
    )
  }
  return rowTag
}

/** AP307 for a Group Tag cell the row cannot have; the cell itself when it is the row's tag. */
function groupTagOf(
  cell: string,
  context: RowContext,
  findings: Finding[],
  at: At,
): string | undefined {
  const fileTag = context.groupTag
  if (fileTag === undefined || cell === '' || cell === fileTag) return undefined
  const tags = context.groupTags ?? [fileTag]
  const tag = quoted(cell)
  let message: Text | undefined
  if (!tags.includes(cell)) {
    message =
      tags.length === 1
        ? text('check.groupTagDiffers', { tag, customerTag: quoted(fileTag) })
        : text('check.groupTagNone', { tag, tags: tags.map(quoted).join(', ') })
  } else if (context.tagFolder) {
    message = text('check.groupTagFolder', { tag, folder: quoted(`devices/${fileTag}/`) })
  }
  if (message === undefined) return cell
  findings.push(finding('AP307', at('groupTag'), message))
  return undefined
}
