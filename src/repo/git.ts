import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { TextError } from '../findings/error-words.js'
import type { Text } from '../messages/text.js'
import { text } from '../messages/text-of.js'

const run = promisify(execFile)

export type ChangeStatus = 'added' | 'modified' | 'removed' | 'renamed'

/** A file a pull request touches, relative to the repository's top level. */
export interface ChangedFile {
  path: string
  status: ChangeStatus
  previousPath?: string
  /** The unified diff GitHub shows for the file, when it shows one (not from git). */
  patch?: string
}

export type GitProblem =
  | 'no-git'
  | 'not-a-repository'
  | 'no-commit'
  | 'unknown-revision'
  | 'no-merge-base'
  | 'failed'

/**
 * git could not do what was asked. The message is one line that names the folder or the revision
 * and the fix; git's own words and command line are kept in `cause`, for debugging.
 */
export class GitError extends TextError {
  override readonly name = 'GitError'
  readonly problem: GitProblem
  /** The folder git ran in. */
  readonly directory: string
  /** The branch, tag or commit that was asked for, when it is the problem. */
  readonly revision: string | undefined

  constructor(
    problem: GitProblem,
    directory: string,
    message: Text,
    options: { revision?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause })
    this.problem = problem
    this.directory = directory
    this.revision = options.revision
  }
}

async function git(dir: string, args: readonly string[]): Promise<string> {
  try {
    const { stdout } = await run('git', ['-C', dir, ...args], { maxBuffer: 64 * 1024 * 1024 })
    return stdout
  } catch (error) {
    throw gitFailure(dir, args, error)
  }
}

function gitFailure(dir: string, args: readonly string[], error: unknown): GitError {
  const { code, stderr } = error as { code?: unknown; stderr?: unknown }
  const said = typeof stderr === 'string' ? stderr : ''
  if (code === 'ENOENT')
    return new GitError('no-git', dir, text('error.git.missing'), { cause: error })
  if (/not a git repository/i.test(said))
    return new GitError('not-a-repository', dir, text('error.git.notRepository', { dir }), {
      cause: error,
    })
  const reason = said.split('\n').find((line) => line.trim() !== '') ?? errorText(error)
  const failed = { command: args[0] ?? '', dir, reason: reason.trim() }
  return new GitError('failed', dir, text('error.git.failed', failed), { cause: error })
}

function errorText(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)
}

/** The commit a branch, tag or commit names; a GitError that names it when there is none. */
async function resolveCommit(dir: string, revision: string): Promise<string> {
  try {
    return (
      await git(dir, [
        'rev-parse',
        '--verify',
        '--quiet',
        '--end-of-options',
        `${revision}^{commit}`,
      ])
    ).trim()
  } catch (error) {
    if (!(error instanceof GitError) || error.problem !== 'failed') throw error
    if (revision === 'HEAD')
      throw new GitError('no-commit', dir, text('error.git.noCommit', { dir }), {
        revision,
        cause: error,
      })
    throw new GitError(
      'unknown-revision',
      dir,
      text('error.git.unknownRevision', { revision, dir }),
      { revision, cause: error },
    )
  }
}

/** The commit `head` grew from `base` at; a GitError that says so when they share no history. */
async function mergeBase(dir: string, base: string, head: string): Promise<string> {
  const [baseCommit, headCommit] = [await resolveCommit(dir, base), await resolveCommit(dir, head)]
  try {
    return (await git(dir, ['merge-base', baseCommit, headCommit])).trim()
  } catch (error) {
    if (!(error instanceof GitError) || error.problem !== 'failed') throw error
    throw new GitError(
      'no-merge-base',
      dir,
      head === 'HEAD'
        ? text('error.git.noMergeBaseCheckout', { base, dir })
        : text('error.git.noMergeBase', { base, head, dir }),
      { revision: base, cause: error },
    )
  }
}

/** The checkout's top level, or undefined when the folder is not in a git repository. */
export async function gitTopLevel(dir: string): Promise<string | undefined> {
  try {
    return await requireGitTopLevel(dir)
  } catch {
    return undefined
  }
}

/** The checkout's top level, where git is needed: a GitError that says what to do when there is none. */
export async function requireGitTopLevel(dir: string): Promise<string> {
  return (await git(dir, ['rev-parse', '--show-toplevel'])).trim()
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
  const from = await mergeBase(dir, base, head ?? 'HEAD')
  const range = head ? [from, await resolveCommit(dir, head)] : [from]
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
    return await requireGitHead(dir)
  } catch {
    return undefined
  }
}

/** The commit checked out, where one is needed: a GitError that says what to do when there is none. */
export async function requireGitHead(dir: string): Promise<string> {
  await requireGitTopLevel(dir)
  return resolveCommit(dir, 'HEAD')
}

/** Whether a folder of the checkout has no uncommitted change, untracked files included. */
export async function gitIsClean(dir: string, folder: string): Promise<boolean> {
  return (await git(dir, ['status', '--porcelain', '--', folder])).trim() === ''
}

/** The checkout's git folder (`.git`, or where a worktree's lies), absolute. */
export async function gitDir(dir: string): Promise<string> {
  return (await git(dir, ['rev-parse', '--absolute-git-dir'])).trim()
}

/**
 * Makes `dir` a git repository on `main` with everything in it as one commit; returns its SHA.
 * The user's own identity signs it; a machine with none gets `autopilot-gitops init`'s, rather
 * than a commit that fails.
 */
export async function gitInitialCommit(dir: string, message: string): Promise<string> {
  await git(dir, ['init', '-q', '-b', 'main'])
  await git(dir, ['add', '-A'])
  const known = await git(dir, ['config', 'user.email']).then(
    (email) => email.trim() !== '',
    () => false,
  )
  const identity = known
    ? []
    : ['-c', 'user.name=autopilot-gitops init', '-c', 'user.email=init@autopilot-gitops.invalid']
  await git(dir, [...identity, 'commit', '-q', '-m', message])
  return (await git(dir, ['rev-parse', 'HEAD'])).trim()
}
