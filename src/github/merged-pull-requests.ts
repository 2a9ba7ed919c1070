import { findStickyComment, type Octokit } from './pull-request.js'

/** Starts the plan's sticky comment, which the merge run reads the reviewed plan's digest from. */
export const PLAN_MARKER = '<!-- autopilot-gitops:plan -->'

export interface MergedPullRequest {
  number: number
  /** Who opened it: who asks for what it changes. */
  author: string | null
  mergedBy: string | null
  /** Reviewers whose latest review approves. */
  approvedBy: string[]
  /** The digest of the plan the sticky comment last showed, when there is one. */
  planDigest: string | null
}

const PLAN_DIGEST = /<!-- plan-digest ([0-9a-f]{64}) -->/

/** Commits looked at when catching up: beyond this, the approvals of the oldest are left out. */
const MAX_COMMITS = 100

type Repo = { owner: string; repo: string }

/**
 * The pull requests merged into `branch` that brought `sha`, and every commit since `since` (the
 * commit the last registration run registered: a run that was skipped is caught up by this one,
 * and so are its approvals), with who approved and who merged each.
 */
export async function mergedPullRequests(
  client: Octokit,
  options: {
    owner: string
    repo: string
    sha: string
    since?: string
    branch: string
    marker: string
  },
): Promise<MergedPullRequest[]> {
  const repo = { owner: options.owner, repo: options.repo }
  const commits =
    options.since && options.since !== options.sha
      ? await commitsBetween(client, repo, options.since, options.sha)
      : [options.sha]
  const byNumber = new Map<number, { number: number }>()
  for (const commit of commits) {
    const associated = await client.rest.repos.listPullRequestsAssociatedWithCommit({
      ...repo,
      commit_sha: commit,
    })
    for (const p of associated.data)
      if (p.merged_at && p.base.ref === options.branch) byNumber.set(p.number, p)
  }
  const merged = [...byNumber.values()].sort((a, b) => a.number - b.number)
  return Promise.all(merged.map((p) => describeMerged(client, repo, p.number, options.marker)))
}

/** The newest MAX_COMMITS commits after `since` up to `sha`, oldest first, `sha` last. */
async function commitsBetween(
  client: Octokit,
  repo: Repo,
  since: string,
  sha: string,
): Promise<string[]> {
  const compare = (page: number) =>
    client.rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: `${since}...${sha}`,
      per_page: MAX_COMMITS,
      page,
    })
  // The range is listed oldest first: the newest commits are on its last two pages.
  const first = await compare(1)
  const pages = Math.max(1, Math.ceil(first.data.total_commits / MAX_COMMITS))
  const listed = await Promise.all(
    [pages - 1, pages].filter((p) => p >= 1).map((p) => (p === 1 ? first : compare(p))),
  )
  const shas = listed.flatMap((r) => r.data.commits.map((c) => c.sha))
  return [...new Set([...shas, sha])].slice(-MAX_COMMITS)
}

/** Who merged a pull request, who approves it now, and the plan digest its sticky comment shows. */
async function describeMerged(
  client: Octokit,
  repo: Repo,
  number: number,
  marker: string,
): Promise<MergedPullRequest> {
  const [pull, reviews, ours] = await Promise.all([
    client.rest.pulls.get({ ...repo, pull_number: number }),
    client.paginate(client.rest.pulls.listReviews, { ...repo, pull_number: number, per_page: 100 }),
    findStickyComment(client, { ...repo, number }, marker),
  ])
  // A reviewer's latest approving or blocking review counts; comments do not change it.
  const latest = new Map<string, string>()
  for (const review of reviews) {
    const login = review.user?.login
    if (login && review.state !== 'COMMENTED' && review.state !== 'PENDING')
      latest.set(login, review.state)
  }
  return {
    number,
    author: pull.data.user?.login ?? null,
    mergedBy: pull.data.merged_by?.login ?? null,
    approvedBy: [...latest].filter(([, state]) => state === 'APPROVED').map(([login]) => login),
    planDigest: PLAN_DIGEST.exec(ours?.body ?? '')?.[1] ?? null,
  }
}

export function planDigestLine(digest: string): string {
  return `<!-- plan-digest ${digest} -->`
}
