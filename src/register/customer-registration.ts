import type { RunContext } from '../context/run-context.js'
import type { RecordDevice } from '../ledger/record-schema.js'
import type { Text } from '../messages/text.js'
import type { PartnerCenterClient } from '../partner-center/client.js'
import type { RowCells } from '../repo/read-rows.js'

/** What one run did for one customer: the body of its registration record. */
export interface CustomerRegistration {
  slug: string
  customerId: string
  groupTag: string
  startedAt: string
  finishedAt: string
  trackingIds: string[]
  devices: RecordDevice[]
  /** Devices sent to Partner Center by this run (not found in the batch, not resumed). */
  uploaded: number
  /** What stopped this customer part way, for the partner; what it did before is still recorded. */
  error?: Text
  /**
   * The batch does not exist and this sign-in (app-only) cannot create it: nothing was sent for
   * the customer, and `autopilot-gitops create-batch` creates it.
   */
  batchMissing?: boolean
}

export interface CustomerRunOptions {
  client: PartnerCenterClient
  /** Signed in App+User: only then can a missing batch be created. */
  appUser: boolean
  /** Epoch ms after which uploads still processing are recorded `pending`. */
  deadline: number
  context: RunContext
  /** The cells of the planned rows, by `file:line`: the repository reader's. */
  readRows: (sources: readonly string[]) => Promise<ReadonlyMap<string, RowCells>>
  /** Runs the sending part (reading the batch, uploading) when a place among the customers is free. */
  sending: <T>(work: () => Promise<T>) => Promise<T>
  /** Told whenever where the customer stands changes. */
  changed?: () => void
  /**
   * Keeps where the customer stands where the next run reads it (the in-progress record), and
   * settles once it is kept: awaited before each upload goes and after each is accepted.
   */
  journal?: () => Promise<void>
}
