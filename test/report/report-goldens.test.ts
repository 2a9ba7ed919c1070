import { describe, it } from 'vitest'
import { sayer } from '../../src/messages/catalogue.js'
import { LANGUAGES } from '../../src/messages/language.js'
import { recordsPullRequestText } from '../../src/plan/records-pull-request.js'
import { driftIssueText } from '../../src/report/drift-issue.js'
import { renderRegistrationComment } from '../../src/report/fit-markdown.js'
import { expectGolden } from '../helpers/golden.js'
import { LINKS, richDrift, richOutcome } from './rich-reports.js'

// The surfaces the bundled action's goldens (test/action/pull-request.test.ts) do not reach
// deterministically: the merged pull request's outcome comment, the drift issue and the records
// pull request, in every language. UPDATE_GOLDEN=1 rewrites them, to be reviewed in the diff.

const suffix = (language: string) => (language === 'en' ? '' : `-${language}`)

describe.each(LANGUAGES)('the goldens in %s', (language) => {
  const say = sayer(language)

  it('the outcome comment on the merged pull request', () => {
    const { body } = renderRegistrationComment(richOutcome(), LINKS, say)
    expectGolden(`registration-comment${suffix(language)}.md`, body)
  })

  it('the drift issue: its title, its body and the comment that closes it', () => {
    const [customer] = richDrift().customers
    if (!customer) throw new Error('no customer in the drift fixture')
    const issue = driftIssueText(
      customer,
      { at: '2026-12-01T06:00:00.000Z', runUrl: LINKS.runUrl },
      say,
    )
    expectGolden(
      `drift-issue${suffix(language)}.md`,
      `# ${issue.title}\n\n${issue.body}\n---\n\n${issue.resolved}\n`,
    )
  })

  it('the records pull request', () => {
    const pull = recordsPullRequestText(say, {
      commit: 'a0199ba3abc78f0f638f2f26dfb2ebbaf0975f99',
      branch: 'main',
    })
    expectGolden(`records-pull-request${suffix(language)}.md`, `# ${pull.title}\n\n${pull.body}\n`)
  })
})
