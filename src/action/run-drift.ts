import { errorMessage } from '../findings/error-message.js'
import { type DriftIssue, syncDriftIssues } from '../github/drift-issues.js'
import { type Say, sayer } from '../messages/catalogue.js'
import { DRIFT_KINDS } from '../register/compare-drift.js'
import { localRepository } from '../repo/local-repository.js'
import { driftIssueText } from '../report/drift-issue.js'
import { driftMarker, renderDriftMarkdown, renderDriftText } from '../report/render-drift.js'
import { type DriftReport, detectDrift } from '../use-cases/drift.js'
import { linksOf } from './runner.js'
import { type ActionSetup, actionContext, gitHubOf } from './setup.js'
import { appOnlySignIn, partnerCenterFromInputs } from './sign-in.js'

/**
 * `drift`: the scheduled check. Read-only in Partner Center (app-only); in GitHub it keeps one
 * issue per customer with drift. Fails the step when there is drift, so the schedule shows it.
 */
export async function runDrift(setup: ActionSetup): Promise<void> {
  const { out } = setup
  const say = sayer(setup.inputs.language)
  const signIn = appOnlySignIn(setup)
  const report = await detectDrift({
    repository: localRepository(setup),
    partnerCenter: partnerCenterFromInputs(setup, actionContext(out), signIn),
  })
  for (const line of renderDriftText(report, say).trimEnd().split('\n')) out.info(line)
  const github = gitHubOf(setup, undefined)
  let notes = ''
  if (github) {
    try {
      const outcomes = await syncDriftIssues(
        github.client,
        github,
        issuesOf(report, setup, say),
        driftMarker,
      )
      notes = outcomes
        .map((o) =>
          say(`report.drift.issue.${o.action}`, { issue: String(o.number), customer: o.slug }),
        )
        .join(' ')
    } catch (error) {
      out.warning(`Could not update the drift issues: ${errorMessage(error)}`)
    }
  }
  await out.summary(renderDriftMarkdown(report, say) + (notes ? `\n${notes}\n` : ''))
  out.output('drift', String(report.customers.reduce((n, c) => n + c.devices.length, 0)))
  for (const kind of DRIFT_KINDS) out.output(`drift-${kind}`, String(report.counts[kind]))
  if (report.drift) out.failed(say('report.run.drift'))
}

function issuesOf(report: DriftReport, setup: ActionSetup, say: Say): DriftIssue[] {
  const check = { at: new Date().toISOString(), runUrl: linksOf(setup.env, undefined).runUrl }
  return report.customers
    .filter((c) => !c.problem)
    .map((c) => {
      const issue = driftIssueText(c, check, say)
      const body = issue.body === undefined ? undefined : setup.out.redactMarkdown(issue.body)
      return { slug: c.slug, ...issue, body }
    })
}
