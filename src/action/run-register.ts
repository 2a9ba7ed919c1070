import { errorMessage } from '../findings/error-message.js'
import { textError } from '../findings/error-words.js'
import { redactValues } from '../findings/redact.js'
import type { MergedPullRequest } from '../github/merged-pull-requests.js'
import { upsertStickyComment } from '../github/pull-request.js'
import type { GitHubRepository } from '../github/repository.js'
import { type Say, sayer } from '../messages/catalogue.js'
import { buildPlanReport } from '../plan/plan-report.js'
import { totalToSend } from '../plan/registration-plan.js'
import { localRepository } from '../repo/local-repository.js'
import { fromTopLevel } from '../repo/paths.js'
import { renderRegistrationComment, renderSummary } from '../report/fit-markdown.js'
import { progressDisplay, SYSTEM_CLOCK } from '../report/progress-display.js'
import { type RefreshTokenNote, renderRefreshTokenNote } from '../report/refresh-token-note.js'
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
import type { Links } from '../report/render-summary.js'
import { type MergeReport, planMerge, registerMerge } from '../use-cases/register-merge.js'
import { VERSION } from '../version.js'
import type { WorkflowEvent } from './event.js'
import { runnerRecords } from './records-store.js'
import { renewRefreshToken } from './renew-refresh-token.js'
import { linksOf, runnerTemp, runStamp } from './runner.js'
import type { RunnerOutput } from './runner-output.js'
import { type ActionSetup, actionContext, gitHubOf } from './setup.js'
import { lazySignIn, partnerCenterFromInputs } from './sign-in.js'

/**
 * `register`: the merge run. Registers what the plan of the pushed commit says (with `dry-run`,
 * renders that plan as what it would send), then reports it in the log, the job summary, the
 * merged pull requests' comments and the outputs; fails when anything failed, after everything
 * is recorded.
 */
export async function runRegister(setup: ActionSetup, signal: AbortSignal): Promise<void> {
  const { inputs, env, out, redactor } = setup
  const branch = registerBranch(setup.event)
  const repository = localRepository(setup)
  // What is on disk is what is planned and named in the records.
  const commit = (await repository.head()) ?? env.GITHUB_SHA
  if (!commit) throw textError('error.setup.noCommit')
  const display = logDisplay(out, sayer(inputs.language))
  const context = actionContext(out, signal, display.update)
  const github = gitHubOf(setup, branch)
  const input = { repository, commit, github, settings: inputs, context }
  const signIn = lazySignIn(setup)
  const report = await (inputs.dryRun
    ? planMerge(input)
    : registerMerge({
        ...input,
        partnerCenter: partnerCenterFromInputs(setup, context, signIn),
        records: runnerRecords({
          github,
          redact: redactor.redact,
          prefix: repository.prefix,
          tempDir: runnerTemp(env),
          runStamp: runStamp(env),
          commit,
          context,
          say: sayer(inputs.language),
        }),
      })
  ).finally(display.finish)
  // The adapters redacted what the services said; the outcome is redacted once more before any
  // surface renders it (Markdown escaping would hide a secret's shape from a net on the text).
  const outcome = redactValues(
    registrationOutcome(report, {
      commit,
      dryRun: inputs.dryRun,
      records: report.records.map((r) => fromTopLevel(repository.prefix, r.path)),
      signIn: createBatchSignIn(inputs, repository.prefix),
    }),
    redactor.redact,
  )
  const refreshToken = inputs.dryRun ? undefined : await renewRefreshToken(setup, signIn, github)
  const cancelled = signal.aborted
  await reportRun(setup, { report, outcome, github, commit, cancelled, refreshToken })
}

/** Partner Center can take half an hour: a line of each customer's standing every 30 s meanwhile. */
function logDisplay(out: RunnerOutput, say: Say) {
  return progressDisplay({
    clock: SYSTEM_CLOCK,
    say,
    write: (text) => {
      for (const line of text.trimEnd().split('\n')) out.info(line)
    },
  })
}

