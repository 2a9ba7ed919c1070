import { gitHubRepository } from '../github/repository.js'
import { sayer } from '../messages/catalogue.js'
import { failureReason } from '../plan/plan-report.js'
import { localRepository } from '../repo/local-repository.js'
import { renderSummary } from '../report/fit-markdown.js'
import { planChanges } from '../use-cases/plan-changes.js'
import { type PullRequestPlan, planPullRequest } from '../use-cases/plan-pull-request.js'
import {
  annotateFindings,
  commentPlan,
  logFindings,
  planNotes,
  setPlanOutputs,
  writeReport,
} from './plan-surfaces.js'
import { linksOf } from './runner.js'
import { type ActionSetup, actionContext } from './setup.js'
import { hasSignIn, lazySignIn, partnerCenterFromInputs } from './sign-in.js'

/**
 * `validate` and `plan`: the plan of the repository (of the pull request's changes, on a pull
 * request), rendered as annotations, the job summary, the sticky comment and outputs.
 */
export async function runPlan(setup: ActionSetup, command: 'validate' | 'plan'): Promise<void> {
  const { inputs, env, out, redactor } = setup
  const pr = command === 'plan' ? setup.event.pullRequest : undefined
  const context = actionContext(out)
  const repository = localRepository(setup)
  const github = gitHubRepository({
    token: inputs.githubToken,
    apiUrl: env.GITHUB_API_URL,
    fullName: pr ? `${pr.owner}/${pr.repo}` : env.GITHUB_REPOSITORY,
    branch: pr?.headRef ?? setup.event.branch,
    redact: redactor.redact,
  })
  const result: PullRequestPlan | Awaited<ReturnType<typeof planChanges>> = pr
    ? await planPullRequest({
        repository,
        pullRequest: pr,
        github,
        partnerCenter: hasSignIn(inputs)
          ? partnerCenterFromInputs(setup, context, lazySignIn(setup))
          : null,
        context,
        maxDeregistrations: inputs.maxDeregistrations,
      })
    : await planChanges({
        repository,
        changed: null,
        maxDeregistrations: inputs.maxDeregistrations,
      })
  const { report } = result
  const links = linksOf(env, pr?.headSha ?? env.GITHUB_SHA)
  const say = sayer(inputs.language)
  const reportFile = await writeReport(out, report, env, say)
  logFindings(out, report, repository.prefix, say)
  annotateFindings(out, report, repository.prefix, say)
  const notes = planNotes(out, result, say)
  if (pr && inputs.comment) notes.push(await commentPlan(out, github, pr, report, links, say))
  await out.summary(renderSummary(report, links, say, notes.filter(Boolean).join(' ')))
  setPlanOutputs(out, report, reportFile)
  const failure = failureReason(report, inputs.failOn)
  if (failure) out.failed(say('report.run.seeAnnotations', { failure: say.text(failure) }))
}
