import { z } from 'zod'
import { errorMessage } from '../findings/error-message.js'
import { type Finding, finding } from '../findings/finding.js'
import { oneAfterAnother } from '../findings/text-list.js'
import type { Text } from '../messages/text.js'
import { text } from '../messages/text-of.js'
import { identityKeys } from '../rules/identity.js'
import {
  type DeviceOrigin,
  type LedgerDevice,
  ledgerDevice,
  outcomePool,
  stringPool,
} from './ledger-device.js'
import { parseRecordJson } from './record-json.js'
import { RecordPieces } from './record-pieces.js'
import {
  type DeviceStatus,
  RECORD_NAME,
  type RecordDevice,
  RecordDeviceSchema,
  type RegistrationRecord,
  RegistrationRecordSchema,
} from './record-schema.js'
import type { SharedKeys } from './row-strings.js'

export type { LedgerDevice } from './ledger-device.js'

export interface CustomerLedger {
  slug: string
  /** customerId of the newest record. */
  customerId: string
  /** The latest state of each device, once. */
  devices: LedgerDevice[]
  /**
   * Where in `devices` the latest state under each identity key is (see identityKeys). Positions,
   * not the states: a plan marks the states its rows name in an array of bytes by position, where
   * a Set of 150,000 states took 5 MB at its peak, and as much again in the tables it outgrew.
   */
  positions: Map<string, number>
}

export interface Ledger {
  customers: Map<string, CustomerLedger>
  /** Customers whose records could not all be read: their state is unknown. */
  unreadable: Set<string>
  /** The commit the newest record registered (names sort in time order), across customers. */
  latestCommit?: string
}

export interface RecordFile {
  /** Relative to the repository root. */
  file: string
  customer: string
  text: string
}

const REGISTERED: readonly DeviceStatus[] = ['registered', 'already-registered', 'retagged']

export function isRegistered(device: Pick<LedgerDevice, 'status'>): boolean {
  return REGISTERED.includes(device.status)
}

/** A record's file and what it holds, once parsed. */
export interface ParsedRecordFile {
  file: string
  customer: string
  record: RegistrationRecord
}

/** A record that parses, or the findings that say why it does not. */
export type CheckedRecord = { record?: RegistrationRecord; findings: Finding[] }

/** Parses one record; a record that does not parse is a finding naming the file, never skipped. */
export function parseRecord(file: RecordFile): CheckedRecord {
  return checkRecord(file, () => {
    const json = JSON.parse(file.text)
    return { json, problems: recordProblems(json) }
  })
}

/**
 * parseRecord from the record's bytes, with the same findings; its devices come out as the
 * LedgerDevices foldRecords makes of them, each made as soon as it is parsed (see
 * parseRecordJson), so that a record of 150,000 devices is never held as text, nor as parsed
 * devices beside what they become.
 */
export function parseRecordBytes(
  file: Omit<RecordFile, 'text'> & { bytes: Buffer },
): CheckedRecord {
  return checkRecord(file, () => {
    const devices = recordDevices(file)
    return devices.checked(parseRecordJson(file.bytes, devices.each))
  })
}

/**
 * parseRecordBytes over the record's bytes as they are read (see RecordPieces): `take` each
 * piece, then `finish`. Either says so when the record is to be parsed whole instead: `take`
 * by false, `finish` by undefined.
 */
export function recordParser(file: Omit<RecordFile, 'text'>): {
  take: (piece: Uint8Array) => boolean
  finish: () => CheckedRecord | undefined
} {
  const devices = recordDevices(file)
  const pieces = new RecordPieces(devices.each)
  return {
    take: (piece) => pieces.push(piece),
    finish() {
      const json = pieces.end()
      if (json === undefined) return undefined
      return checkRecord(file, () => devices.checked(json))
    },
  }
}

/** What parseRecordBytes does with each device as it is parsed, and the problems it found. */
function recordDevices(file: Omit<RecordFile, 'text'>) {
  const problems: Issue[] = []
  const shared = stringPool()
  const outcomes = outcomePool()
  // One for all of the record's devices (see ledgerDevice); the head is the same for each.
  let where: DeviceOrigin | undefined
  const each = (element: unknown, index: number, head: unknown): unknown => {
    if (problems.length < 5) {
      const checked = RecordDeviceSchema.safeParse(element)
      if (!checked.success) {
        for (const issue of checked.error.issues)
          problems.push({ path: ['devices', index, ...issue.path], message: issue.message })
      }
    }
    // A record with a bad device is not folded: what its devices become does not matter.
    if (problems.length > 0) return element
    const { finishedAt, groupTag } = head as RegistrationRecord
    where ??= { customer: file.customer, record: file.file, at: finishedAt, groupTag }
    return ledgerDevice(element as RecordDevice, where, shared, outcomes)
  }
  const checked = (json: unknown) => {
    const headProblems = RecordHeadSchema.safeParse(json)
    return { json, problems: headProblems.success ? problems : headProblems.error.issues }
  }
  return { each, checked }
}

type Issue = { path: PropertyKey[]; message: string }

