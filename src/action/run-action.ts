import path from 'node:path'
import * as core from '@actions/core'
import { errorMessage } from '../findings/error-message.js'
import { escapeMarkdown } from '../findings/markdown.js'
import type { FileChecker } from '../repo/file-checker.js'
import { gitTopLevel } from '../repo/git.js'
import { readEvent, type WorkflowEvent } from './event.js'
import { type ActionInputs, readInputs } from './inputs.js'
import { runPlan } from './run-plan.js'
import { runRegister } from './run-register.js'

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
    const command = commandOf(inputs.command, event)
    const root = path.resolve(environment.workspace, inputs.path)
    const topLevel = (await gitTopLevel(root)) ?? environment.workspace
    core.debug(`command ${command} on ${root} (event ${event.name || 'none'})`)
    if (command === 'register') {
      await runRegister({
        root,
        topLevel,
        branch: registerBranch(event),
        inputs,
        ...(environment.checker ? { checker: environment.checker } : {}),
        env: environment.env,
      })
      return
    }
    await runPlan({
      root,
      topLevel,
      ...(command === 'plan' && event.pullRequest ? { pullRequest: event.pullRequest } : {}),
      inputs,
      ...(environment.checker ? { checker: environment.checker } : {}),
      env: environment.env,
    })
  } catch (error) {
    const reason = errorMessage(error)
    core.setFailed(`autopilot-gitops could not run: ${reason}`)
    // The summary is where a reviewer looks first: say it there too (a setup error, mostly).
    await core.summary
      .addRaw(`### autopilot-gitops could not run\n\n${escapeMarkdown(reason)}\n`)
      .write()
      .catch(() => undefined)
  }
}

/** `auto`: the plan on a pull request, registration on a push to the default branch, else a check. */
function commandOf(command: ActionInputs['command'], event: WorkflowEvent) {
  if (command !== 'auto') return command
  if (event.pullRequest) return 'plan'
  if (event.name === 'push' && event.branch && event.branch === event.defaultBranch)
    return 'register'
  return 'validate'
}

/** Records go to the default branch, so registration runs there only. */
function registerBranch(event: WorkflowEvent): string {
  if (!event.branch) throw new Error('register runs on a branch (GITHUB_REF is no branch)')
  if (event.defaultBranch && event.branch !== event.defaultBranch) {
    throw new Error(
      `register runs on the default branch (${event.defaultBranch}), not on ${event.branch}: the records are committed to the default branch`,
    )
  }
  return event.branch
}
