import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

export type ChangeStatus = 'added' | 'modified' | 'removed' | 'renamed'

/** A file a pull request touches, relative to the repository's top level. */
export interface ChangedFile {
  path: string
  status: ChangeStatus
  previousPath?: string
}

async function git(dir: string, args: readonly string[]): Promise<string> {
  const { stdout } = await run('git', ['-C', dir, ...args], { maxBuffer: 64 * 1024 * 1024 })
  return stdout
}

/** The checkout's top level, or undefined when the folder is not in a git repository. */
export async function gitTopLevel(dir: string): Promise<string | undefined> {
  try {
    return (await git(dir, ['rev-parse', '--show-toplevel'])).trim()
  } catch {
    return undefined
  }
}

export async function hasCommit(dir: string, sha: string): Promise<boolean> {
  try {
    await git(dir, ['cat-file', '-e', `${sha}^{commit}`])
    return true
  } catch {
    return false
  }
}

const STATUS: Record<string, ChangeStatus> = {
  A: 'added',
  M: 'modified',
  D: 'removed',
  R: 'renamed',
  T: 'modified',
  C: 'added',
}

/**
 * What changed from `base` (its merge base with `head`) to `head`, or to the working tree with
 * untracked files when `head` is undefined: what a partner is about to commit.
 */
export async function gitChangedFiles(
  dir: string,
  base: string,
  head?: string,
): Promise<ChangedFile[]> {
  const range = head
    ? [`${base}...${head}`]
    : [(await git(dir, ['merge-base', base, 'HEAD'])).trim()]
  const out = await git(dir, ['diff', '--name-status', '-z', '--find-renames', ...range, '--'])
  const fields = out.split('\0').filter((f) => f !== '')
  const changes: ChangedFile[] = []
  for (let i = 0; i < fields.length; ) {
    const code = fields[i++] ?? ''
    const status = STATUS[code[0] ?? ''] ?? 'modified'
    if (status === 'renamed') {
      const previousPath = fields[i++] ?? ''
      changes.push({ path: fields[i++] ?? '', status, previousPath })
    } else {
      changes.push({ path: fields[i++] ?? '', status })
    }
  }
  if (!head) {
    const untracked = await git(dir, ['ls-files', '--others', '--exclude-standard', '-z'])
    for (const path of untracked.split('\0').filter(Boolean))
      changes.push({ path, status: 'added' })
  }
  return changes
}

/** The commit checked out, or undefined outside a repository or before the first commit. */
export async function gitHead(dir: string): Promise<string | undefined> {
  try {
    return (await git(dir, ['rev-parse', 'HEAD'])).trim()
  } catch {
    return undefined
  }
}

/** Whether a folder of the checkout has no uncommitted change, untracked files included. */
export async function gitIsClean(dir: string, folder: string): Promise<boolean> {
  return (await git(dir, ['status', '--porcelain', '--', folder])).trim() === ''
}
