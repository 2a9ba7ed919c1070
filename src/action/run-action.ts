import path from 'node:path'
import * as core from '@actions/core'
import { gitTopLevel } from '../repo/git.js'
import type { FileChecker } from '../validate/file-checker.js'
import { readEvent } from './event.js'
import { readInputs } from './inputs.js'
import { runPlan } from './run-plan.js'

export interface ActionEnvironment {
  /** Where the runner checked the repository out (GITHUB_WORKSPACE). */
  workspace: string
  env: NodeJS.ProcessEnv
  checker?: FileChecker
}

/** The action: read inputs and the event, pick the command, run it. Never throws. */
export async function runAction(environment: ActionEnvironment): Promise<void> {
  try {
    const inputs = readInputs()
    const event = readEvent(environment.env)
    if (event.name === 'pull_request_target') {
      throw new Error(
        'refusing to run on pull_request_target: it runs untrusted pull request content with write access. Use the pull_request event.',
      )
    }
    const command =
      inputs.command === 'auto' ? (event.pullRequest ? 'plan' : 'validate') : inputs.command
    const root = path.resolve(environment.workspace, inputs.path)
    const topLevel = (await gitTopLevel(root)) ?? environment.workspace
    core.debug(`command ${command} on ${root} (event ${event.name || 'none'})`)
    await runPlan({
      root,
      topLevel,
      ...(command === 'plan' && event.pullRequest ? { pullRequest: event.pullRequest } : {}),
      inputs,
      ...(environment.checker ? { checker: environment.checker } : {}),
      env: environment.env,
    })
  } catch (error) {
    core.setFailed(
      `autopilot-gitops could not run: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}
