import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export type Files = Record<string, Buffer | string | null>

/** A git repository in a temp folder, committed file by file as a test describes it. */
export function gitRepository(initial: Files) {
  const root = mkdtempSync(path.join(tmpdir(), 'autopilot-gitops-repo-'))
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        // Not the machine's git config: core.autocrlf, commit.gpgsign or hooks there would change
        // the SHAs the golden files hold, or stop a commit.
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_AUTHOR_NAME: 'Test',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 'Test',
        GIT_COMMITTER_EMAIL: 't@example.com',
        GIT_AUTHOR_DATE: '2026-11-20T10:00:00Z',
        GIT_COMMITTER_DATE: '2026-11-20T10:00:00Z',
      },
    }).trim()
  git('init', '-q', '-b', 'main')
  const commit = (files: Files, message: string) => {
    for (const [name, content] of Object.entries(files)) {
      const file = path.join(root, name)
      if (content === null) {
        rmSync(file)
        continue
      }
      mkdirSync(path.dirname(file), { recursive: true })
      writeFileSync(file, content)
    }
    git('add', '-A')
    git('commit', '-q', '-m', message)
    return git('rev-parse', 'HEAD')
  }
  const base = commit(initial, 'base')
  return { root, base, commit, git }
}
