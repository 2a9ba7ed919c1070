import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import * as core from '@actions/core'
import { errorMessage } from '../findings/error-message.js'
import type { Octokit } from '../github/pull-request.js'
import { commitRecords, commitToBranch } from '../github/records-commit.js'
import type { RecordFileOut } from '../register/registration-records.js'
import type { RecordsPlace } from '../report/registration-outcome.js'
import { runnerTemp, runStamp } from './runner.js'

export function copyFailed(error: unknown): undefined {
  // The commit still comes next: a full temp disk must not keep the records out of the repository.
  core.warning(
    `Could not write the records' copy to the runner's temp folder: ${errorMessage(error)}`,
  )
  return undefined
}

/** Before anything is committed: the records are never lost, whatever GitHub says next. */
export async function keepCopy(
  files: readonly RecordFileOut[],
  env: NodeJS.ProcessEnv,
): Promise<string> {
  const dir = path.join(runnerTemp(env), `autopilot-gitops-records-${runStamp(env)}`)
  for (const file of files) {
    const target = path.join(dir, file.path)
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, file.text)
    core.info(`Record written: ${target}`)
  }
  return dir
}

/** Where the records go: the branch of the repository the run registered a commit of. */
export interface RecordsDestination {
  github: Octokit | undefined
  owner: string | undefined
  repo: string | undefined
  commit: string
  branch: string
}

export async function deliver(
  files: readonly RecordFileOut[],
  options: RecordsDestination & { env: NodeJS.ProcessEnv },
): Promise<RecordsPlace> {
  if (files.length === 0) return { kind: 'none' }
  const { github, owner, repo } = options
  if (!github || !owner || !repo) return { kind: 'temp-only', reason: 'no github-token' }
  try {
    const delivery = await commitRecords(github, {
      owner,
      repo,
      branch: options.branch,
      files,
      message: `Record Autopilot registrations for ${options.commit.slice(0, 7)} [skip ci]`,
      runId: runStamp(options.env),
      pullRequestBody: `The registration run for ${options.commit} could not commit its records to \`${options.branch}\` (the branch is protected). Merge this pull request to complete the audit trail; it adds only new record files.`,
    })
    if (delivery.kind === 'commit') {
      core.info(`Records committed: ${delivery.sha}`)
      return delivery
    }
    core.warning(
      `The branch ${options.branch} refused the records commit; they are in pull request #${delivery.number}: ${delivery.url}`,
    )
    return { kind: 'pull-request', number: delivery.number, url: delivery.url }
  } catch (error) {
    const reason = `GitHub refused them: ${errorMessage(error)}`
    core.error(`The records were not committed (${reason}); they are in the runner's temp folder.`)
    return { kind: 'temp-only', reason }
  }
}

/**
 * The in-progress records, committed straight to the branch while Partner Center processes the
 * uploads: a run killed meanwhile (runner lost, job killed) leaves the next one their tracking ids.
 * Only a convenience for that case, so a branch that refuses it gets no pull request of its own.
 */
export async function keepInProgress(
  files: readonly RecordFileOut[],
  options: RecordsDestination,
): Promise<void> {
  const { github, owner, repo } = options
  if (!github || !owner || !repo) return
  const done = await commitToBranch(github, {
    owner,
    repo,
    branch: options.branch,
    files,
    message: `Record Autopilot uploads in progress for ${options.commit.slice(0, 7)} [skip ci]`,
  })
  if (done.committed) core.info(`Uploads in progress recorded: ${done.sha}`)
  else
    core.info(
      `The in-progress records were not committed (${options.branch} is protected, or moved on every try); the final records follow when Partner Center has processed the uploads`,
    )
}
