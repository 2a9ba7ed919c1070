import path from 'node:path'
import { errorWords, textError } from '../findings/error-words.js'
import { escapeMarkdown } from '../findings/markdown.js'
import { createRedactor } from '../findings/redact.js'
import { type Say, sayer } from '../messages/catalogue.js'
import { gitTopLevel } from '../repo/git.js'
import { workerChecker } from '../repo/worker-pool.js'
import { readEvent, type WorkflowEvent } from './event.js'
import { type ActionInputs, configuredSecrets, inputLanguage, readInputs } from './inputs.js'
import { type RunnerOutput, runnerOutput } from './runner-output.js'
import type { ActionSetup } from './setup.js'

export interface ActionEnvironment {
  /** Where the runner checked the repository out (GITHUB_WORKSPACE). */
  workspace: string
  env: NodeJS.ProcessEnv
  /** The file-check worker bundle: large repositories are checked on worker threads. */
  workerEntry?: string
}

/** The action: read inputs and the event, pick the command, run it. Never throws. */
export async function runAction(environment: ActionEnvironment): Promise<void> {
  // Built first, so that even a failure to read the inputs is told through it.
  const redactor = createRedactor()
  const out = runnerOutput(redactor)
  let say = sayer(inputLanguage(out))
  try {
    const inputs = readInputs(out)
    say = sayer(inputs.language)
    for (const secret of configuredSecrets(inputs, environment.env)) redactor.add(secret)
    const event = readEvent(environment.env)
    if (event.name === 'pull_request_target') {
      throw textError('error.setup.pullRequestTarget')
    }
    const command = commandOf(inputs.command, event)
    const root = path.resolve(environment.workspace, inputs.path)
    const topLevel = (await gitTopLevel(root)) ?? environment.workspace
    out.debug(`command ${command} on ${root} (event ${event.name || 'none'})`)
    const setup: ActionSetup = {
      root,
      topLevel,
      inputs,
      event,
      env: environment.env,
      ...(environment.workerEntry
        ? { checker: workerChecker({ entry: environment.workerEntry, log: out.debug }) }
        : {}),
      redactor,
      out,
    }
    await runCommand(command, setup, say)
  } catch (error) {
    // Redacted before it is escaped: the escaping would hide a secret's shape from the net.
    // In the run's language when the error has words of ours; support reads error.message.
    const reason = redactor.redact(errorWords(error, say))
    out.failed(say('error.setup.couldNotRun', { reason }))
    // The summary is where a reviewer looks first: say it there too (a setup error, mostly).
    await out
      .summary(`### ${say('error.setup.heading')}\n\n${escapeMarkdown(reason)}\n`)
      .catch(() => undefined)
  }
}

/**
 * Each command loads its code when it runs (import(): the bundle splits there, dist/<id>.index.js),
 * so that the check of a pull request does not first load and compile the sign-in and the
 * registration it does not do: the action's start stays short.
 */
async function runCommand(command: ReturnType<typeof commandOf>, setup: ActionSetup, say: Say) {
  if (command === 'register') {
    const { runRegister } = await import('./run-register.js')
    return withCancel(setup.out, say, (signal) => runRegister(setup, signal))
  }
  if (command === 'doctor') return (await import('./run-doctor.js')).runDoctor(setup)
  if (command === 'drift') return (await import('./run-drift.js')).runDrift(setup)
  if (command === 'adopt') return (await import('./run-adopt.js')).runAdopt(setup)
  return (await import('./run-plan.js')).runPlan(setup, command)
}

/**
 * The runner cancels a job (by hand, or at timeout-minutes) with SIGINT, then SIGTERM, then a
 * kill: stop at the first, so that what was uploaded is recorded `pending` in time.
 */
async function withCancel(
  out: RunnerOutput,
  say: Say,
  work: (signal: AbortSignal) => Promise<void>,
): Promise<void> {
  const cancelled = new AbortController()
  const cancel = () => {
    out.warning(say('error.setup.cancelled'))
    cancelled.abort()
  }
  process.once('SIGINT', cancel)
  process.once('SIGTERM', cancel)
  try {
    await work(cancelled.signal)
  } finally {
    process.off('SIGINT', cancel)
    process.off('SIGTERM', cancel)
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
