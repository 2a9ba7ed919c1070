import { identityKeys } from '../rules/identity.js'
import type { LedgerDevice } from './ledger-device.js'

/** What a CSV row knows a device by: the strings a ledger state of the same device repeats. */
export interface RowIdentity {
  line: number
  serialNumber: string
  productKeyId: string
  /** identityKeys of the row first, then any keys of its own (see rowKeys in check-row.ts). */
  keys: readonly string[]
}

/** A device file's rows, in the order of their lines. */
export interface FileRows {
  file: string
  devices: readonly RowIdentity[]
}

/**
 * The keys of a ledger state, in the very strings of the row that names the same device, whose
 * serial number and product key id the state takes too. A record of 150,000 devices otherwise
 * holds each key and serial twice, once for the rows and once for the ledger (some 12 MB at the
 * peak of a plan); the rows are read before the records, so the ledger is the one to share.
 */
export type SharedKeys = (state: LedgerDevice) => string[]

/**
 * SharedKeys over the rows read; identityKeys as they are without any. A state's row is the one
 * its source names (`file:line`, as the registration run records it), found by its line in its
 * file's rows: an index of every row by its key cost 7 MB for 150,000 rows, and as much again in
 * the tables it outgrew, at the highest point of a plan. A state whose row has moved, or whose
 * keys differ from its row's, keeps strings of its own: the same values.
 */
export function sharedKeys(files: Iterable<FileRows>): SharedKeys {
  const byFile = rowsByFile(files)
  if (byFile.size === 0) return identityKeys
  return (state) => {
    const keys = identityKeys(state)
    const row = rowAt(byFile, state.source)
    if (!row) return keys
    for (let i = 0; i < keys.length; i++)
      if (row.keys[i] === keys[i]) keys[i] = row.keys[i] as string
    if (row.serialNumber === state.serialNumber) state.serialNumber = row.serialNumber
    if (row.productKeyId === state.productKeyId) state.productKeyId = row.productKeyId
    return keys
  }
}

/** Each file's rows, by its name; none for a file with no rows. */
export function rowsByFile(files: Iterable<FileRows>): Map<string, readonly RowIdentity[]> {
  const byFile = new Map<string, readonly RowIdentity[]>()
  for (const { file, devices } of files) if (devices.length > 0) byFile.set(file, devices)
  return byFile
}

/** The row that `source` (`file:line`) names, by a binary search of its file's lines. */
export function rowAt(
  byFile: ReadonlyMap<string, readonly RowIdentity[]>,
  source: string,
): RowIdentity | undefined {
  const colon = source.lastIndexOf(':')
  const rows = colon > 0 ? byFile.get(source.slice(0, colon)) : undefined
  const line = rows ? sourceLine(source, colon + 1) : undefined
  if (!rows || line === undefined) return undefined
  let low = 0
  let high = rows.length - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const row = rows[middle] as RowIdentity
    if (row.line === line) return row
    if (row.line < line) low = middle + 1
    else high = middle - 1
  }
  return undefined
}

/**
 * The line that a source (`file:line`) names, read from `start`, just after its colon: digits
 * only, with no leading zero (`file:02` names no row); undefined for anything else. Allocates
 * nothing: the plan reads one for each of 150,000 devices.
 */
export function sourceLine(source: string, start: number): number | undefined {
  if (start >= source.length) return undefined
  if (source.charCodeAt(start) === 48 && source.length > start + 1) return undefined
  let value = 0
  for (let i = start; i < source.length; i++) {
    const digit = source.charCodeAt(i) - 48
    if (digit < 0 || digit > 9) return undefined
    value = value * 10 + digit
  }
  return value
}
