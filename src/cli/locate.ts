import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { TextError } from '../findings/error-words.js'
import { text } from '../messages/text-of.js'

export interface ValidationTarget {
  root: string
  /** Relative to root with `/`; empty means the whole repository. */
  scope: string[]
  /** Outside any repository layout: these files (or, when empty, every CSV below root) are checked on their own. */
  looseFiles?: string[]
}

/** A path that does not exist: the CLI exits 2. */
export class MissingPathError extends TextError {
  override readonly name = 'MissingPathError'
  constructor(given: string) {
    super(text('error.path.missing', { path: given }))
  }
}

/**
 * A folder with no customer in it: no customers/ at or above it (git keeps no empty folder, so a
 * clone of a repository whose last customer was deleted has none), or an empty one. Nothing can
 * be checked or planned there: the CLI exits 2, as for a missing path.
 */
export class NoCustomersError extends TextError {
  override readonly name = 'NoCustomersError'
  /** `loose`: the pattern that names the folder's loose CSV files, when it may hold some. */
  constructor(given: string, loose?: string) {
    super(
      loose === undefined
        ? text('error.path.noCustomers', { path: given })
        : text('error.path.noCustomersLoose', { path: given, loose }),
    )
  }
}

/**
 * Groups command-line paths by the repository they belong to: the nearest folder at or above
 * them that holds customers/. A file with no such folder above it is checked on its own; a
 * folder with none, or whose customers/ holds no customer, is a NoCustomersError.
 */
export async function locateTargets(
  paths: readonly string[],
  cwd: string,
): Promise<ValidationTarget[]> {
  const byRoot = new Map<string, ValidationTarget>()
  for (const given of paths.length > 0 ? paths : ['.']) {
    const absolute = path.resolve(cwd, given)
    const info = await stat(absolute).catch(() => undefined)
    if (!info) throw new MissingPathError(given)
    const root = await findRoot(info.isDirectory() ? absolute : path.dirname(absolute))
    if (info.isDirectory() && !(root && (await hasCustomer(root))))
      throw new NoCustomersError(given, path.join(given, '*.csv'))
    if (root) {
      const target = byRoot.get(root) ?? { root, scope: [] }
      target.scope.push(path.relative(root, absolute).split(path.sep).join('/'))
      byRoot.set(root, target)
    } else {
      const dir = path.dirname(absolute)
      const target = byRoot.get(`loose:${dir}`) ?? { root: dir, scope: [], looseFiles: [] }
      target.looseFiles?.push(path.basename(absolute))
      byRoot.set(`loose:${dir}`, target)
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

/** The repository a command that needs one (plan, register) runs on: the root of `given`. */
export async function requireRoot(given: string | undefined, cwd: string): Promise<string> {
  const named = given ?? '.'
  const absolute = path.resolve(cwd, named)
  if (!(await stat(absolute).catch(() => undefined))) throw new MissingPathError(named)
  const root = await findRoot(absolute)
  if (!root || !(await hasCustomer(root))) throw new NoCustomersError(named)
  return root
}

/** Whether customers/ holds a folder: a customer, valid or not. */
async function hasCustomer(root: string): Promise<boolean> {
  const entries = await readdir(path.join(root, 'customers'), { withFileTypes: true }).catch(
    () => [],
  )
  return entries.some((entry) => entry.isDirectory())
}
