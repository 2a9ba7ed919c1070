import type { Octokit } from './pull-request.js'

export interface MergedPullRequest {
  number: number
  mergedBy: string | null
  /** Reviewers whose latest review approves. */
  approvedBy: string[]
  /** The digest of the plan the sticky comment last showed, when there is one. */
  planDigest: string | null
}

const PLAN_DIGEST = /<!-- plan-digest ([0-9a-f]{64}) -->/

/** The pull requests merged into `branch` that brought `sha`, with who approved and who merged. */
export async function mergedPullRequests(
  client: Octokit,
  options: { owner: string; repo: string; sha: string; branch: string; marker: string },
): Promise<MergedPullRequest[]> {
  const repo = { owner: options.owner, repo: options.repo }
  const associated = await client.rest.repos.listPullRequestsAssociatedWithCommit({
    ...repo,
    commit_sha: options.sha,
  })
  const merged = associated.data.filter((p) => p.merged_at && p.base.ref === options.branch)
  return Promise.all(
    merged.map(async (p) => {
      const [pull, reviews, comments] = await Promise.all([
        client.rest.pulls.get({ ...repo, pull_number: p.number }),
        client.paginate(client.rest.pulls.listReviews, {
          ...repo,
          pull_number: p.number,
          per_page: 100,
        }),
        client.paginate(client.rest.issues.listComments, {
          ...repo,
          issue_number: p.number,
          per_page: 100,
        }),
      ])
      // A reviewer's latest approving or blocking review counts; comments do not change it.
      const latest = new Map<string, string>()
      for (const review of reviews) {
        const login = review.user?.login
        if (login && review.state !== 'COMMENTED' && review.state !== 'PENDING')
          latest.set(login, review.state)
      }
      const ours = comments.find(
        (c) => c.user?.type === 'Bot' && c.body?.startsWith(options.marker),
      )
      return {
        number: p.number,
        mergedBy: pull.data.merged_by?.login ?? null,
        approvedBy: [...latest].filter(([, state]) => state === 'APPROVED').map(([login]) => login),
        planDigest: PLAN_DIGEST.exec(ours?.body ?? '')?.[1] ?? null,
      }
    }),
  )
}

export function planDigestLine(digest: string): string {
  return `<!-- plan-digest ${digest} -->`
}
