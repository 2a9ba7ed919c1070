import type { Octokit } from './pull-request.js'
import { branchHead, commitOnTop, type RepositoryRef } from './records-commit.js'

/** Branches of adoption pull requests: `autopilot-gitops/adopt-<slug>-<run id>`. */
export const ADOPTION_BRANCH_PREFIX = 'autopilot-gitops/adopt-'

/**
 * New files as a pull request against `base`: one commit on a new branch, made through the Git
 * database API as the workflow's token, never on `base` itself: what they say is reviewed first.
 */
export async function openFilesPullRequest(
  client: Octokit,
  options: RepositoryRef & {
    base: string
    branch: string
    files: readonly { path: string; text: string }[]
    message: string
    body: string
  },
): Promise<{ number: number; url: string }> {
  const repo = { owner: options.owner, repo: options.repo }
  const head = await branchHead(client, repo, options.base)
  const commit = await commitOnTop(client, repo, head, options.files, options.message)
  await client.rest.git.createRef({ ...repo, ref: `refs/heads/${options.branch}`, sha: commit })
  const pull = await client.rest.pulls.create({
    ...repo,
    base: options.base,
    head: options.branch,
    title: options.message,
    body: options.body,
  })
  return { number: pull.data.number, url: pull.data.html_url }
}
