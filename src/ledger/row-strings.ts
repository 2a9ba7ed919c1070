import { identityKeys } from '../rules/identity.js'
import type { LedgerDevice } from './ledger-device.js'

/** What a CSV row knows a device by: the strings a ledger state of the same device repeats. */
export interface RowIdentity {
  serialNumber: string
  productKeyId: string
  /** identityKeys of the row first, then any keys of its own (see rowKeys in check-row.ts). */
  keys: readonly string[]
}

/**
 * The keys of a ledger state, in the very strings of the row that names the same device, whose
 * serial number and product key id the state takes too. A record of 150,000 devices otherwise
 * holds each key and serial twice, once for the rows and once for the ledger (some 12 MB at the
 * peak of a plan); the rows are read before the records, so the ledger is the one to share.
 */
export type SharedKeys = (state: LedgerDevice) => string[]

/** SharedKeys over the rows read; identityKeys as they are without any. */
export function sharedKeys(rows: Iterable<RowIdentity>): SharedKeys {
  // By the first key only: the rest line up with the state's when the first matches.
  const byFirstKey = new Map<string, RowIdentity>()
  for (const row of rows) {
    const first = row.keys[0]
    if (first !== undefined && !byFirstKey.has(first)) byFirstKey.set(first, row)
  }
  if (byFirstKey.size === 0) return identityKeys
  return (state) => {
    const keys = identityKeys(state)
    const row = keys[0] === undefined ? undefined : byFirstKey.get(keys[0])
    if (!row) return keys
    for (let i = 0; i < keys.length; i++)
      if (row.keys[i] === keys[i]) keys[i] = row.keys[i] as string
    if (row.serialNumber === state.serialNumber) state.serialNumber = row.serialNumber
    if (row.productKeyId === state.productKeyId) state.productKeyId = row.productKeyId
    return keys
  }
}
