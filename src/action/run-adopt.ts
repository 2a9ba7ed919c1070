import { randomBytes } from 'node:crypto'
import { textError } from '../findings/error-words.js'
import { escapeMarkdown } from '../findings/markdown.js'
import { ADOPTION_BRANCH_PREFIX, openFilesPullRequest } from '../github/files-pull-request.js'
import { type Say, sayer } from '../messages/catalogue.js'
import { localRepository } from '../repo/local-repository.js'
import { fromTopLevel } from '../repo/paths.js'
import { renderAdoptionText } from '../report/render-adoption.js'
import { type AdoptionResult, adoptCustomer } from '../use-cases/adopt.js'
import { type ActionSetup, actionContext, gitHubOf } from './setup.js'
import { appOnlySignIn, partnerCenterFromInputs } from './sign-in.js'

/**
 * `adopt` (workflow_dispatch, input `customer`): what Partner Center already has for the customer
 * and the records lack, as a pull request that adds the device file and the adoption record, to
 * be reviewed like any change. Read-only in Partner Center, app-only.
 */
export async function runAdopt(setup: ActionSetup): Promise<void> {
  const { out, inputs, env } = setup
  if (!inputs.customer) throw textError('error.setup.adoptCustomer')
  const branch = setup.event.defaultBranch ?? setup.event.branch ?? 'main'
  const github = gitHubOf(setup, branch)
  if (!github) throw textError('error.setup.adoptGitHub')
  const repository = localRepository(setup)
  const commit = (await repository.head()) ?? env.GITHUB_SHA ?? ''
  const runId = randomBytes(4).toString('hex')
  const signIn = appOnlySignIn(setup)
  const result = await adoptCustomer({
    repository,
    partnerCenter: partnerCenterFromInputs(setup, actionContext(out), signIn),
    slug: inputs.customer,
    commit,
    at: new Date(),
    runId,
  })
  const say = sayer(inputs.language)
  const text = renderAdoptionText(result, say)
  for (const line of text.trimEnd().split('\n')) out.info(line)
  // The text in a code block of the pull request and the summary: no backtick can end it.
  const block = `\`\`\`\n${text.replaceAll('`', "'")}\`\`\`\n`
  let pullRequest = ''
  if (result.files.length > 0) {
    const opened = await openFilesPullRequest(github.client, {
      owner: github.owner,
      repo: github.repo,
      base: branch,
      branch: `${ADOPTION_BRANCH_PREFIX}${result.slug}-${runId}`,
      files: result.files.map((f) => ({ ...f, path: fromTopLevel(repository.prefix, f.path) })),
      // The pull request's title, and the message of its commit.
      message: say('report.adoption.pullRequestTitle', {
        devices: result.adopted + result.fromRows,
        customer: result.slug,
      }),
      body: out.redactMarkdown(`${adoptionIntro(result, say)}\n\n${block}`),
    })
    pullRequest = opened.url
    out.info(`Adoption pull request: ${opened.url}`)
  }
  const link = pullRequest ? `\n${say('report.adoption.pullRequest', { url: pullRequest })}\n` : ''
  await out.summary(`## ${say('report.adoption.title')}\n\n${block}${link}`)
  out.output('adopted', String(result.adopted + result.fromRows))
  out.output('adoption-pull-request', pullRequest)
}

/** The adoption pull request's first lines: what it holds, and what its reviewers do. */
function adoptionIntro(result: AdoptionResult, say: Say): string {
  return say('report.adoption.intro', {
    batches: result.groupTags.length,
    tags: result.groupTags.map((t) => `\`${escapeMarkdown(t)}\``).join(', '),
    customer: `\`${escapeMarkdown(result.slug)}\``,
  })
}
