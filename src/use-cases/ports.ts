import type { RecordFileOut, RecordsPlace } from '../ledger/record-files.js'
import type { PartnerCenterClient } from '../partner-center/client.js'

export type { RepositoryReader } from '../repo/repository-reader.js'

/** Partner Center, signed in: made only when there is something to ask or send. */
export interface PartnerCenterAccess {
  client: PartnerCenterClient
  /** Signed in App+User: only then can a missing batch be created. */
  appUser: boolean
}
export type ConnectPartnerCenter = () => PartnerCenterAccess

/** Where the records of a registration run go, and what must hold before it starts. */
export interface RecordsStore {
  /** Throws, saying why and what to do, when registering from this checkout could send twice. */
  check(commit: string): Promise<void>
  /** The records of uploads still being processed, so that a run killed meanwhile sends nothing twice. */
  keepInProgress(files: readonly RecordFileOut[]): Promise<void>
  /** The final records: never lost, whatever happens to the commit. */
  deliver(files: readonly RecordFileOut[]): Promise<{ place: RecordsPlace; copy?: string }>
}
