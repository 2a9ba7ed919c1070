import * as core from '@actions/core'
import { errorMessage } from '../findings/error-message.js'
import { type MergedPullRequest, mergedPullRequests } from '../github/merged-pull-requests.js'
import { createGitHubClient, type Octokit, upsertStickyComment } from '../github/pull-request.js'
import { branchHead, openRecordsPullRequests } from '../github/records-commit.js'
import { buildPlanReport } from '../plan/plan-report.js'
import { totalToSend } from '../plan/registration-plan.js'
import type { RecordFileOut } from '../register/registration-records.js'
import { type RegistrationReport, runRegistration } from '../register/run-registration.js'
import type { FileChecker } from '../repo/file-checker.js'
import { gitHead } from '../repo/git.js'
import { checkoutPrefix, fromTopLevel } from '../repo/paths.js'
import { renderRegistrationComment, renderSummary } from '../report/fit-markdown.js'
import {
  type RegistrationOutcome,
  registrationFailure,
  registrationOutcome,
} from '../report/registration-outcome.js'
import {
  REGISTRATION_MARKER,
  renderRegistrationMarkdown,
  renderRegistrationText,
} from '../report/render-registration.js'
import { type Links, MARKER } from '../report/render-summary.js'
import { copyFailed, deliver, keepCopy, keepInProgress } from './deliver-records.js'
import type { ActionInputs } from './inputs.js'
import { linksOf } from './runner.js'
import { signInFromInputs } from './sign-in.js'

export interface RegisterRun {
  root: string
  topLevel: string
  branch: string
  inputs: ActionInputs
  checker?: FileChecker
  env: NodeJS.ProcessEnv
}

/**
 * `register`: the merge run. Plans from the repository at the pushed commit and its records,
 * registers, keeps a copy of the records in the runner's temp folder, commits them (or opens a
 * pull request), comments on the merged pull request(s), and fails when anything failed, after
 * everything is recorded.
 */
export async function runRegister(run: RegisterRun): Promise<void> {
  const { inputs, env } = run
  // What is on disk is what is planned and named in the records.
  const commit = (await gitHead(run.root)) ?? env.GITHUB_SHA
  if (!commit)
    throw new Error('no commit to register: GITHUB_SHA is not set and this is no git checkout')
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const github =
    inputs.githubToken && owner && repo ? createGitHubClient(inputs.githubToken) : undefined
  if (github && owner && repo) {
    // Records are committed after the commit they register: an older checkout lacks the records
    // of the runs since, and would send their pending and failed devices again.
    const head = await branchHead(github, { owner, repo }, run.branch)
    if (head !== commit) {
      throw new Error(
        `${run.branch} is at ${head.slice(0, 7)}, but the checkout is at ${commit.slice(0, 7)}: registering from it would miss the records of the runs since. Check out the branch itself (actions/checkout with ref: ${run.branch}), as the template workflow does; a run that started before the last push can simply be run again`,
      )
    }
    // Likewise the records still waiting in a pull request: what they say is not on the branch.
    const waiting = run.inputs.dryRun
      ? []
      : await openRecordsPullRequests(github, { owner, repo }, run.branch)
    if (waiting.length > 0) {
      throw new Error(
        `the records of an earlier run wait in pull request ${waiting.map((n) => `#${n}`).join(', ')}: merge it first (unchanged), then run again. Until then this run could send again what those records say was sent`,
      )
    }
  }
  // The runner cancels a job (by hand, or at timeout-minutes) with SIGINT, then SIGTERM, then a
  // kill: stop polling at the first, so that what was uploaded is recorded `pending` in time.
  const interrupted = new AbortController()
  const interrupt = () => {
    core.warning('Cancelled: no further upload; uploads in progress are recorded as pending.')
    interrupted.abort()
  }
  process.once('SIGINT', interrupt)
  process.once('SIGTERM', interrupt)
  try {
    await register(run, commit, github, owner, repo, interrupted.signal)
  } finally {
    process.off('SIGINT', interrupt)
    process.off('SIGTERM', interrupt)
  }
}

