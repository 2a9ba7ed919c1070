import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  GitError,
  gitChangedFiles,
  gitHead,
  gitIsClean,
  gitTopLevel,
  requireGitHead,
  requireGitTopLevel,
} from '../../src/repo/git.js'
import { gitRepository } from '../helpers/git-repo.js'

const notInGit = () => mkdtempSync(path.join(tmpdir(), 'autopilot-gitops-no-git-'))

/** What a call rejected with: the problem, the revision and the one-line message. */
async function failure(call: Promise<unknown>) {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(GitError)
  const { problem, revision, message, cause } = error as GitError
  expect(message).not.toContain('\n')
  expect(cause).toBeDefined()
  return { problem, revision, message }
}

describe('git failures are GitErrors that name what was asked and the fix', () => {
  it('a branch or commit that does not exist, as base or head', async () => {
    const repo = gitRepository({ 'a.txt': 'a' })
    const fix = 'give a branch, tag or commit that exists (git fetch it first)'
    expect(await failure(gitChangedFiles(repo.root, 'NOPE'))).toEqual({
      problem: 'unknown-revision',
      revision: 'NOPE',
      message: `NOPE: no such commit or branch in ${repo.root}; ${fix}`,
    })
    const missing = '0123456789abcdef0123456789abcdef01234567'
    expect(await failure(gitChangedFiles(repo.root, repo.base, missing))).toEqual({
      problem: 'unknown-revision',
      revision: missing,
      message: `${missing}: no such commit or branch in ${repo.root}; ${fix}`,
    })
  })

  it('a base that shares no history with the checkout (a shallow clone, an unrelated branch)', async () => {
    const repo = gitRepository({ 'a.txt': 'a' })
    repo.git('checkout', '-q', '--orphan', 'other')
    repo.commit({ 'b.txt': 'b' }, 'unrelated')
    expect(await failure(gitChangedFiles(repo.root, 'main'))).toMatchObject({
      problem: 'no-merge-base',
      revision: 'main',
      message: expect.stringMatching(/^main: shares no history with the checkout in .*git fetch/),
    })
  })

  it('a folder that is not in a git repository', async () => {
    const dir = notInGit()
    const expected = {
      problem: 'not-a-repository',
      revision: undefined,
      message: `${dir} is not in a git repository; run this in a clone of the repository (git clone), or make it one (git init, then commit customers/)`,
    }
    expect(await failure(requireGitTopLevel(dir))).toEqual(expected)
    expect(await failure(requireGitHead(dir))).toEqual(expected)
    expect(await failure(gitChangedFiles(dir, 'main'))).toEqual(expected)
    expect(await failure(gitIsClean(dir, 'customers'))).toEqual(expected)
    // Where git is optional, the answer stays "none".
    expect(await gitTopLevel(dir)).toBeUndefined()
    expect(await gitHead(dir)).toBeUndefined()
  })

  it('a repository with no commit yet', async () => {
    const repo = gitRepository({ 'a.txt': 'a' })
    repo.git('update-ref', '-d', 'HEAD')
    expect(await failure(requireGitHead(repo.root))).toEqual({
      problem: 'no-commit',
      revision: 'HEAD',
      message: `${repo.root} has no commit yet; commit customers/ first`,
    })
    expect(await gitHead(repo.root)).toBeUndefined()
  })
})

describe('gitChangedFiles', () => {
  it('gives what changed from the merge base, to a head or to the working tree', async () => {
    const repo = gitRepository({ 'a.txt': 'a', 'b.txt': 'b' })
    repo.git('checkout', '-q', '-b', 'topic')
    const head = repo.commit({ 'a.txt': 'changed', 'b.txt': null, 'c.txt': 'c' }, 'topic')
    repo.git('checkout', '-q', 'main')
    repo.commit({ 'd.txt': 'on main since' }, 'main moves on')
    expect(await gitChangedFiles(repo.root, 'main', head)).toEqual([
      { path: 'a.txt', status: 'modified' },
      { path: 'b.txt', status: 'removed' },
      { path: 'c.txt', status: 'added' },
    ])
    repo.git('checkout', '-q', 'topic')
    expect(await gitChangedFiles(repo.root, 'main')).toEqual([
      { path: 'a.txt', status: 'modified' },
      { path: 'b.txt', status: 'removed' },
      { path: 'c.txt', status: 'added' },
    ])
  })
})
