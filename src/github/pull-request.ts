import { createHash } from 'node:crypto'
import * as github from '@actions/github'
import { redactError, redactShapes } from '../findings/redact.js'
import type { ChangedFile, ChangeStatus } from '../repo/git.js'

export type Octokit = ReturnType<typeof github.getOctokit>

export interface PullRequestRef {
  owner: string
  repo: string
  number: number
}

/**
 * The only code that speaks to the GitHub REST API: at `apiUrl` (GITHUB_API_URL, which a GitHub
 * Enterprise Server runner sets), else at api.github.com. Every error it throws has been
 * redacted first, message, response and all: a GitHub (or a proxy) that echoes the request would
 * otherwise put the token into a summary, a comment or a record's reason.
 */
export function createGitHubClient(
  token: string,
  apiUrl?: string,
  redact: (text: string) => string = redactShapes,
): Octokit {
  const client = github.getOctokit(token, apiUrl ? { baseUrl: apiUrl } : {})
  client.hook.error('request', (error) => {
    throw redactError(error, redact)
  })
  return client
}

const STATUS: Record<string, ChangeStatus> = {
  added: 'added',
  removed: 'removed',
  modified: 'modified',
  renamed: 'renamed',
  copied: 'added',
  changed: 'modified',
  unchanged: 'modified',
}

/** Every file of the pull request, page by page (GitHub lists at most 3,000). */
export async function listPullRequestFiles(
  client: Octokit,
  pr: PullRequestRef,
): Promise<ChangedFile[]> {
  const files = await client.paginate(client.rest.pulls.listFiles, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.number,
    per_page: 100,
  })
  return files.map((f) => ({
    path: f.filename,
    status: STATUS[f.status] ?? 'modified',
    ...(f.previous_filename ? { previousPath: f.previous_filename } : {}),
    ...(f.patch === undefined ? {} : { patch: f.patch }),
  }))
}

export type CommentOutcome = 'created' | 'updated' | 'unchanged'

/**
 * One sticky comment per pull request: created once, updated in place, left alone when its
 * content is the same (found by findStickyComment). The marker carries
 * a digest of the content without the link to the run, which changes on every push.
 */
export async function upsertStickyComment(
  client: Octokit,
  pr: PullRequestRef,
  marker: string,
  body: string,
  content: string,
): Promise<CommentOutcome> {
  const ours = await findStickyComment(client, pr, marker)
  const stamped = `${marker}\n<!-- content ${createHash('sha256').update(content).digest('hex')} -->\n${body}`
  if (!ours) {
    await client.rest.issues.createComment({
      owner: pr.owner,
      repo: pr.repo,
      issue_number: pr.number,
      body: stamped,
    })
    return 'created'
  }
  if (ours.body?.split('\n')[1] === stamped.split('\n')[1]) return 'unchanged'
  await client.rest.issues.updateComment({
    owner: pr.owner,
    repo: pr.repo,
    comment_id: ours.id,
    body: stamped,
  })
  return 'updated'
}

/**
 * Our sticky comment on a pull request: the marker at the start of a comment written by a bot (the
 * workflow's token), so that a person who pastes the marker does not capture it.
 */
export async function findStickyComment(client: Octokit, pr: PullRequestRef, marker: string) {
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.number,
    per_page: 100,
  })
  return comments.find((c) => c.user?.type === 'Bot' && c.body?.startsWith(marker))
}

/** The HTTP status of a failed GitHub call, when it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}
