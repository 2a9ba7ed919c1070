import type { SandboxOptions } from './sandbox-options.js'
import type { SandboxState } from './state.js'

/** What every request of one sandbox reads and changes. */
export interface SandboxWorld {
  state: SandboxState
  options: SandboxOptions
  /** The clock msToFinish is measured on. */
  now: () => number
  /** MS-RequestId of each accepted upload → the job it started, for answering a retry alike. */
  uploads: Map<string, string>
}
