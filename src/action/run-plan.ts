import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import * as core from '@actions/core'
import { errorMessage } from '../findings/error-message.js'
import { escapeMarkdown } from '../findings/markdown.js'
import { planDigestLine } from '../github/merged-pull-requests.js'
import { createGitHubClient, statusOf, upsertStickyComment } from '../github/pull-request.js'
import { RECORDS_BRANCH_PREFIX } from '../github/records-commit.js'
import { PartnerCenterClient } from '../partner-center/client.js'
import { buildPlan } from '../plan/build-plan.js'
import { withEditedRecords } from '../plan/edited-records.js'
import { buildPlanReport, failureReason, type PlanReport } from '../plan/plan-report.js'
import { isRecordsPullRequest } from '../plan/records-pull-request.js'
import type { RegistrationPlan } from '../plan/registration-plan.js'
import { markDevicesInPartnerCenter } from '../register/check-partner-center.js'
import type { FileChecker } from '../repo/file-checker.js'
import { inspectRepository } from '../repo/inspect-repository.js'
import { changesInRoot, checkoutPrefix, fromTopLevel } from '../repo/paths.js'
import { renderComment, renderSummary } from '../report/fit-markdown.js'
import { type Links, MARKER } from '../report/render-summary.js'
import { formatFinding } from '../report/render-text.js'
import { selectAnnotations } from '../report/select-annotations.js'
import { VERSION } from '../version.js'
import type { PullRequestEvent } from './event.js'
import { findChanges } from './find-changes.js'
import type { ActionInputs } from './inputs.js'
import { linksOf, runnerTemp, runStamp } from './runner.js'
import { hasSignIn, signInFromInputs } from './sign-in.js'

export interface PlanRun {
  /** The checkout: the repository's top level, or a folder in it. */
  root: string
  /** The repository's top level: annotation and pull-request paths are relative to it. */
  topLevel: string
  pullRequest?: PullRequestEvent
  inputs: ActionInputs
  checker?: FileChecker
  env: NodeJS.ProcessEnv
}

/**
 * `validate` and `plan`: read the repository, plan the registration, and report it as
 * annotations, the job summary, the sticky comment (on a pull request) and outputs.
 */
export async function runPlan(run: PlanRun): Promise<void> {
  const inspection = await inspectRepository({
    root: run.root,
    ...(run.checker ? { checker: run.checker } : {}),
  })
  const prefix = checkoutPrefix(run.topLevel, run.root)
  const changes = run.pullRequest
    ? await findChanges(run.pullRequest, { token: run.inputs.githubToken, topLevel: run.topLevel })
    : undefined
  const changed = changes?.files ? changesInRoot(changes.files, prefix) : null
  const recordsPullRequest =
    run.pullRequest !== undefined &&
    changed !== null &&
    isRecordsPullRequest(run.pullRequest, changed, RECORDS_BRANCH_PREFIX)
  const plan = buildPlan(
    changed
      ? withEditedRecords(inspection, changed, { acceptAdded: recordsPullRequest })
      : inspection,
  )
  const asked = run.pullRequest && hasSignIn(run.inputs) ? await askPartnerCenter(plan, run) : ''
  const report = buildPlanReport(plan, changed?.map((c) => c.path) ?? null)
  const links = linksOf(run.env, run.pullRequest?.headSha ?? run.env.GITHUB_SHA)

  const reportFile = await writeReport(report, run.env)
  logFindings(report, prefix)
  const { annotate, more } = selectAnnotations(report.findings)
  for (const f of annotate) {
    const properties = {
      title: `${f.rule} ${f.severity}`,
      file: fromTopLevel(prefix, f.file),
      startLine: f.line,
      startColumn: f.column,
    }
    const message = `${f.message}\nFix: ${f.hint}`
    if (f.severity === 'error') core.error(message, properties)
    else if (f.severity === 'warning') core.warning(message, properties)
    else core.notice(message, properties)
  }
  if (more > 0) core.info(`${more} more finding(s) in the job summary.`)

  const notes = [
    changes ? `Changed files: ${changes.source}.` : '',
    recordsPullRequest
      ? 'This is the registration run’s records pull request: the records it adds are accepted. Merge it unchanged.'
      : '',
    asked,
  ]
  if (run.pullRequest && run.inputs.comment) notes.push(await comment(run, report, links))
  await core.summary.addRaw(renderSummary(report, links, notes.filter(Boolean).join(' '))).write()

  core.setOutput('errors', report.summary.errors)
  core.setOutput('warnings', report.summary.warnings)
  core.setOutput('notices', report.summary.notices)
  core.setOutput('devices', report.summary.devices)
  core.setOutput('to-register', report.summary.toRegister)
  core.setOutput('plan-digest', report.digest)
  core.setOutput('report', reportFile)
  core.info(
    `Plan ${report.digest.slice(0, 16)}: ${report.summary.toRegister} device(s) to register; ${report.summary.errors} error(s), ${report.summary.warnings} warning(s), ${report.summary.preExisting} pre-existing finding(s).`,
  )
  const failure = failureReason(report, run.inputs.failOn)
  if (failure) core.setFailed(`${failure}: see the annotations and the job summary`)
}

