import { randomBytes } from 'node:crypto'
import { textError } from '../findings/error-words.js'
import { escapeMarkdown } from '../findings/markdown.js'
import { ADOPTION_BRANCH_PREFIX, openFilesPullRequest } from '../github/files-pull-request.js'
import { localRepository } from '../repo/local-repository.js'
import { fromTopLevel } from '../repo/paths.js'
import { renderAdoptionText } from '../report/render-adoption.js'
import { adoptCustomer } from '../use-cases/adopt.js'
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
  const text = renderAdoptionText(result)
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
      message: `Adopt ${result.adopted + result.fromRows} device(s) of ${result.slug} from Partner Center`,
      body: out.redactMarkdown(
        `Devices Partner Center already has in the batch${result.groupTags.length > 1 ? 'es' : ''} ${result.groupTags.map((t) => `\`${escapeMarkdown(t)}\``).join(', ')} of \`${escapeMarkdown(result.slug)}\`, which the records did not know: review them, then merge.\n\n${block}`,
      ),
    })
    pullRequest = opened.url
    out.info(`Adoption pull request: ${opened.url}`)
  }
  await out.summary(
    `## Autopilot adoption\n\n${block}${pullRequest ? `\nPull request: ${pullRequest}\n` : ''}`,
  )
  out.output('adopted', String(result.adopted + result.fromRows))
  out.output('adoption-pull-request', pullRequest)
}
