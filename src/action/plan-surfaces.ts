import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { errorMessage } from '../findings/error-message.js'
import { findingWords } from '../findings/finding.js'
import { escapeMarkdown } from '../findings/markdown.js'
import { planDigestLine } from '../github/merged-pull-requests.js'
import { statusOf, upsertStickyComment } from '../github/pull-request.js'
import type { GitHubRepository } from '../github/repository.js'
import { english, type Say } from '../messages/catalogue.js'
import type { PlanReport } from '../plan/plan-report.js'
import { fromTopLevel } from '../repo/paths.js'
import { renderComment } from '../report/fit-markdown.js'
import { type Links, MARKER } from '../report/render-summary.js'
import { formatFinding } from '../report/render-text.js'
import { wordsReplacer } from '../report/report-words.js'
import { selectAnnotations } from '../report/select-annotations.js'
import type { PartnerCenterCheck, PlanResult } from '../use-cases/plan-changes.js'
import type { ChangesSource, PullRequest } from '../use-cases/plan-pull-request.js'
import { runnerTemp, runStamp } from './runner.js'
import type { RunnerOutput } from './runner-output.js'

// How a plan reaches the runner's surfaces: the log, annotations, the sticky comment, outputs,
// each through RunnerOutput, which redacts and escapes.

const LOGGED_FINDINGS = 1000

/** Every finding that counts, compiler-style, in the log: annotations are capped, the log is not. */
export function logFindings(out: RunnerOutput, report: PlanReport, prefix: string, say: Say): void {
  const current = report.findings.filter((f) => !f.preExisting)
  for (const f of current.slice(0, LOGGED_FINDINGS)) {
    out.info(formatFinding({ ...f, file: fromTopLevel(prefix, f.file) }, say))
  }
  if (current.length > LOGGED_FINDINGS) {
    out.info(`…and ${current.length - LOGGED_FINDINGS} more in the JSON report.`)
  }
}

export function annotateFindings(
  out: RunnerOutput,
  report: PlanReport,
  prefix: string,
  say: Say,
): void {
  const { annotate, more } = selectAnnotations(report.findings)
  for (const f of annotate) {
    const properties = {
      title: say('report.annotation.title', {
        rule: f.rule,
        severity: { key: `report.severity.${f.severity}` },
      }),
      file: fromTopLevel(prefix, f.file),
      startLine: f.line,
      startColumn: f.column,
    }
    const words = findingWords(f, say)
    out.annotate(
      f.severity,
      `${words.message}\n${say('report.findings.fix', { hint: words.hint })}`,
      properties,
    )
  }
  if (more > 0) out.info(`${more} more finding(s) in the job summary.`)
}

/**
 * The sentences under the summary's title, in Markdown: where the changes came from, what Partner
 * Center said. What GitHub and Partner Center said is redacted, then escaped.
 */
export function planNotes(
  out: RunnerOutput,
  result: PlanResult & {
    changesSource?: ChangesSource
    recordsPullRequest?: boolean
    adoptionPullRequest?: boolean
  },
  say: Say,
): string[] {
  return [
    result.changesSource
      ? say('report.notes.changedFiles', { source: describeSource(out, result.changesSource, say) })
      : '',
    result.adoptionPullRequest
      ? say('report.notes.adoptionPullRequest')
      : result.recordsPullRequest
        ? say('report.notes.recordsPullRequest')
        : '',
    result.partnerCenter ? partnerCenterNote(out, result.partnerCenter, say) : '',
  ]
}

function describeSource(out: RunnerOutput, source: ChangesSource, say: Say): string {
  if (source.kind === 'api') return say('report.notes.sourceApi')
  const problem = escapeMarkdown(out.redact(source.apiProblem))
  if (source.kind === 'git')
    return say('report.notes.sourceGit', {
      base: source.base.slice(0, 7),
      head: source.head.slice(0, 7),
      problem,
    })
  return say('report.notes.sourceEveryFile', { problem })
}

function partnerCenterNote(out: RunnerOutput, check: PartnerCenterCheck, say: Say): string {
  if (check.kind === 'failed') {
    out.warning(`Could not ask Partner Center which devices it already has: ${check.reason}`)
    return say('report.notes.partnerCenterFailed')
  }
  // The log keeps its English line for support; the summary says it in the run's language.
  out.info(
    `Partner Center asked read-only for ${check.customers} customer(s): ${check.found} device(s) to register are already in their batch.`,
  )
  for (const problem of check.problems)
    out.warning(`Partner Center not asked for ${english(problem)}`)
  const line = say('report.notes.partnerCenterAsked', {
    customers: check.customers,
    found: check.found,
  })
  const problems = check.problems.map((problem) => say.text(problem)).join(say('report.separator'))
  // Partner Center's words and batch names go into the summary's Markdown: redacted, escaped.
  return check.problems.length > 0
    ? `${line} ${say('report.notes.notAskedFor', { problems: escapeMarkdown(out.redact(problems)) })}`
    : line
}

/** The one sticky comment of the pull request, updated in place. */
export async function commentPlan(
  out: RunnerOutput,
  github: GitHubRepository | null,
  pr: PullRequest,
  report: PlanReport,
  links: Links,
  say: Say,
): Promise<string> {
  if (!github) return say('report.notes.noCommentNoToken')
  try {
    const { body, content } = renderComment(report, links, say)
    const outcome = await upsertStickyComment(
      github.client,
      { ...github, number: pr.number },
      MARKER,
      // The merge run reads it back to say whether it executes the plan that was reviewed.
      `${planDigestLine(report.digest)}\n${out.redactMarkdown(body)}`,
      out.redactMarkdown(content),
    )
    return say(`report.notes.comment.${outcome}`)
  } catch (error) {
    const status = statusOf(error)
    if (status === 403 || status === 404) {
      return say('report.notes.noCommentReadOnly')
    }
    out.warning(`Could not write the pull request comment: ${errorMessage(error)}`)
    return say('report.notes.noCommentRefused')
  }
}

export function setPlanOutputs(out: RunnerOutput, report: PlanReport, reportFile: string): void {
  out.output('errors', report.summary.errors)
  out.output('warnings', report.summary.warnings)
  out.output('notices', report.summary.notices)
  out.output('devices', report.summary.devices)
  out.output('rows', report.summary.rows)
  out.output('to-register', report.summary.toRegister)
  out.output('to-retag', report.summary.toRetag)
  out.output('plan-digest', report.digest)
  out.output('report', reportFile)
  out.info(
    `Plan ${report.digest.slice(0, 16)}: ${report.summary.toRegister} device(s) to register; ${report.summary.errors} error(s), ${report.summary.warnings} warning(s), ${report.summary.preExisting} pre-existing finding(s).`,
  )
}

/**
 * The full plan as JSON in the runner's temp folder: the `report` output, which a later step may
 * publish. Redacted as text: JSON escapes nothing a credential's shape is made of, and the
 * Redactor knows the JSON-escaped form of each secret.
 */
export async function writeReport(
  out: RunnerOutput,
  report: PlanReport,
  env: NodeJS.ProcessEnv,
  say: Say,
): Promise<string> {
  const dir = runnerTemp(env)
  await mkdir(dir, { recursive: true })
  const file = path.join(dir, `autopilot-gitops-plan-${runStamp(env)}.json`)
  await writeFile(file, `${out.redact(JSON.stringify(report, wordsReplacer(say), 2))}\n`)
  return file
}
