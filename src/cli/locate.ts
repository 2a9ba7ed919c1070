import { stat } from 'node:fs/promises'
import path from 'node:path'

export interface ValidationTarget {
  root: string
  /** Relative to root with `/`; empty means the whole repository. */
  scope: string[]
  /** Outside any repository layout: these files (or, when empty, every CSV below root) are checked on their own. */
  looseFiles?: string[]
}

/** A path that does not exist: the CLI exits 2. */
export class MissingPathError extends Error {
  override readonly name = 'MissingPathError'
}

/**
 * Groups command-line paths by the repository they belong to: the nearest folder at or above
 * them that holds customers/. A file with no such folder above it is checked on its own.
 */
export async function locateTargets(
  paths: readonly string[],
  cwd: string,
): Promise<ValidationTarget[]> {
  const byRoot = new Map<string, ValidationTarget>()
  for (const given of paths.length > 0 ? paths : ['.']) {
    const absolute = path.resolve(cwd, given)
    const info = await stat(absolute).catch(() => undefined)
    if (!info) throw new MissingPathError(`no such file or folder: ${given}`)
    const root = await findRoot(info.isDirectory() ? absolute : path.dirname(absolute))
    if (root) {
      const target = byRoot.get(root) ?? { root, scope: [] }
      target.scope.push(path.relative(root, absolute).split(path.sep).join('/'))
      byRoot.set(root, target)
    } else if (info.isFile()) {
      const dir = path.dirname(absolute)
      const target = byRoot.get(`loose:${dir}`) ?? { root: dir, scope: [], looseFiles: [] }
      target.looseFiles?.push(path.basename(absolute))
      byRoot.set(`loose:${dir}`, target)
    } else {
      byRoot.set(absolute, { root: absolute, scope: [], looseFiles: [] })
    }
  }
  return [...byRoot.values()]
}

/** The nearest folder at or above `start` that holds customers/. */
export async function findRoot(start: string): Promise<string | undefined> {
  let dir = start
  for (;;) {
    const customers = await stat(path.join(dir, 'customers')).catch(() => undefined)
    if (customers?.isDirectory()) return dir
    if (path.basename(dir) === 'customers') return path.dirname(dir)
    const parent = path.dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}
