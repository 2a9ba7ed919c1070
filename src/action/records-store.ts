import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { RunContext } from '../context/run-context.js'
import { errorMessage } from '../findings/error-message.js'
import { escapeJsonControls } from '../findings/escape.js'
import {
  branchHead,
  commitRecords,
  commitToBranch,
  openRecordsPullRequests,
} from '../github/records-commit.js'
import type { GitHubRepository } from '../github/repository.js'
import type { RecordFileOut, RecordsPlace } from '../ledger/record-files.js'
import { english, type Say, sayer } from '../messages/catalogue.js'
import { text } from '../messages/text-of.js'
import { recordsPullRequestText } from '../plan/records-pull-request.js'
import { fromTopLevel } from '../repo/paths.js'
import type { RecordsStore } from '../use-cases/ports.js'

/**
 * The merge run's records: a copy in the runner's temp folder first, then one commit on the branch
 * (or a pull request when the branch is protected). Without GitHub, the copy alone.
 */
export function runnerRecords(options: {
  github: GitHubRepository | null
  /** The checkout's folder from the repository's top level: records' paths are made from it. */
  prefix: string
  /** The runner's temp folder, and the run's stamp that names this run's files there. */
  tempDir: string
  runStamp: string
  commit: string
  context: RunContext
  /** The run's redaction: the records hold nothing it would replace, here or in their copy. */
  redact?: (text: string) => string
  /** The run's language, for the records pull request's title and body; English by default. */
  say?: Say
}): RecordsStore {
  const { github, context } = options
  const redact = options.redact ?? ((text: string) => text)
  const sha7 = options.commit.slice(0, 7)
  const fromTop = (files: readonly RecordFileOut[]) =>
    files.map((f) => ({
      ...f,
      path: fromTopLevel(options.prefix, f.path),
      text: redactedRecord(f.text, redact),
    }))
  return {
    check: async (commit) => (github ? checkBranch(github, commit) : undefined),
    async keepInProgress(files) {
      if (!github) return
      const done = await commitToBranch(github.client, {
        ...github,
        files: fromTop(files),
        message: `Record Autopilot uploads in progress for ${sha7} [skip ci]`,
      })
      if (done.committed) context.log(`Uploads in progress recorded: ${done.sha}`)
      else
        context.log(
          `The in-progress records were not committed (${github.branch} is protected, or moved on every try); the final records follow when Partner Center has processed the uploads`,
        )
    },
    async deliver(records) {
      const files = fromTop(records)
      if (files.length === 0) return { place: { kind: 'none' } }
      const dir = path.join(options.tempDir, `autopilot-gitops-records-${options.runStamp}`)
      const copy = await keepCopy(files, dir, context).catch((error) => {
        // The commit still comes next: a full temp disk must not keep the records out of the repository.
        context.warn(
          `Could not write the records' copy to the runner's temp folder: ${errorMessage(error)}`,
        )
        return undefined
      })
      const place = github
        ? await commit(github, files, options, context)
        : ({ kind: 'temp-only', reason: text('report.records.noGithubToken') } as const)
      return { place, ...(copy ? { copy } : {}) }
    },
  }
}

/**
 * A record as committed, for ever: every string in it redacted, and no raw control (DEL, C1,
 * bidirectional ones, which JSON.stringify leaves) for a reviewer's screen to act on. Its text is
 * kept as written when nothing was to be redacted, and written again as the records are written
 * when something was (a redaction inside JSON text could break an escape sequence; one in the
 * value cannot).
 */
export function redactedRecord(text: string, redact: (text: string) => string): string {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return redact(text)
  }
  const strings = (_key: string, item: unknown) => (typeof item === 'string' ? redact(item) : item)
  const redacted = `${JSON.stringify(value, strings, 2)}\n`
  return escapeJsonControls(redacted === `${JSON.stringify(value, null, 2)}\n` ? text : redacted)
}

/**
 * Records are committed after the commit they register: an older checkout lacks the records of
 * the runs since, and would send their pending and failed devices again. Likewise the records
 * still waiting in a pull request: what they say is not on the branch.
 */
async function checkBranch(github: GitHubRepository, commit: string): Promise<void> {
  const head = await branchHead(github.client, github, github.branch)
  if (head !== commit) {
    throw new Error(
      `${github.branch} is at ${head.slice(0, 7)}, but the checkout is at ${commit.slice(0, 7)}: registering from it would miss the records of the runs since. Check out the branch itself (actions/checkout with ref: ${github.branch}), as the template workflow does; a run that started before the last push can simply be run again`,
    )
  }
  const waiting = await openRecordsPullRequests(github.client, github, github.branch)
  if (waiting.length > 0) {
    throw new Error(
      `the records of an earlier run wait in pull request ${waiting.map((n) => `#${n}`).join(', ')}: merge it first (unchanged), then run again. Until then this run could send again what those records say was sent`,
    )
  }
}

/** Before anything is committed: the records are never lost, whatever GitHub says next. */
async function keepCopy(
  files: readonly RecordFileOut[],
  dir: string,
  context: RunContext,
): Promise<string> {
  for (const file of files) {
    const target = path.join(dir, file.path)
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, file.text)
    context.log(`Record written: ${target}`)
  }
  return dir
}

async function commit(
  github: GitHubRepository,
  files: readonly RecordFileOut[],
  options: { commit: string; runStamp: string; say?: Say },
  context: RunContext,
): Promise<RecordsPlace> {
  try {
    const pullRequest = recordsPullRequestText(options.say ?? sayer('en'), {
      commit: options.commit,
      branch: github.branch,
    })
    const delivery = await commitRecords(github.client, {
      ...github,
      files,
      message: `Record Autopilot registrations for ${options.commit.slice(0, 7)} [skip ci]`,
      runId: options.runStamp,
      pullRequestTitle: pullRequest.title,
      pullRequestBody: pullRequest.body,
    })
    if (delivery.kind === 'commit') {
      context.log(`Records committed: ${delivery.sha}`)
      return delivery
    }
    context.warn(
      `The branch ${github.branch} refused the records commit; they are in pull request #${delivery.number}: ${delivery.url}`,
    )
    return { kind: 'pull-request', number: delivery.number, url: delivery.url }
  } catch (error) {
    const reason = text('report.records.refusedByGitHub', { error: errorMessage(error) })
    context.warn(
      `The records were not committed (${english(reason)}); they are in the runner's temp folder.`,
    )
    return { kind: 'temp-only', reason }
  }
}