/**
 * With sign-in inputs (a pull request from the same repository gets the secrets), the plan also
 * says which devices are already in Partner Center. It never fails the check: without an answer
 * the plan is the offline one.
 */
async function askPartnerCenter(plan: RegistrationPlan, run: PlanRun): Promise<string> {
  try {
    const client = new PartnerCenterClient({
      baseUrl: run.inputs.partnerCenterUrl,
      tokens: signInFromInputs(run.inputs, run.env),
      version: VERSION,
    })
    const { asked, found, problems } = await markDevicesInPartnerCenter(plan, client)
    const line = `Partner Center asked read-only for ${asked} customer(s): ${found} device(s) to register are already in their batch.`
    for (const problem of problems) core.warning(`Partner Center not asked for ${problem}`)
    core.info(line)
    // Partner Center's words and batch names go into the summary's Markdown: escaped.
    return problems.length > 0
      ? `${line} Not asked for ${escapeMarkdown(problems.join('; '))}.`
      : line
  } catch (error) {
    const reason = errorMessage(error)
    core.warning(`Could not ask Partner Center which devices it already has: ${reason}`)
    return 'Partner Center could not be asked (see the warning in the log): this plan is the offline one.'
  }
}

const LOGGED_FINDINGS = 1000

/** Every finding that counts, compiler-style, in the log: annotations are capped, the log is not. */
function logFindings(report: PlanReport, prefix: string): void {
  const current = report.findings.filter((f) => !f.preExisting)
  for (const f of current.slice(0, LOGGED_FINDINGS)) {
    core.info(formatFinding({ ...f, file: fromTopLevel(prefix, f.file) }))
  }
  if (current.length > LOGGED_FINDINGS) {
    core.info(`…and ${current.length - LOGGED_FINDINGS} more in the JSON report.`)
  }
}

async function comment(run: PlanRun, report: PlanReport, links: Links): Promise<string> {
  const pr = run.pullRequest
  if (!pr) return ''
  if (!run.inputs.githubToken) return 'No pull request comment: no github-token.'
  try {
    const { body, content } = renderComment(report, links)
    const outcome = await upsertStickyComment(
      createGitHubClient(run.inputs.githubToken),
      pr,
      MARKER,
      // The merge run reads it back to say whether it executes the plan that was reviewed.
      `${planDigestLine(report.digest)}\n${body}`,
      content,
    )
    return `Pull request comment ${outcome}.`
  } catch (error) {
    const status = statusOf(error)
    if (status === 403 || status === 404) {
      return 'No pull request comment: the token cannot write to this pull request (a pull request from a fork gets a read-only token). The plan is all here.'
    }
    core.warning(`Could not write the pull request comment: ${errorMessage(error)}`)
    return 'No pull request comment: GitHub refused it (see the warning in the log).'
  }
}

/** The full plan as JSON in the runner's temp folder: the `report` output. */
async function writeReport(report: PlanReport, env: NodeJS.ProcessEnv): Promise<string> {
  const dir = runnerTemp(env)
  await mkdir(dir, { recursive: true })
  const file = path.join(dir, `autopilot-gitops-plan-${runStamp(env)}.json`)
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`)
  return file
}
