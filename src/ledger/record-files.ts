import type { Text } from '../messages/text.js'
import type { RegistrationRecord } from './record-schema.js'

/** A registration record as a file to write. */
export interface RecordFileOut {
  /** Relative to the repository root: `customers/<slug>/registrations/<name>.json`. */
  path: string
  record: RegistrationRecord
  /** The file's bytes: pretty JSON with a final newline, so a diff of the repository reads well. */
  text: string
}

/** Where a run's records went. */
export type RecordsPlace =
  | { kind: 'commit'; sha: string }
  | { kind: 'pull-request'; number: number; url: string }
  | { kind: 'working-tree' }
  /** Not committed (no token, or GitHub refused): only in the runner's temp folder. */
  | { kind: 'temp-only'; reason: Text }
  | { kind: 'none' }
