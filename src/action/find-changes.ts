import * as core from '@actions/core'
import { errorMessage } from '../findings/error-message.js'
import { createGitHubClient, listPullRequestFiles } from '../github/pull-request.js'
import { type ChangedFile, gitChangedFiles, hasCommit } from '../repo/git.js'
import type { PullRequestEvent } from './event.js'

export interface Changes {
  /** Relative to the repository's top level; null when they could not be had (every file then counts). */
  files: ChangedFile[] | null
  /** Where they came from, for the summary. */
  source: string
}

/** The pull request's files from the GitHub API, else from git when the checkout has the base commit. */
export async function findChanges(
  pr: PullRequestEvent,
  options: { token: string | undefined; topLevel: string },
): Promise<Changes> {
  let apiProblem = 'no github-token'
  if (options.token) {
    try {
      const files = await listPullRequestFiles(createGitHubClient(options.token), pr)
      return { files, source: 'the pull request files (GitHub API)' }
    } catch (error) {
      apiProblem = errorMessage(error)
      core.warning(`Could not list the pull request's files through the GitHub API: ${apiProblem}`)
    }
  }
  if (
    (await hasCommit(options.topLevel, pr.baseSha)) &&
    (await hasCommit(options.topLevel, pr.headSha))
  ) {
    return {
      files: await gitChangedFiles(options.topLevel, pr.baseSha, pr.headSha),
      source: `git diff ${pr.baseSha.slice(0, 7)}...${pr.headSha.slice(0, 7)} (the GitHub API failed: ${apiProblem})`,
    }
  }
  return {
    files: null,
    source: `every file (the GitHub API failed: ${apiProblem}; the checkout lacks the base commit, so fetch with fetch-depth: 0)`,
  }
}
