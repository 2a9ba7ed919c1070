import type { DeviceRow } from '../csv/read-device-csv.js'
import { ruleHint } from '../findings/catalogue.js'
import { type Finding, finding } from '../findings/finding.js'
import type { Text } from '../messages/text.js'
import { text } from '../messages/text-of.js'
import type { At, RowValues } from './row-fields.js'

const IDENTIFIERS = {
  serial: text('check.identifier.serial'),
  manufacturer: text('check.identifier.manufacturer'),
  model: text('check.identifier.model'),
  productKeyId: text('check.identifier.productKeyId'),
}

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
  const given = (Object.keys(has) as (keyof typeof has)[])
    .filter((name) => has[name])
    .map((name) => IDENTIFIERS[name])
  // `a + b + c`, each name in the run's language.
  const joined = given.reduceRight<Text | undefined>(
    (right, left) => (right ? text('check.plus', { left, right }) : left),
    undefined,
  )
  const message = joined
    ? text('check.onlyIdentifiers', { given: joined })
    : text('check.noIdentifierCombination')
  const hint =
    row.columns.manufacturer === undefined
      ? text('check.noTupleColumnsHint', { hint: ruleHint('AP303') })
      : undefined
  findings.push(finding('AP303', at('hardwareHash'), message, hint))
}
