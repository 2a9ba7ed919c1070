import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { type FakeGitHubOptions, startFakeGitHub } from '../fakes/fake-github.js'
import { type Files, gitRepository } from '../helpers/git-repo.js'
import { expectGolden } from '../helpers/golden.js'
import { recordOf } from '../helpers/records.js'
import { runActionBundle, writeEvent } from '../helpers/run-dist.js'
import {
  csvBytes,
  customerYml,
  device,
  GWAI_HEADER,
  gwaiFile,
  gwaiRow,
  hashOf,
  PARTNER_HEADER,
} from '../helpers/synthetic.js'

const contoso = { slug: 'contoso', customerId: '8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60' }
const fabrikam = { slug: 'fabrikam', customerId: '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0' }
const d = (n: number) => device(n, { manufacturer: 'Contoso Devices', model: 'Contoso Book 14' })
const NASTY_SERIAL = 'SER|1`<script>alert(1)</script>@octocat'

const RECORD = 'customers/contoso/registrations/20261120T100000Z-aaaaaaa.json'
const BASE_RECORD = `${JSON.stringify(
  recordOf(contoso, [
    { device: d(101), source: 'customers/contoso/devices/order-1001.csv:2', status: 'registered' },
    {
      device: d(102),
      source: 'customers/contoso/devices/order-1001.csv:3',
      status: 'failed',
      error: ['', 'StorageError', true],
    },
  ]),
  null,
  2,
)}\n`

/** main: two customers; fabrikam carries a damaged hash nobody touches; contoso has a record. */
function repository() {
  return gitRepository({
    'customers/contoso/customer.yml': customerYml({
      name: 'Contoso Ltd',
      customerId: contoso.customerId,
    }),
    'customers/contoso/devices/order-1001.csv': gwaiFile([d(101), d(102), d(103)]),
    [RECORD]: BASE_RECORD,
    'customers/fabrikam/customer.yml': customerYml({
      name: 'Fabrikam Inc',
      customerId: fabrikam.customerId,
    }),
    'customers/fabrikam/devices/old.csv': csvBytes([
      GWAI_HEADER,
      gwaiRow(device(201), hashOf({ ...device(201), damage: 'checksum' })),
      gwaiRow(device(202)),
    ]),
  })
}

const ORDER_1002 = 'customers/contoso/devices/order-1002.csv'
const order1002 = (extra: string[] = []) =>
  csvBytes([
    PARTNER_HEADER,
    `${gwaiRow(d(104))},,`,
    `${gwaiRow(d(105))},,`,
    `${NASTY_SERIAL},,,Contoso Devices,Contoso Book 14`,
    ...extra,
  ])

/** The pull_request event of pull request 7. */
function eventFile(base: string, head: string): string {
  return writeEvent({
    action: 'synchronize',
    number: 7,
    pull_request: {
      number: 7,
      base: { sha: base, ref: 'main' },
      head: { sha: head, ref: 'new-order' },
    },
    repository: { name: 'autopilot-devices', owner: { login: 'partner' } },
  })
}

function runnerEnv(api: string, event: string, runId = '4242') {
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_API_URL: api,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'partner/autopilot-devices',
    GITHUB_RUN_ID: runId,
  }
}

/**
 * A pull request (#7) whose head commits `files` on top of main, a fake GitHub that lists
 * `listed` as its files, and a way to run the bundled action on it.
 */
async function pullRequest(files: Files, listed: string[], fake: FakeGitHubOptions = {}) {
  const repo = repository()
  const head = repo.commit(files, 'pull request')
  const github = await startFakeGitHub({
    pullRequestFiles: { 7: listed.map((filename) => ({ filename, status: 'added' })) },
    ...fake,
  })
  closeFake = github.close
  const run = (inputs: Record<string, string>, at = head, runId = '4242') =>
    runActionBundle(inputs, repo.root, runnerEnv(github.url, eventFile(repo.base, at), runId))
  return { repo, head, github, run }
}

