import type { RunContext } from '../context/run-context.js'
import { errorMessage } from '../findings/error-message.js'
import { ADOPTION_BRANCH_PREFIX } from '../github/files-pull-request.js'
import { listPullRequestFiles } from '../github/pull-request.js'
import { RECORDS_BRANCH_PREFIX } from '../github/records-commit.js'
import type { GitHubRepository } from '../github/repository.js'
import { isAdoptionPullRequest, isRecordsPullRequest } from '../plan/records-pull-request.js'
import type { ChangedFile } from '../repo/git.js'
import { changesInRoot } from '../repo/paths.js'
import { type PlanResult, planChanges } from './plan-changes.js'
import type { ConnectPartnerCenter, RepositoryReader } from './ports.js'

export interface PullRequest {
  number: number
  baseSha: string
  headSha: string
  /** The head branch's name, and whether a bot (the workflow's token) opened it. */
  headRef?: string
  openedByBot?: boolean
}

/** Where the changed files came from, for the summary. */
export type ChangesSource =
  | { kind: 'api' }
  | { kind: 'git'; base: string; head: string; apiProblem: string }
  | { kind: 'none'; apiProblem: string }

export interface PullRequestPlan extends PlanResult {
  changesSource: ChangesSource
  /** Its added records are accepted: the records pull request, or the adoption pull request. */
  recordsPullRequest: boolean
  adoptionPullRequest: boolean
}

/** The pull request run: its changed files, then the plan they make. */
export async function planPullRequest(input: {
  repository: RepositoryReader
  pullRequest: PullRequest
  github: GitHubRepository | null
  partnerCenter: ConnectPartnerCenter | null
  context: RunContext
  maxDeregistrations?: number
}): Promise<PullRequestPlan> {
  const { changed, source } = await findChanges(input)
  const pr = input.pullRequest
  const adoptionPullRequest =
    changed !== null && isAdoptionPullRequest(pr, changed, ADOPTION_BRANCH_PREFIX)
  const recordsPullRequest =
    adoptionPullRequest ||
    (changed !== null && isRecordsPullRequest(pr, changed, RECORDS_BRANCH_PREFIX))
  const result = await planChanges({
    repository: input.repository,
    changed,
    recordsPullRequest,
    partnerCenter: input.partnerCenter,
    ...(input.maxDeregistrations === undefined
      ? {}
      : { maxDeregistrations: input.maxDeregistrations }),
  })
  return { ...result, changesSource: source, recordsPullRequest, adoptionPullRequest }
}

/** The pull request's files from the GitHub API, else from git when the checkout has both commits. */
async function findChanges(input: {
  repository: RepositoryReader
  pullRequest: PullRequest
  github: GitHubRepository | null
  context: RunContext
}): Promise<{ changed: ChangedFile[] | null; source: ChangesSource }> {
  const { repository, pullRequest: pr, github } = input
  let apiProblem = 'no github-token'
  if (github) {
    try {
      const files = await listPullRequestFiles(github.client, { ...github, number: pr.number })
      return { changed: changesInRoot(files, repository.prefix), source: { kind: 'api' } }
    } catch (error) {
      apiProblem = errorMessage(error)
      input.context.warn(
        `Could not list the pull request's files through the GitHub API: ${apiProblem}`,
      )
    }
  }
  if (await repository.hasCommits([pr.baseSha, pr.headSha])) {
    return {
      changed: await repository.changedSince(pr.baseSha, pr.headSha),
      source: { kind: 'git', base: pr.baseSha, head: pr.headSha, apiProblem },
    }
  }
  return { changed: null, source: { kind: 'none', apiProblem } }
}
