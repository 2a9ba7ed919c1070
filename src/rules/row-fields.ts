import type { DeviceField } from '../csv/dialect.js'
import { cellOf, type DeviceRow } from '../csv/read-device-csv.js'
import { shorten } from '../findings/shorten.js'

/**
 * A value from the partner's data as a message quotes it: in backticks, and cut to its first and
 * last 40 characters when longer, so that a 10 MB cell makes no 10 MB message.
 */
export const quoted = (value: string): string => `\`${shorten(value, 40)}\``

/** Each field as the accepted headers name it, for messages. */
export const FIELD_LABELS: Record<DeviceField, string> = {
  serialNumber: 'Device Serial Number',
  productKeyId: 'Windows Product ID',
  hardwareHash: 'Hardware Hash',
  groupTag: 'Group Tag',
  assignedUser: 'Assigned User',
  manufacturer: 'Manufacturer name',
  model: 'Device model',
}

/** Where a field of the row is, `offset` characters into it. */
export type At = (
  field: DeviceField,
  offset?: number,
) => { file: string; line: number; column: number }

/** The identifier cells of a row as written (the product key id trimmed). */
export interface RowValues {
  serial: string
  manufacturer: string
  model: string
  productKeyId: string
}

export function rowValues(row: DeviceRow): RowValues {
  return {
    serial: cellOf(row, 'serialNumber'),
    manufacturer: cellOf(row, 'manufacturer'),
    model: cellOf(row, 'model'),
    productKeyId: cellOf(row, 'productKeyId').trim(),
  }
}
