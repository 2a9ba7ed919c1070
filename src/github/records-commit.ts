import { errorMessage } from '../findings/error-message.js'
import { TextError } from '../findings/error-words.js'
import { text } from '../messages/text-of.js'
import type { Octokit } from './pull-request.js'
import { statusOf } from './pull-request.js'

export interface RepositoryRef {
  owner: string
  repo: string
}

/** Where the records went: a commit on the branch, or a pull request when the branch refused it. */
export type RecordsDelivery =
  | { kind: 'commit'; sha: string }
  | { kind: 'pull-request'; number: number; url: string; branch: string; sha: string }

export const RECORDS_BRANCH_PREFIX = 'autopilot-gitops/records-'

/**
 * Commits new files to a branch in one commit through the Git database API, as the workflow's
 * token. Records are new files, so when the branch moved meanwhile the commit is made again on
 * its new head. When the branch refuses the update (protected), the commit goes to a new branch
 * and a pull request.
 */
export async function commitRecords(
  client: Octokit,
  options: RepositoryRef & {
    branch: string
    files: readonly { path: string; text: string }[]
    message: string
    /** Named in the records branch: `autopilot-gitops/records-<sha7>-<run>`. */
    runId: string
    /** The pull request's title; the message without `[skip ci]` when none is given. */
    pullRequestTitle?: string
    pullRequestBody: string
  },
): Promise<RecordsDelivery> {
  const repo = { owner: options.owner, repo: options.repo }
  const attempt = await commitToBranch(client, options)
  if (attempt.committed) return { kind: 'commit', sha: attempt.sha }
  const commit = attempt.sha
  const branch = `${RECORDS_BRANCH_PREFIX}${commit.slice(0, 7)}-${options.runId}`
  await client.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha: commit })
  let pull: Awaited<ReturnType<Octokit['rest']['pulls']['create']>>
  try {
    pull = await client.rest.pulls.create({
      ...repo,
      base: options.branch,
      head: branch,
      title: options.pullRequestTitle ?? options.message.replace(/\s*\[skip ci\]$/, ''),
      body: options.pullRequestBody,
    })
  } catch (error) {
    // The records are safe on their branch: say where, so that a person opens the pull request.
    // GitHub's words, redacted by the client, are quoted as they came.
    const reason = errorMessage(error)
    throw new TextError(
      text('error.github.noPullRequest', { base: options.branch, branch, reason }),
      { cause: error },
    )
  }
  return {
    kind: 'pull-request',
    number: pull.data.number,
    url: pull.data.html_url,
    branch,
    sha: commit,
  }
}

/**
 * Commits new files on top of a branch and moves the branch to it, again on the new head when the
 * branch moved meanwhile. `committed: false` when the branch refuses (protected): `sha` is then the
 * commit that no branch holds yet.
 */
export async function commitToBranch(
  client: Octokit,
  options: RepositoryRef & {
    branch: string
    files: readonly { path: string; text: string }[]
    message: string
  },
): Promise<{ committed: boolean; sha: string }> {
  const repo = { owner: options.owner, repo: options.repo }
  let commit = ''
  let head = await branchHead(client, repo, options.branch)
  for (let attempt = 1; attempt <= 5; attempt++) {
    commit = await commitOnTop(client, repo, head, options.files, options.message)
    try {
      await client.rest.git.updateRef({
        ...repo,
        ref: `heads/${options.branch}`,
        sha: commit,
        force: false,
      })
      return { committed: true, sha: commit }
    } catch (error) {
      const status = statusOf(error)
      if (status !== 422 && status !== 409 && status !== 403) throw error
      // 422 means "not a fast forward" or "protected": the head tells which.
      if (status === 403) break
      const moved = await branchHead(client, repo, options.branch)
      if (moved === head) break
      head = moved
    }
  }
  return { committed: false, sha: commit }
}

/** The commit at the head of a branch. */
export async function branchHead(
  client: Octokit,
  repo: RepositoryRef,
  branch: string,
): Promise<string> {
  const ref = await client.rest.git.getRef({ ...repo, ref: `heads/${branch}` })
  return ref.data.object.sha
}

export async function commitOnTop(
  client: Octokit,
  repo: RepositoryRef,
  head: string,
  files: readonly { path: string; text: string }[],
  message: string,
): Promise<string> {
  const parent = await client.rest.git.getCommit({ ...repo, commit_sha: head })
  const tree = await client.rest.git.createTree({
    ...repo,
    base_tree: parent.data.tree.sha,
    tree: files.map((f) => ({ path: f.path, mode: '100644', type: 'blob', content: f.text })),
  })
  const created = await client.rest.git.createCommit({
    ...repo,
    message,
    tree: tree.data.sha,
    parents: [head],
  })
  return created.data.sha
}

/** Open pull requests of records (a protected branch refused a run's commit), by number. */
export async function openRecordsPullRequests(
  client: Octokit,
  repo: RepositoryRef,
  branch: string,
): Promise<number[]> {
  const open = await client.paginate(client.rest.pulls.list, {
    ...repo,
    state: 'open',
    base: branch,
    per_page: 100,
  })
  return open.filter((p) => p.head.ref.startsWith(RECORDS_BRANCH_PREFIX)).map((p) => p.number)
}
