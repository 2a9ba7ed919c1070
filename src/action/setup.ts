import { type RunContext, runContext } from '../context/run-context.js'
import type { Redactor } from '../findings/redact.js'
import { type GitHubRepository, gitHubRepository } from '../github/repository.js'
import type { FileChecker } from '../repo/file-checker.js'
import type { WorkflowEvent } from './event.js'
import type { ActionInputs } from './inputs.js'
import type { RunnerOutput } from './runner-output.js'

/** What every command of the action runs with: built once here. */
export interface ActionSetup {
  /** The checkout: the repository's top level, or a folder in it. */
  root: string
  /** The repository's top level: annotation and pull-request paths are relative to it. */
  topLevel: string
  inputs: ActionInputs
  event: WorkflowEvent
  env: NodeJS.ProcessEnv
  checker?: FileChecker
  /** Knows the secret inputs; the sign-in tells it each token it obtains. */
  redactor: Redactor
  /** The runner's surfaces, redacted and escaped: the only way this action writes to them. */
  out: RunnerOutput
}

/** The runner's log as the use cases' run context. */
export function actionContext(
  out: RunnerOutput,
  signal?: AbortSignal,
  progress?: RunContext['progress'],
) {
  return runContext({
    log: (message) => out.info(message),
    warn: (message) => out.warning(message),
    ...(signal ? { signal } : {}),
    ...(progress ? { progress } : {}),
  })
}

/** The repository the workflow runs in, through github-token; null without one. */
export function gitHubOf(
  setup: Pick<ActionSetup, 'inputs' | 'env' | 'redactor'>,
  branch: string | undefined,
): GitHubRepository | null {
  return gitHubRepository({
    token: setup.inputs.githubToken,
    apiUrl: setup.env.GITHUB_API_URL,
    fullName: setup.env.GITHUB_REPOSITORY,
    branch,
    redact: setup.redactor.redact,
  })
}
