import { z } from 'zod'
import { errorMessage } from '../findings/error-message.js'
import { type Finding, finding } from '../findings/finding.js'
import { identityKeys } from '../rules/identity.js'
import {
  type DeviceStatus,
  RECORD_NAME,
  type RecordDevice,
  RecordDeviceSchema,
  type RegistrationRecord,
  RegistrationRecordSchema,
} from './record-schema.js'

/** The latest known state of one device, from the newest record that names it. */
export interface LedgerDevice extends RecordDevice {
  customer: string
  /** The record it comes from, relative to the repository root. */
  record: string
  at: string
  /** The record's group tag: the batch the device was sent to. */
  groupTag: string
}

export interface CustomerLedger {
  slug: string
  /** customerId of the newest record. */
  customerId: string
  devices: LedgerDevice[]
  /** Latest state by identity key (see identityKeys). */
  byKey: Map<string, LedgerDevice>
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

const REGISTERED: readonly DeviceStatus[] = ['registered', 'already-registered']

export function isRegistered(device: Pick<LedgerDevice, 'status'>): boolean {
  return REGISTERED.includes(device.status)
}

/** A record's file and what it holds, once parsed. */
export interface ParsedRecordFile {
  file: string
  customer: string
  record: RegistrationRecord
}

/** Parses one record; a record that does not parse is a finding naming the file, never skipped. */
export function parseRecord(file: RecordFile): {
  record?: RegistrationRecord
  findings: Finding[]
} {
  const at = { file: file.file, line: 1 }
  const name = file.file.split('/').at(-1) ?? ''
  if (!RECORD_NAME.test(name)) {
    // Records fold in the order of their names: a name out of pattern would fold out of time order.
    const message = `\`${name}\` is not a registration record name (<YYYYMMDDTHHMMSSmmmZ>-<sha7>-<run id>.json, or <…>-in-progress.json)`
    return { findings: [finding('AP606', at, message)] }
  }
  let json: unknown
  try {
    json = JSON.parse(file.text)
  } catch (error) {
    const reason = errorMessage(error)
    return { findings: [finding('AP606', at, `registration record is not JSON: ${reason}`)] }
  }
  const problems = recordProblems(json)
  if (problems.length > 0) {
    const listed = problems
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || 'the record'}: ${i.message}`)
      .join('; ')
    const message = `registration record does not match schema version 1: ${listed}`
    return { findings: [finding('AP606', at, message)] }
  }
  const record = json as RegistrationRecord
  if (record.customer !== file.customer) {
    const message = `registration record names customer \`${record.customer}\` but lies in the folder of \`${file.customer}\``
    return { findings: [finding('AP606', at, message)] }
  }
  return { record, findings: [] }
}

/**
 * What is wrong with a parsed record, by the schema. The record is checked without its devices,
 * then device by device: the schemas transform nothing, so a record that passes is used as parsed,
 * and 150,000 devices are held once, not twice.
 */
function recordProblems(json: unknown): Array<{ path: PropertyKey[]; message: string }> {
  const head = RecordHeadSchema.safeParse(json)
  if (!head.success) return head.error.issues
  const devices = (json as { devices: unknown[] }).devices
  const problems: Array<{ path: PropertyKey[]; message: string }> = []
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
 * latest state of each device. It takes the records' devices over: each becomes its
 * LedgerDevice, with no copy.
 */
export function foldRecords(records: readonly ParsedRecordFile[]): Ledger {
  const ledger: Ledger = { customers: new Map(), unreadable: new Set() }
  const sorted = [...records].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  let latestName = ''
  for (const { file, customer: slug, record } of sorted) {
    const name = file.split('/').at(-1) ?? ''
    if (name > latestName) {
      latestName = name
      ledger.latestCommit = record.commit
    }
    const customer = ledger.customers.get(slug) ?? {
      slug,
      customerId: record.customerId,
      devices: [],
      byKey: new Map<string, LedgerDevice>(),
    }
    customer.customerId = record.customerId
    for (const device of record.devices) {
      const state = Object.assign(device, {
        customer: slug,
        record: file,
        at: record.finishedAt,
        groupTag: record.groupTag,
      })
      for (const key of identityKeys(device)) customer.byKey.set(key, state)
    }
    ledger.customers.set(slug, customer)
  }
  for (const customer of ledger.customers.values()) {
    customer.devices = [...new Set(customer.byKey.values())]
  }
  return ledger
}

/** The latest state of a device under its own customer, by any of its keys. */
export function lookUp(
  customer: CustomerLedger | undefined,
  keys: readonly string[],
): LedgerDevice | undefined {
  if (!customer) return undefined
  let latest: LedgerDevice | undefined
  for (const key of keys) {
    const found = customer.byKey.get(key)
    if (found && (!latest || found.at > latest.at)) latest = found
  }
  return latest
}
