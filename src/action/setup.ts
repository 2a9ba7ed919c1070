import * as core from '@actions/core'
import { type RunContext, runContext } from '../context/run-context.js'
import type { FileChecker } from '../repo/file-checker.js'
import type { WorkflowEvent } from './event.js'
import type { ActionInputs } from './inputs.js'

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
}

/** The runner's log as the use cases' run context. */
export function actionContext(signal?: AbortSignal, progress?: RunContext['progress']) {
  return runContext({
    log: (message) => core.info(message),
    warn: (message) => core.warning(message),
    ...(signal ? { signal } : {}),
    ...(progress ? { progress } : {}),
  })
}