async function reportRun(
  setup: ActionSetup,
  run: {
    report: MergeReport
    outcome: RegistrationOutcome
    github: GitHubRepository | null
    commit: string
    cancelled: boolean
    refreshToken: RefreshTokenNote | undefined
  },
): Promise<void> {
  const { report, outcome, github } = run
  const { out } = setup
  const { dryRun } = setup.inputs
  const say = sayer(setup.inputs.language)
  out.info(
    `Plan digest ${report.plan.digest}${report.reviewed.map((r) => digestNote(r, report.plan.digest)).join('')}`,
  )
  for (const line of renderRegistrationText(outcome, say).trimEnd().split('\n')) out.info(line)
  const links = linksOf(setup.env, run.commit)
  // Whatever the run did or could not do for a customer, the reviewers of the merge see it.
  const toTell = outcome.customers.length > 0 || outcome.counts.skipped > 0
  const notes =
    github && !dryRun && toTell
      ? await commentOutcome(out, github, report.reviewed, outcome, links, say)
      : []
  const tokenNote = run.refreshToken ? renderRefreshTokenNote(run.refreshToken, say) : undefined
  if (tokenNote?.warning) out.warning(tokenNote.warning)
  await out.summary(
    renderRegistrationMarkdown(outcome, { links, maxRows: 1000, say }) +
      (notes.length ? `\n${notes.join(' ')}\n` : '') +
      (tokenNote ? `\n${tokenNote.markdown}\n` : '') +
      (dryRun ? `\n${renderSummary(buildPlanReport(report.plan, null), links, say)}` : ''),
  )
  setOutputs(out, outcome, report)
  const failure = [
    registrationFailure(outcome, say),
    run.cancelled ? say('report.run.cancelled') : '',
  ]
    .filter(Boolean)
    .join(say('report.separator'))
  if (failure) out.failed(say('report.run.seeSummary', { failure }))
}

/** How a partner admin runs create-batch for this repository, as the run was signed in. */
function createBatchSignIn(inputs: ActionSetup['inputs'], prefix: string) {
  if (!inputs.tenantId || !inputs.clientId) return undefined
  return {
    program: `npx autopilot-gitops@${VERSION}`,
    path: prefix || '.',
    tenantId: inputs.tenantId,
    clientId: inputs.clientId,
    authorityHost: inputs.authorityHost,
    partnerCenterUrl: inputs.partnerCenterUrl,
  }
}

function digestNote(pr: MergedPullRequest, digest: string): string {
  return pr.planDigest === digest
    ? `; matches the plan on #${pr.number}`
    : `; differs from the plan on #${pr.number} (${pr.planDigest ?? 'none shown'})`
}

/** Records go to the default branch, so registration runs there only. */
function registerBranch(event: WorkflowEvent): string {
  if (!event.branch) throw textError('error.setup.noBranch')
  if (event.defaultBranch && event.branch !== event.defaultBranch)
    throw textError('error.setup.notDefaultBranch', {
      defaultBranch: event.defaultBranch,
      branch: event.branch,
    })
  return event.branch
}

async function commentOutcome(
  out: RunnerOutput,
  github: GitHubRepository,
  reviewed: readonly MergedPullRequest[],
  outcome: RegistrationOutcome,
  links: Links,
  say: Say,
): Promise<string[]> {
  const notes: string[] = []
  const rendered = renderRegistrationComment(outcome, links, say)
  const [body, content] = [out.redactMarkdown(rendered.body), out.redactMarkdown(rendered.content)]
  for (const pr of reviewed) {
    try {
      const ref = { owner: github.owner, repo: github.repo, number: pr.number }
      await upsertStickyComment(github.client, ref, REGISTRATION_MARKER, body, content)
      notes.push(say('report.notes.outcomeCommented', { pr: String(pr.number) }))
    } catch (error) {
      out.warning(`Could not comment on pull request #${pr.number}: ${errorMessage(error)}`)
    }
  }
  return notes
}

function setOutputs(out: RunnerOutput, outcome: RegistrationOutcome, report: MergeReport): void {
  const { counts, place } = outcome
  out.output('plan-digest', report.plan.digest)
  out.output('to-register', totalToSend(report.plan.customers))
  out.output('registered', counts.registered)
  out.output('already-registered', counts.alreadyRegistered)
  out.output('retagged', counts.retagged)
  out.output('deregistered', counts.deregistered)
  out.output('failed', counts.failed)
  out.output('pending', counts.pending)
  out.output('skipped', counts.skipped)
  out.output('records', outcome.records.join('\n'))
  out.output('records-copy', outcome.recordsCopy ?? '')
  out.output('records-commit', place.kind === 'commit' ? place.sha : '')
  out.output('records-pull-request', place.kind === 'pull-request' ? place.url : '')
}
