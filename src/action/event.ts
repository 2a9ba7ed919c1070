import { readFileSync } from 'node:fs'
import { z } from 'zod'

const RepositorySchema = z.object({
  name: z.string(),
  owner: z.object({ login: z.string() }),
  default_branch: z.string().optional(),
})

const PullRequestEventSchema = z.object({
  pull_request: z.object({
    number: z.number().int(),
    base: z.object({ sha: z.string() }),
    head: z.object({ sha: z.string(), ref: z.string().optional() }),
    user: z.object({ login: z.string(), type: z.string() }).optional(),
  }),
  repository: RepositorySchema,
})

const OtherEventSchema = z.object({ repository: RepositorySchema.optional() })

export interface PullRequestEvent {
  owner: string
  repo: string
  number: number
  baseSha: string
  headSha: string
  /** The head branch's name, and whether a bot (the workflow's token) opened it. */
  headRef?: string
  openedByBot?: boolean
}

export interface WorkflowEvent {
  name: string
  pullRequest?: PullRequestEvent
  /** The repository's default branch, from the payload. */
  defaultBranch?: string
  /** The branch the workflow runs on (GITHUB_REF_NAME of a branch ref). */
  branch?: string
}

/** The event that started the workflow, from GITHUB_EVENT_NAME and the payload at GITHUB_EVENT_PATH. */
export function readEvent(env: NodeJS.ProcessEnv): WorkflowEvent {
  const name = env.GITHUB_EVENT_NAME ?? ''
  const branch = env.GITHUB_REF?.startsWith('refs/heads/')
    ? env.GITHUB_REF.slice('refs/heads/'.length)
    : undefined
  const base = { name, ...(branch ? { branch } : {}) }
  if (!env.GITHUB_EVENT_PATH) return base
  const json: unknown = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'))
  if (name !== 'pull_request') {
    const defaultBranch = OtherEventSchema.parse(json).repository?.default_branch
    return { ...base, ...(defaultBranch ? { defaultBranch } : {}) }
  }
  const payload = PullRequestEventSchema.parse(json)
  return {
    ...base,
    pullRequest: {
      owner: payload.repository.owner.login,
      repo: payload.repository.name,
      number: payload.pull_request.number,
      baseSha: payload.pull_request.base.sha,
      headSha: payload.pull_request.head.sha,
      ...(payload.pull_request.head.ref ? { headRef: payload.pull_request.head.ref } : {}),
      ...(payload.pull_request.user
        ? { openedByBot: payload.pull_request.user.type === 'Bot' }
        : {}),
    },
  }
}
