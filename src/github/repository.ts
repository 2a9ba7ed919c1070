import { createGitHubClient, type Octokit } from './pull-request.js'

/** The repository the workflow runs in, with a client that may write to it. */
export interface GitHubRepository {
  client: Octokit
  owner: string
  repo: string
  /** The branch the run is on (a push), or the pull request's head branch; '' when neither. */
  branch: string
}

/** Built once at the entry: null without a token or outside a workflow (no GITHUB_REPOSITORY). */
export function gitHubRepository(options: {
  token: string | undefined
  /** `owner/name`, as GITHUB_REPOSITORY says. */
  fullName: string | undefined
  branch: string | undefined
  /** GITHUB_API_URL. */
  apiUrl?: string | undefined
  /** The run's redaction (a Redactor's `redact`), for every error GitHub answers with. */
  redact?: (text: string) => string
}): GitHubRepository | null {
  const [owner, repo, ...rest] = (options.fullName ?? '').split('/')
  if (!options.token || !owner || !repo || rest.length > 0) return null
  const client = createGitHubClient(options.token, options.apiUrl, options.redact)
  return { client, owner, repo, branch: options.branch ?? '' }
}
