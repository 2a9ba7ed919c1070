import type { FindingCap } from '../findings/cap-findings.js'
import { type Finding, finding } from '../findings/finding.js'
import type { Text } from '../messages/text.js'
import { text } from '../messages/text-of.js'
import type { DeviceRecord } from './check-row.js'
import { quoted } from './row-fields.js'

export interface OwnedDevice {
  device: DeviceRecord
  /** The customer slug, or undefined for a file outside a customer. */
  customer: string | undefined
}

/**
 * Finds devices that appear more than once across the given files (AP501 same file, AP502 two
 * files of one customer, AP503 two customers). Every occurrence after the first is reported,
 * naming the first; the first is reported too, naming the second, so each file involved carries
 * the finding. The findings go into `found`, made only when listed or first counted: one device
 * on 143,000 rows gave 143,000 messages to be counted. Every duplicate is an error, so each device
 * a finding names is marked, and the plan blocks it even when the cap leaves the finding unlisted.
 */
export function findDuplicates(devices: Iterable<OwnedDevice>, found: FindingCap): void {
  const firstByKey = new Map<string, OwnedDevice>()
  const reportedFirsts = new Set<OwnedDevice>()
  for (const owned of devices) {
    let first: OwnedDevice | undefined
    for (const key of owned.device.keys) {
      const seen = firstByKey.get(key)
      if (seen && seen !== owned) {
        first ??= seen
      } else if (!seen) {
        firstByKey.set(key, owned)
      }
    }
    if (!first) continue
    addDuplicate(owned, first, found)
    if (!reportedFirsts.has(first) && first.device.file !== owned.device.file) {
      reportedFirsts.add(first)
      addDuplicate(first, owned, found)
    }
  }
}

function addDuplicate(here: OwnedDevice, other: OwnedDevice, found: FindingCap): void {
  const { device } = here
  device.hasErrors = true
  const rule =
    device.file === other.device.file
      ? 'AP501'
      : here.customer === other.customer
        ? 'AP502'
        : 'AP503'
  found.addLazily(rule, device.file, device.line, () => duplicateFinding(here, other))
}

function duplicateFinding(here: OwnedDevice, other: OwnedDevice): Finding {
  const device = describeDevice(here.device)
  const at = { file: here.device.file, line: here.device.line }
  if (here.device.file === other.device.file) {
    return finding('AP501', at, text('check.duplicateInFile', { device, line: other.device.line }))
  }
  const where = `${other.device.file}:${other.device.line}`
  if (here.customer === other.customer) {
    return finding('AP502', at, text('check.duplicateInCustomer', { device, where }))
  }
  const message = other.customer
    ? text('check.duplicateAcrossCustomers', { device, customer: quoted(other.customer), where })
    : text('check.duplicateOutsideCustomers', { device, where })
  return finding('AP503', at, message)
}

export function describeDevice(device: DeviceRecord): Text {
  const manufacturer = device.manufacturer && quoted(device.manufacturer)
  if (device.serialNumber) {
    const serial = quoted(device.serialNumber)
    return manufacturer
      ? text('check.device.makeSerial', { manufacturer, serial })
      : text('check.device.serial', { serial })
  }
  if (device.productKeyId) {
    const productKeyId = quoted(device.productKeyId)
    return manufacturer
      ? text('check.device.makeProductKey', { manufacturer, productKeyId })
      : text('check.device.productKey', { productKeyId })
  }
  return manufacturer ? text('check.device.make', { manufacturer }) : text('check.device.sameHash')
}

/**
 * Whether findDuplicates found any two rows to be one device. When it did not, every row is a
 * device of its own, and counting them needs no countDevices.
 */
export function hasDuplicateFindings(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.rule === 'AP501' || f.rule === 'AP502' || f.rule === 'AP503')
}

/**
 * How many devices the rows are, by the identity findDuplicates uses: rows that share any key
 * (manufacturer + serial, product key id, hash content) are one device, and so are rows linked
 * through others. The same device captured twice counts once. `keysOf` gives a row's keys when
 * they are needed, so a caller that has to make them (the plan's devices) never holds them all.
 */
export function countDevices<T extends { readonly keys: readonly string[] }>(
  devices: readonly T[],
): number
export function countDevices<T>(
  devices: readonly T[],
  keysOf: (row: T) => readonly string[],
): number
export function countDevices<T>(
  devices: readonly T[],
  keysOf: (row: T) => readonly string[] = (row) => (row as { keys: readonly string[] }).keys,
): number {
  const parent = new Int32Array(devices.length)
  for (let i = 0; i < parent.length; i++) parent[i] = i
  const root = (i: number): number => {
    let r = i
    while (parent[r] !== r) r = parent[r] ?? r
    // Point every row on the way straight at the root, so that the next look-up is short.
    for (let j = i; j !== r; ) {
      const next = parent[j] ?? r
      parent[j] = r
      j = next
    }
    return r
  }
  let count = devices.length
  forEachSharedKey(
    devices.length,
    (row) => keysOf(devices[row] as T),
    (row, other) => {
      const [a, b] = [root(other), root(row)]
      if (a !== b) {
        parent[b] = a
        count -= 1
      }
    },
  )
  return count
}

/**
 * Calls `join` for each row with a key an earlier row has, with that earlier row. The keys are
 * indexed in a table of row numbers rather than a Map: at 100,000 devices a Map of their 300,000
 * keys would cost the engine its memory budget. Each slot keeps its key's hash beside it, so an
 * earlier row's keys are asked for again only when the hashes match.
 */
function forEachSharedKey(
  rows: number,
  keysOf: (row: number) => readonly string[],
  join: (row: number, other: number) => void,
): void {
  let keyCount = 0
  for (let row = 0; row < rows; row++) keyCount += keysOf(row).length
  let slots = 16
  // Three quarters full at most: linear probing stays short.
  while (slots * 3 < keyCount * 4) slots *= 2
  const mask = slots - 1
  // Each slot holds row * 8 + the key's index in the row (a row has at most 4 keys), or -1.
  const table = new Int32Array(slots).fill(-1)
  const hashes = new Int32Array(slots)
  for (let row = 0; row < rows; row++) {
    const keys = keysOf(row)
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] as string
      const hash = tailHash(key) | 0
      for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
        const held = table[slot] ?? -1
        if (held === -1) {
          table[slot] = row * 8 + k
          hashes[slot] = hash
          break
        }
        if (hashes[slot] === hash && keysOf(held >> 3)[held & 7] === key) {
          join(row, held >> 3)
          break
        }
      }
    }
  }
}

/** FNV-1a over the length and the last 16 code units: where keys differ (serials, digests). */
function tailHash(text: string): number {
  let hash = Math.imul(0x811c9dc5 ^ text.length, 0x01000193)
  for (let i = Math.max(0, text.length - 16); i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  }
  return hash >>> 0
}
