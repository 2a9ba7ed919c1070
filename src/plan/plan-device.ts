import type { FindingCap } from '../findings/cap-findings.js'
import { finding } from '../findings/finding.js'
import { isRegistered, type LedgerDevice } from '../ledger/fold-ledger.js'
import { sourceLine } from '../ledger/row-strings.js'
import type { Text } from '../messages/text.js'
import { text } from '../messages/text-of.js'
import { explainDeviceError } from '../partner-center/error-codes.js'
import type { DeviceRecord } from '../rules/check-row.js'
import { deviceLabelText } from '../rules/identity.js'
import type { DeviceAction, PlannedDevice, PlanOptions } from './registration-plan.js'

/** What planning one device needs to know beyond the device and its recorded state. */
export interface DeviceContext {
  added: FindingCap
  /** One "registered <day>" per day, shared by every device registered then. */
  registeredAt: Map<string, Text>
  registeredElsewhere: Map<string, LedgerDevice>
  errorRows: Set<string>
  options: PlanOptions
  slug: string
}

/** Registered, but in no CSV any more: it stays registered, and the plan says so. */
export function removedDevice(state: LedgerDevice): PlannedDevice {
  const row = { device: state, source: state.source, hashKey: undefined }
  return planned(row, 'removed', text('repo.reason.removed', { record: state.record }))
}

/** Asked for in a request file: deleted from its batch on merge. */
export function deregisterDevice(state: LedgerDevice, request: string): PlannedDevice {
  const row = { device: state, source: request, hashKey: undefined }
  return planned(row, 'deregister', text('repo.reason.recorded', { record: state.record }))
}

/** One row's device: what merging does with it, under the group tag its file and row give it. */
export function planDevice(
  device: DeviceRecord,
  state: LedgerDevice | undefined,
  keys: readonly string[],
  groupTag: string | null,
  context: DeviceContext,
): PlannedDevice {
  const source = sourceOf(device, state)
  const hashKey = device.keys.find((k) => k.startsWith('hh:'))
  const base: Row = { device, source, hashKey }
  const at = { file: device.file, line: device.line }
  const elsewhere = registeredElsewhere(keys, context)
  if (elsewhere) {
    context.added.addLazily('AP505', at.file, at.line, () =>
      finding(
        'AP505',
        at,
        text('repo.device.elsewhere', {
          device: deviceLabelText(device),
          customer: elsewhere.customer,
          record: elsewhere.record,
        }),
      ),
    )
    const reason = text('repo.reason.registeredFor', { customer: elsewhere.customer })
    return planned(base, 'blocked', reason)
  }
  // hasErrors: a row whose findings the cap left unlisted (see FindingCap) is blocked all the same.
  if (context.errorRows.has(source) || device.hasErrors) return planned(base, 'blocked', ROW_ERRORS)
  // Deregistered, its row back: registered anew (its request, the audit trail, no longer names it).
  if (!state || state.status === 'deregistered') return planned(base, 'register')
  if (isRegistered(state)) return registeredDevice(base, state, { groupTag, at }, context)
  if (state.status === 'pending')
    return planned(
      base,
      'retry',
      text('repo.reason.pending', { trackingId: state.trackingId ?? '' }),
    )
  const failure = [state.errorCode, state.errorName].filter(Boolean).join(' ')
  // A record that says nothing about it is read from the code, as the registration run would.
  const transient =
    state.transient ?? explainDeviceError(state.errorCode, state.errorName).transient
  if (transient || context.options.retryFailed) {
    return planned(base, 'retry', text('repo.reason.lastFailed', { failure }))
  }
  return planned(base, 'blocked', text('repo.reason.failedPermanently', { failure }))
}

/** The state of another customer's that any of the keys names, registered (AP505). */
function registeredElsewhere(keys: readonly string[], context: DeviceContext) {
  // A loop, not map and find: an array for each of 150,000 devices was garbage at the plan's peak.
  for (const key of keys) {
    const found = context.registeredElsewhere.get(key)
    if (found && found.customer !== context.slug) return found
  }
  return undefined
}

/** A registered device stays (AP504), or moves to the batch of its new group tag. */
function registeredDevice(
  base: Row,
  state: LedgerDevice,
  row: { groupTag: string | null; at: { file: string; line: number } },
  context: DeviceContext,
): PlannedDevice {
  const { groupTag, at } = row
  if (groupTag !== null && state.groupTag !== groupTag) {
    return planned(base, 'retag', text('repo.reason.retag', { from: state.groupTag, to: groupTag }))
  }
  const { device } = base
  context.added.addLazily('AP504', at.file, at.line, () =>
    finding(
      'AP504',
      at,
      text('repo.device.already', { device: deviceLabelText(device), record: state.record }),
    ),
  )
  return planned(base, 'already', registeredOn(state.at, context.registeredAt))
}

/**
 * `file:line` of the row. A registration record names the row it registered in the same words:
 * its string is taken, not a copy made (a record of 150,000 devices: 11 MB of copies at the peak).
 */
function sourceOf(device: DeviceRecord, state: LedgerDevice | undefined): string {
  const recorded = state?.source
  if (recorded !== undefined && namesLine(recorded, device.file, device.line)) return recorded
  return `${device.file}:${device.line}`
}

/** Whether `source` is `file:line`, read without making strings (150,000 of them, garbage). */
function namesLine(source: string, file: string, line: number): boolean {
  const start = file.length + 1
  if (source.charCodeAt(start - 1) !== 58 || !source.startsWith(file)) return false
  return sourceLine(source, start) === line
}

interface Row {
  device: Pick<DeviceRecord, 'serialNumber' | 'manufacturer' | 'productKeyId' | 'model'>
  source: string
  hashKey: string | undefined
}

/**
 * The device planned, built in one literal: spreads of optional fields gave each of 150,000
 * devices a hidden class of its own (50 MB of them, by a heap snapshot).
 */
/** One Text for every device blocked by its row's errors. */
const ROW_ERRORS = text('repo.reason.rowErrors')

function planned(row: Row, action: DeviceAction, reason?: Text): PlannedDevice {
  const { device } = row
  // Every field in the literal, an absent one as undefined (which JSON leaves out): fields added
  // after it would each cost every device a property array besides.
  const plannedDevice: PlannedDevice = {
    serialNumber: device.serialNumber,
    manufacturer: device.manufacturer,
    productKeyId: device.productKeyId,
    model: device.model,
    source: row.source,
    hashKey: row.hashKey || undefined,
    action,
    reason,
    inPartnerCenter: undefined,
  }
  return plannedDevice
}

function registeredOn(at: string, shared: Map<string, Text>): Text {
  const day = at.slice(0, 10)
  let reason = shared.get(day)
  if (reason === undefined) {
    reason = text('repo.reason.registeredOn', { day })
    shared.set(day, reason)
  }
  return reason
}