async function register(
  run: RegisterRun,
  commit: string,
  github: Octokit | undefined,
  owner: string | undefined,
  repo: string | undefined,
  signal: AbortSignal,
): Promise<void> {
  const { inputs, env } = run
  const prefix = checkoutPrefix(run.topLevel, run.root)
  // Read once the records are: the merges since the commit the previous run registered.
  let reviewed: MergedPullRequest[] = []
  const report = await runRegistration({
    root: run.root,
    commit,
    approval: async (since) => {
      if (github && owner && repo)
        reviewed = await reviewsOf(github, { owner, repo, commit, branch: run.branch, since })
      return {
        pullRequests: reviewed.map((r) => r.number),
        approvedBy: [...new Set(reviewed.flatMap((r) => r.approvedBy))].sort(),
        mergedBy: reviewed.findLast((r) => r.mergedBy)?.mergedBy ?? null,
      }
    },
    retryFailed: inputs.retryFailed,
    dryRun: inputs.dryRun,
    concurrency: inputs.concurrency,
    pollTimeoutMs: inputs.pollTimeoutMinutes * 60_000,
    chunkSize: inputs.chunkSize,
    partnerCenterUrl: inputs.partnerCenterUrl,
    signIn: () => signInFromInputs(inputs, env),
    ...(run.checker ? { checker: run.checker } : {}),
    log: (message) => core.info(message),
    signal,
    keepInProgress: (records) =>
      keepInProgress(prefixed(records, prefix), {
        github,
        owner,
        repo,
        commit,
        branch: run.branch,
      }),
  })
  core.info(
    `Plan digest ${report.plan.digest}${reviewed.map((r) => (r.planDigest === report.plan.digest ? `; matches the plan on #${r.number}` : `; differs from the plan on #${r.number} (${r.planDigest ?? 'none shown'})`)).join('')}`,
  )
  const files = prefixed(report.records, prefix)
  const recordsCopy = files.length > 0 ? await keepCopy(files, env).catch(copyFailed) : undefined
  const place = await deliver(files, { github, owner, repo, commit, branch: run.branch, env })
  const outcome = registrationOutcome(report, {
    commit,
    dryRun: inputs.dryRun,
    reviewed: reviewed.map((r) => ({ number: r.number, planDigest: r.planDigest })),
    records: files.map((f) => f.path),
    ...(recordsCopy ? { recordsCopy } : {}),
    place,
  })
  for (const line of renderRegistrationText(outcome).trimEnd().split('\n')) core.info(line)
  const links = linksOf(env, commit)
  const notes: string[] = []
  // Whatever the run did or could not do for a customer, the reviewers of the merge see it.
  const toTell = outcome.customers.length > 0 || outcome.counts.skipped > 0
  if (github && owner && repo && !inputs.dryRun && toTell) {
    notes.push(...(await commentOutcome(github, { owner, repo }, reviewed, outcome, links)))
  }
  await core.summary
    .addRaw(renderRegistrationMarkdown(outcome, { links, maxRows: 1000 }))
    .addRaw(notes.length ? `\n${notes.join(' ')}\n` : '')
    .addRaw(inputs.dryRun ? `\n${dryRunPlan(report, links)}` : '')
    .write()
  setOutputs(outcome, report)
  const failure = [
    registrationFailure(outcome),
    signal.aborted ? 'the run was cancelled (unfinished uploads are recorded as pending)' : '',
  ]
    .filter(Boolean)
    .join('; ')
  if (failure) core.setFailed(`${failure}: see the job summary`)
}

/** Records' paths from the repository's top, where the checkout is a folder of it. */
function prefixed(records: readonly RecordFileOut[], prefix: string): RecordFileOut[] {
  return records.map((r) => ({ ...r, path: fromTopLevel(prefix, r.path) }))
}

async function reviewsOf(
  github: Octokit,
  options: {
    owner: string
    repo: string
    commit: string
    branch: string
    since?: string | undefined
  },
): Promise<MergedPullRequest[]> {
  const { since, ...rest } = options
  try {
    return await mergedPullRequests(github, {
      ...rest,
      sha: options.commit,
      ...(since ? { since } : {}),
      marker: MARKER,
    })
  } catch (error) {
    core.warning(
      `Could not read the merged pull request (approvals and merger are left out of the records): ${errorMessage(error)}`,
    )
    return []
  }
}

async function commentOutcome(
  github: Octokit,
  repo: { owner: string; repo: string },
  reviewed: readonly MergedPullRequest[],
  outcome: RegistrationOutcome,
  links: Links,
): Promise<string[]> {
  const notes: string[] = []
  const { body, content } = renderRegistrationComment(outcome, links)
  for (const pr of reviewed) {
    try {
      await upsertStickyComment(
        github,
        { ...repo, number: pr.number },
        REGISTRATION_MARKER,
        body,
        content,
      )
      notes.push(`Outcome commented on pull request #${pr.number}.`)
    } catch (error) {
      core.warning(`Could not comment on pull request #${pr.number}: ${errorMessage(error)}`)
    }
  }
  return notes
}

function dryRunPlan(report: RegistrationReport, links: Links): string {
  return renderSummary(buildPlanReport(report.plan, null), links)
}

function setOutputs(outcome: RegistrationOutcome, report: RegistrationReport): void {
  const { counts, place } = outcome
  core.setOutput('plan-digest', report.plan.digest)
  core.setOutput('to-register', totalToSend(report.plan.customers))
  core.setOutput('registered', counts.registered)
  core.setOutput('already-registered', counts.alreadyRegistered)
  core.setOutput('failed', counts.failed)
  core.setOutput('pending', counts.pending)
  core.setOutput('skipped', counts.skipped)
  core.setOutput('records', outcome.records.join('\n'))
  core.setOutput('records-copy', outcome.recordsCopy ?? '')
  core.setOutput('records-commit', place.kind === 'commit' ? place.sha : '')
  core.setOutput('records-pull-request', place.kind === 'pull-request' ? place.url : '')
}
