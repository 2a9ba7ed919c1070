import type { ChangedFile } from './git.js'
import type { Inspection } from './inspect-repository.js'
import type { RowCells } from './read-rows.js'

/** The repository as the use cases read it: one checkout, the folder that holds customers/. */
export interface RepositoryReader {
  root: string
  /** The checkout's folder from the repository's top level, with `/`; '' at the top. */
  prefix: string
  /** Every customer, device file and record, checked. */
  inspect(): Promise<Inspection>
  /** The cells of rows, by `file:line`, read back from their CSVs. */
  readRows(sources: readonly string[]): Promise<ReadonlyMap<string, RowCells>>
  /** The commit checked out, when it is a git checkout with one. */
  head(): Promise<string | undefined>
  /** Whether git has these commits here (a shallow checkout may lack the base). */
  hasCommits(shas: readonly string[]): Promise<boolean>
  /**
   * What changed from `base` to `head` (to the working tree, untracked files included, without
   * `head`), inside the checkout, with paths relative to it.
   */
  changedSince(base: string, head?: string): Promise<ChangedFile[]>
}