function checkRecord(
  file: Omit<RecordFile, 'text'>,
  parse: () => { json: unknown; problems: Issue[] },
): CheckedRecord {
  const at = { file: file.file, line: 1 }
  const name = file.file.split('/').at(-1) ?? ''
  if (!RECORD_NAME.test(name)) {
    // Records fold in the order of their names: a name out of pattern would fold out of time order.
    const message = text('repo.record.badName', { name })
    return { findings: [finding('AP606', at, message)] }
  }
  let parsed: { json: unknown; problems: Issue[] }
  try {
    parsed = parse()
  } catch (error) {
    // The parser's own words, quoted.
    const message = text('repo.record.notJson', { error: errorMessage(error) })
    return { findings: [finding('AP606', at, message)] }
  }
  const { json, problems } = parsed
  if (problems.length > 0) {
    const listed = problems
      .slice(0, 5)
      .map((i) => text('repo.record.problem', { path: i.path.join('.'), problem: i.message }))
    const message = text('repo.record.schema', { problems: oneAfterAnother(listed) as Text })
    return { findings: [finding('AP606', at, message)] }
  }
  const record = json as RegistrationRecord
  if (record.customer !== file.customer) {
    const where = { customer: record.customer, folder: file.customer }
    return { findings: [finding('AP606', at, text('repo.record.otherCustomer', where))] }
  }
  return { record, findings: [] }
}

/**
 * What is wrong with a parsed record, by the schema. The record is checked without its devices,
 * then device by device: the schemas transform nothing, so a record that passes is used as parsed,
 * and 150,000 devices are held once, not twice.
 */
function recordProblems(json: unknown): Issue[] {
  const head = RecordHeadSchema.safeParse(json)
  if (!head.success) return head.error.issues
  const devices = (json as { devices: unknown[] }).devices
  const problems: Issue[] = []
  for (let i = 0; i < devices.length && problems.length < 5; i++) {
    const checked = RecordDeviceSchema.safeParse(devices[i])
    if (!checked.success) {
      for (const issue of checked.error.issues)
        problems.push({ path: ['devices', i, ...issue.path], message: issue.message })
    }
  }
  return problems
}

const RecordHeadSchema = RegistrationRecordSchema.extend({ devices: z.array(z.unknown()) })

/**
 * Folds every customer's parsed records, oldest first (file names sort in time order), into the
 * latest state of each device. `keysOf` gives a state's identity keys (see sharedKeys).
 */
export function foldRecords(
  records: readonly ParsedRecordFile[],
  keysOf: SharedKeys = identityKeys,
): Ledger {
  const ledger: Ledger = { customers: new Map(), unreadable: new Set() }
  const sorted = [...records].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  let latestName = ''
  for (const { file, customer: slug, record } of sorted) {
    const name = file.split('/').at(-1) ?? ''
    if (name > latestName) {
      latestName = name
      ledger.latestCommit = record.commit
    }
    // While folding, `devices` holds every state in the order folded; compact keeps the latest.
    const customer = ledger.customers.get(slug) ?? {
      slug,
      customerId: record.customerId,
      devices: [],
      positions: new Map<string, number>(),
    }
    customer.customerId = record.customerId
    const where = { customer: slug, record: file, at: record.finishedAt, groupTag: record.groupTag }
    for (const device of record.devices) {
      // parseRecordBytes made its devices LedgerDevices already: a record's own never has `record`.
      const state = 'record' in device ? (device as LedgerDevice) : ledgerDevice(device, where)
      const position = customer.devices.push(state) - 1
      for (const key of keysOf(state)) customer.positions.set(key, position)
    }
    ledger.customers.set(slug, customer)
  }
  for (const customer of ledger.customers.values()) compact(customer)
  return ledger
}

/**
 * Keeps, of every state folded, those that are still the latest under one of their keys, in the
 * order their keys were first seen, and points the keys at their new positions.
 */
function compact(customer: CustomerLedger): void {
  const folded = customer.devices
  const moved = new Int32Array(folded.length).fill(-1)
  const devices: LedgerDevice[] = []
  for (const [key, position] of customer.positions) {
    let to = moved[position] as number
    if (to < 0) {
      to = devices.push(folded[position] as LedgerDevice) - 1
      moved[position] = to
    }
    // Setting a key that is there already leaves the Map's order, and this loop, as they are.
    customer.positions.set(key, to)
  }
  customer.devices = devices
}

/** The latest state under one identity key. */
export function stateOf(
  customer: CustomerLedger | undefined,
  key: string,
): LedgerDevice | undefined {
  return stateAt(customer, customer?.positions.get(key))
}

/** The latest state of a device under its own customer, by any of its keys. */
export function lookUp(
  customer: CustomerLedger | undefined,
  keys: readonly string[],
): LedgerDevice | undefined {
  return stateAt(customer, latestPosition(customer, keys))
}

function stateAt(customer: CustomerLedger | undefined, position: number | undefined) {
  return position === undefined ? undefined : customer?.devices[position]
}

/** Where lookUp's state is in the customer's devices. */
export function latestPosition(
  customer: CustomerLedger | undefined,
  keys: readonly string[],
): number | undefined {
  let latest: number | undefined
  let latestAt = ''
  for (const key of keys) {
    const position = customer?.positions.get(key)
    const at = position === undefined ? undefined : customer?.devices[position]?.at
    if (at !== undefined && (latest === undefined || at > latestAt)) {
      latest = position
      latestAt = at
    }
  }
  return latest
}
