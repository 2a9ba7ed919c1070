import type { Octokit } from './pull-request.js'

export const DRIFT_LABEL = 'autopilot-drift'

/** One customer's drift as its issue says it; `body` undefined when the customer has none. */
export interface DriftIssue {
  slug: string
  /** The issue's title, in the run's language: an issue is found by its marker, never its title. */
  title: string
  /** The issue's body: it starts with the customer's marker. */
  body: string | undefined
  /** Says the drift is gone, on the issue before it is closed. */
  resolved: string
}

/** What became of each customer's issue. */
export interface IssueOutcome {
  slug: string
  action: 'opened' | 'updated' | 'closed'
  number: number
}

/**
 * One open issue per customer while its drift lasts (label `autopilot-drift`, found by the marker
 * its body starts with): opened, then updated in place, then closed with a comment once the drift
 * is gone. A customer that could not be compared is left out, its issue untouched.
 */
export async function syncDriftIssues(
  client: Octokit,
  repo: { owner: string; repo: string },
  issues: readonly DriftIssue[],
  marker: (slug: string) => string,
): Promise<IssueOutcome[]> {
  const open = await client.paginate(client.rest.issues.listForRepo, {
    ...repo,
    labels: DRIFT_LABEL,
    state: 'open',
    per_page: 100,
  })
  const outcomes: IssueOutcome[] = []
  for (const issue of issues) {
    const found = open.find((o) => !o.pull_request && (o.body ?? '').startsWith(marker(issue.slug)))
    if (issue.body !== undefined) {
      const { title } = issue
      if (found) {
        await client.rest.issues.update({
          ...repo,
          issue_number: found.number,
          title,
          body: issue.body,
        })
        outcomes.push({ slug: issue.slug, action: 'updated', number: found.number })
      } else {
        const made = await client.rest.issues.create({
          ...repo,
          title,
          body: issue.body,
          labels: [DRIFT_LABEL],
        })
        outcomes.push({ slug: issue.slug, action: 'opened', number: made.data.number })
      }
    } else if (found) {
      await client.rest.issues.createComment({
        ...repo,
        issue_number: found.number,
        body: issue.resolved,
      })
      await client.rest.issues.update({
        ...repo,
        issue_number: found.number,
        state: 'closed',
        state_reason: 'completed',
      })
      outcomes.push({ slug: issue.slug, action: 'closed', number: found.number })
    }
  }
  return outcomes
}
