import { afterEach, describe, expect, it } from 'vitest'
import { createRedactor } from '../../src/findings/redact.js'
import { listPullRequestFiles, upsertStickyComment } from '../../src/github/pull-request.js'
import { commitRecords } from '../../src/github/records-commit.js'
import { gitHubRepository } from '../../src/github/repository.js'
import { type FakeGitHubOptions, startFakeGitHub } from '../fakes/fake-github.js'
import { captureError } from '../helpers/secrets.js'
import { secretsIn } from '../helpers/surfaces.js'

// A GitHub API (or a proxy in front of it) that quotes the request in its errors: the workflow's
// token must not come back in what the error carries, for a summary, a comment or a record.

const TOKEN = 'ghs_secret-token-value'

let close: (() => Promise<void>) | undefined
afterEach(async () => {
  await close?.()
  close = undefined
})

async function echoing(options: FakeGitHubOptions, redact?: (text: string) => string) {
  const fake = await startFakeGitHub({ echoRequests: true, ...options })
  close = fake.close
  const github = gitHubRepository({
    token: TOKEN,
    fullName: 'partner/autopilot-devices',
    branch: 'main',
    apiUrl: fake.url,
    ...(redact ? { redact } : {}),
  })
  if (!github) throw new Error('no repository')
  return { fake, github }
}

/** Everything a failed call's error carries, as text: message, stack, response, request. */
async function failure(call: Promise<unknown>): Promise<string> {
  const error = await call.then(
    () => {
      throw new Error('the call succeeded')
    },
    (e: unknown) => captureError(e),
  )
  expect((error as { status?: number }).status).toBe(500)
  return `${(error as Error).message}\n${(error as Error).stack}\n${JSON.stringify(error)}`
}

describe("GitHub's errors, redacted where they enter", () => {
  const redact = createRedactor([TOKEN]).redact

  it('the file list of a pull request', async () => {
    const { github } = await echoing({ failFileListing: true }, redact)
    const said = await failure(listPullRequestFiles(github.client, { ...github, number: 7 }))
    expect(said).toContain('Server Error (request GET')
    expect(said).toContain('Authorization: [redacted]')
    expect(said).not.toContain(TOKEN)
    expect(secretsIn(said)).toEqual([])
  })

  it('a comment refused', async () => {
    const { github } = await echoing({ failRequests: /^POST .*\/issues\/7\/comments$/ }, redact)
    const said = await failure(
      upsertStickyComment(github.client, { ...github, number: 7 }, '<!-- m -->', 'body', 'body'),
    )
    expect(said).toContain('[redacted]')
    expect(said).not.toContain(TOKEN)
  })

  it('a records commit refused, also without a Redactor (the header has its shape)', async () => {
    const { github } = await echoing({
      git: { branch: 'main', headSha: 'a'.repeat(40) },
      failRequests: /^PATCH .*\/git\/refs\//,
    })
    const said = await failure(
      commitRecords(github.client, {
        ...github,
        files: [{ path: 'customers/contoso/registrations/r.json', text: '{}\n' }],
        message: 'Record',
        runId: '1-1',
        pullRequestBody: '',
      }),
    )
    expect(said).toContain('Authorization: [redacted]')
    expect(said).not.toContain(TOKEN)
  })
})
