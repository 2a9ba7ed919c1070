import type { DeviceRow } from '../csv/read-device-csv.js'
import { type Finding, finding } from '../findings/finding.js'
import type { At, RowValues } from './row-fields.js'

/** AP303: a row without a hash needs serial + manufacturer + model, or a product key id alone. */
export function checkIdentifierCombination(
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
