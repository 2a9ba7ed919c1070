import type { FileChecker } from './file-checker.js'
import { gitChangedFiles, gitHead, hasCommit } from './git.js'
import { inspectRepository } from './inspect-repository.js'
import { changesInRoot, checkoutPrefix } from './paths.js'
import { readRowCells } from './read-rows.js'
import type { RepositoryReader } from './repository-reader.js'

/** The repository on this machine's disk: `root` holds customers/, `topLevel` is git's top level. */
export function localRepository(options: {
  root: string
  topLevel: string
  checker?: FileChecker
  looseFiles?: readonly string[]
}): RepositoryReader {
  const { root, topLevel } = options
  const prefix = checkoutPrefix(topLevel, root)
  return {
    root,
    prefix,
    inspect: () =>
      inspectRepository({
        root,
        ...(options.checker ? { checker: options.checker } : {}),
        ...(options.looseFiles ? { looseFiles: options.looseFiles } : {}),
      }),
    readRows: (sources) => readRowCells(root, sources),
    head: () => gitHead(root),
    async hasCommits(shas) {
      for (const sha of shas) if (!(await hasCommit(topLevel, sha))) return false
      return true
    },
    async changedSince(base, head) {
      return changesInRoot(await gitChangedFiles(topLevel, base, head), prefix)
    },
  }
}