let closeFake: (() => Promise<void>) | undefined
afterEach(async () => {
  await closeFake?.()
  closeFake = undefined
})

describe('the action on a pull request (dist/index.js against a fake GitHub API)', () => {
  it('plans, reports, and keeps one sticky comment up to date', async () => {
    const { repo, head, github, run } = await pullRequest({ [ORDER_1002]: order1002() }, [
      ORDER_1002,
    ])
    const inputs = { 'github-token': 'ghs_secret-token-value' }

    const first = await run(inputs)
    expect(first.code).toBe(0)
    expect(first.outputs).toMatchObject({
      errors: '0',
      warnings: '0',
      devices: '8',
      'to-register': '5',
    })
    expect(first.outputs['plan-digest']).toMatch(/^[0-9a-f]{64}$/)
    expect(first.stdout).not.toContain('::error')
    // The runner masks what ::add-mask:: names; nothing else may print the token.
    expect(first.stdout.replace('::add-mask::ghs_secret-token-value', '')).not.toContain(
      'ghs_secret-token-value',
    )
    expectGolden('pull-request-summary.md', first.summary)
    const report = JSON.parse(readFileSync(first.outputs.report ?? '', 'utf8'))
    expect(report.changedFiles).toEqual([ORDER_1002])
    expect(
      report.customers.map((c: { slug: string; blocked: boolean }) => [c.slug, c.blocked]),
    ).toEqual([
      ['contoso', false],
      ['fabrikam', true],
    ])
    const [comment] = github.comments(7)
    expect(github.comments(7)).toHaveLength(1)
    expectGolden('pull-request-comment.md', comment?.body ?? '')
    expect(github.requests.every((r) => r.authorization === 'token ghs_secret-token-value')).toBe(
      true,
    )

    // Another run of the same commit (another run id, so another link): the comment is left alone.
    const again = await run(inputs, head, '4243')
    expect(again.code).toBe(0)
    expect(github.requests.filter((r) => r.method !== 'GET')).toHaveLength(1)

    // A push that adds a damaged hash to the changed file: annotated, comment updated, check fails.
    const broken = repo.commit(
      {
        [ORDER_1002]: order1002([
          `${gwaiRow(d(106), hashOf({ ...d(106), damage: 'truncate' }))},,`,
        ]),
      },
      'oops',
    )
    const third = await run(inputs, broken)
    expect(third.code).toBe(1)
    expect(third.stdout).toContain(
      `::error title=AP404 error,file=${ORDER_1002},line=5,col=12::Hardware Hash is damaged or truncated`,
    )
    expect(third.stdout.trim().split('\n').at(-1)).toBe(
      '::error::1 error(s) in the files this pull request changes: see the annotations and the job summary',
    )
    expect(third.outputs.errors).toBe('1')
    expect(github.comments(7)).toHaveLength(1)
    expect(github.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1)
    expect(github.comments(7)[0]?.body).toContain('1 error in the files this pull request changes')
  })

  it('says the same plan in French with language: fr, under the same marker and digest', async () => {
    const { github, run } = await pullRequest({ [ORDER_1002]: order1002() }, [ORDER_1002])
    const english = await run({ 'github-token': 't' })
    const [englishComment] = github.comments(7)
    const french = await run({ 'github-token': 't', language: 'fr' }, undefined, '4243')
    expect(french.code).toBe(0)
    // The outputs and the JSON report's fields do not depend on the language.
    expect(french.outputs['plan-digest']).toBe(english.outputs['plan-digest'])
    expectGolden('pull-request-summary-fr.md', french.summary)
    const comment = github.comments(7)
    expect(comment).toHaveLength(1)
    expectGolden('pull-request-comment-fr.md', comment[0]?.body ?? '')
    // The merge run finds the comment by its marker and reads the digest line, in any language.
    const lines = (body: string | undefined) => (body ?? '').split('\n')
    expect(lines(comment[0]?.body)[0]).toBe(lines(englishComment?.body)[0])
    expect(lines(comment[0]?.body)[2]).toBe(lines(englishComment?.body)[2])
    expect(comment[0]?.body).toContain('Plan d’inscription Autopilot')
  })

  it('escapes what comes from the CSV: a serial with a pipe, a backtick, HTML and a mention renders as text', async () => {
    const { github, run } = await pullRequest({ [ORDER_1002]: order1002() }, [ORDER_1002])
    const result = await run({ 'github-token': 't' })
    for (const markdown of [result.summary, github.comments(7)[0]?.body ?? '']) {
      expect(markdown).not.toContain('<script>')
      expect(markdown).not.toContain('@octocat')
      expect(markdown).not.toContain('SER|1')
      expect(markdown).toContain(
        'SER&#124;1&#96;&#60;script&#62;alert(1)&#60;/script&#62;&#64;octocat',
      )
    }
  })

  it('works from a fork: no comment, said in the summary, the check still decided', async () => {
    const { github, run } = await pullRequest({ [ORDER_1002]: order1002() }, [ORDER_1002], {
      readOnly: true,
    })
    const result = await run({ 'github-token': 't' })
    expect(result.code).toBe(0)
    expect(result.summary).toContain(
      'No pull request comment: the token cannot write to this pull request',
    )
    expect(github.comments(7)).toHaveLength(0)
  })

  it('falls back to git for the changed files when the API fails', async () => {
    const { run } = await pullRequest({ [ORDER_1002]: order1002() }, [], { failFileListing: true })
    const result = await run({ 'github-token': 't', comment: 'false' })
    expect(result.code).toBe(0)
    expect(result.summary).toContain('Changed files: git diff')
    expect(JSON.parse(readFileSync(result.outputs.report ?? '', 'utf8')).changedFiles).toEqual([
      ORDER_1002,
    ])
  })

  it('pages through a long list of pull request files', async () => {
    const many = Array.from({ length: 250 }, (_, i) => `docs/page-${i}.md`)
    const { github, run } = await pullRequest({ [ORDER_1002]: order1002() }, [...many, ORDER_1002])
    const result = await run({ 'github-token': 't', comment: 'false' })
    expect(github.requests.map((r) => r.path)).toEqual([
      '/repos/partner/autopilot-devices/pulls/7/files?per_page=100',
      '/repos/partner/autopilot-devices/pulls/7/files?per_page=100&page=2',
      '/repos/partner/autopilot-devices/pulls/7/files?per_page=100&page=3',
    ])
    expect(JSON.parse(readFileSync(result.outputs.report ?? '', 'utf8')).changedFiles).toContain(
      ORDER_1002,
    )
  })

  it('blocks a customer whose registration record the pull request edits', async () => {
    const tampered = BASE_RECORD.replace('"failed"', '"registered"')
    const { run } = await pullRequest({ [RECORD]: tampered }, [RECORD], {
      pullRequestFiles: { 7: [{ filename: RECORD, status: 'modified' }] },
    })
    const result = await run({ 'github-token': 't', comment: 'false' })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      `::error title=AP606 error,file=${RECORD},line=1,col=1::this change edits the registration record`,
    )
    expect(result.outputs['to-register']).toBe('0')
  })

  it('does not take over a comment in which a person pasted the marker', async () => {
    const pasted = {
      id: 1,
      body: '<!-- autopilot-gitops:plan -->\nlooks good',
      user: { login: 'reviewer', type: 'User' },
    }
    const { github, run } = await pullRequest({ [ORDER_1002]: order1002() }, [ORDER_1002], {
      comments: { 7: [pasted] },
    })
    await run({ 'github-token': 't' })
    expect(
      github
        .comments(7)
        .map((c) => [
          c.user.login,
          c.body.startsWith('<!-- autopilot-gitops:plan -->\n<!-- content '),
        ]),
    ).toEqual([
      ['reviewer', false],
      ['github-actions[bot]', true],
    ])
    expect(github.comments(7)[0]?.body).toBe(pasted.body)
  })
})
