import { readFileSync } from 'node:fs'
import { z } from 'zod'

const PullRequestEventSchema = z.object({
  pull_request: z.object({
    number: z.number().int(),
    base: z.object({ sha: z.string() }),
    head: z.object({ sha: z.string() }),
  }),
  repository: z.object({ name: z.string(), owner: z.object({ login: z.string() }) }),
})

export interface PullRequestEvent {
  owner: string
  repo: string
  number: number
  baseSha: string
  headSha: string
}

export interface WorkflowEvent {
  name: string
  pullRequest?: PullRequestEvent
}

/** The event that started the workflow, from GITHUB_EVENT_NAME and the payload at GITHUB_EVENT_PATH. */
export function readEvent(env: NodeJS.ProcessEnv): WorkflowEvent {
  const name = env.GITHUB_EVENT_NAME ?? ''
  if (name !== 'pull_request' || !env.GITHUB_EVENT_PATH) return { name }
  const payload = PullRequestEventSchema.parse(
    JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')),
  )
  return {
    name,
    pullRequest: {
      owner: payload.repository.owner.login,
      repo: payload.repository.name,
      number: payload.pull_request.number,
      baseSha: payload.pull_request.base.sha,
      headSha: payload.pull_request.head.sha,
    },
  }
}
