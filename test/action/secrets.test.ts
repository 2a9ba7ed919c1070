import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { SANDBOX_APP } from '../../src/sandbox/start-sandbox.js'
import type { FakeGitHubOptions } from '../fakes/fake-github.js'
import { gitRepository } from '../helpers/git-repo.js'
import { type ActionRun, runActionBundle, writeEvent } from '../helpers/run-dist.js'
import { secretsIn } from '../helpers/surfaces.js'
import { device, gwaiFile } from '../helpers/synthetic.js'
import {
  closeAll,
  contoso,
  customers,
  github,
  pushRun,
  REPOSITORY,
  sandboxWith,
} from './register-setup.js'

// The bundled action against services that quote the request in what they say (echo servers on
// 127.0.0.1): the token endpoint, Partner Center and GitHub. No secret or token may appear in
// stdout, stderr, the summary, the outputs, a comment, a record or the records' copy.

afterEach(closeAll)

/** Every file under a folder, as text. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'utf8'))
}

/** Everything a run left where someone can read it, but for the runner's ::add-mask:: lines. */
function everything(run: ActionRun, gh: Awaited<ReturnType<typeof github>>): string {
  return [
    run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n'),
    run.stderr,
    run.summary,
    JSON.stringify(run.outputs),
    ...[7].flatMap((n) => gh.comments(n).map((c) => c.body)),
    ...[...(gh.git?.filesAt('main') ?? new Map<string, string>()).values()],
    ...filesUnder(run.temp),
  ].join('\n')
}

const merged = (head: string): FakeGitHubOptions => ({
  echoRequests: true,
  git: { branch: 'main', headSha: head },
  merged: [
    {
      number: 7,
      sha: head,
      base: 'main',
      mergedBy: 'lead',
      reviews: [{ user: 'a', state: 'APPROVED' }],
    },
  ],
})

function contosoOrder() {
  const repo = gitRepository(customers(contoso))
  const head = repo.commit(
    { 'customers/contoso/devices/order-1.csv': gwaiFile([device(1), device(2)]) },
    'order',
  )
  return { repo, head }
}

describe('the action against services that echo the request', () => {
  it('a refused sign-in whose description quotes the client secret and the refresh token', async () => {
    const { repo, head } = contosoOrder()
    const sandbox = await sandboxWith({
      echoRequests: true,
      apps: [{ clientId: SANDBOX_APP.clientId, clientSecret: 'another-client-secret-0123' }],
    })
    const gh = await github(merged(head))
    const run = await pushRun(repo, head, gh.url, sandbox)
    expect(run.code).toBe(1)
    // The echo came back and was redacted, in the summary and in the merged pull request's comment.
    const [comment] = gh.comments(7)
    for (const markdown of [run.summary, comment?.body ?? '']) {
      expect(markdown).toContain('AADSTS7000215')
      expect(markdown).toContain('client&#95;secret=&#91;redacted&#93;')
    }
    expect(secretsIn(everything(run, gh))).toEqual([])
  })

  it("Partner Center's per-device descriptions and errors, GitHub refusing the commit and the comment", async () => {
    const { repo, head } = contosoOrder()
    const sandbox = await sandboxWith({
      echoRequests: true,
      failDevices: { errorCode: '', errorDescription: 'ProxyError' },
    })
    const gh = await github({
      ...merged(head),
      failRequests: /^(PATCH \S*\/git\/refs\/|POST \S*\/issues\/7\/comments$)/,
    })
    const run = await pushRun(repo, head, gh.url, sandbox)
    expect(run.code).toBe(1)
    expect(run.outputs['records-commit']).toBe('')
    // The records are in the runner's temp folder only, with Partner Center's words redacted.
    const copies = filesUnder(run.temp).filter((text) => text.includes('"devices"'))
    expect(copies.length).toBeGreaterThan(0)
    for (const copy of copies) {
      for (const d of JSON.parse(copy).devices)
        expect(d.errorName).toMatch(
          /^ProxyError \(request GET .* with Authorization: \[redacted\]\)$/,
        )
    }
    expect(run.summary).toContain('Not committed: GitHub refused them: Server Error (request PATCH')
    expect(run.stdout).toMatch(/^::warning::Could not comment on pull request #7: .*\[redacted\]/m)
    expect(secretsIn(everything(run, gh))).toEqual([])
  })

  it('records committed from an echoing Partner Center hold no token', async () => {
    const { repo, head } = contosoOrder()
    const sandbox = await sandboxWith({
      echoRequests: true,
      failDevices: { errorCode: '899', errorDescription: 'Authorization: Bearer echoed' },
    })
    const gh = await github(merged(head))
    const run = await pushRun(repo, head, gh.url, sandbox)
    expect(run.code).toBe(1)
    expect(run.outputs['records-commit']).toMatch(/^[0-9a-f]{40}$/)
    const records = [...(gh.git?.filesAt('main') ?? new Map<string, string>())].filter(([name]) =>
      name.includes('/registrations/'),
    )
    expect(records.length).toBeGreaterThan(0)
    for (const [, text] of records)
      for (const d of JSON.parse(text).devices)
        expect(d.errorCode === null || d.errorCode === '899').toBe(true)
    expect(secretsIn(everything(run, gh))).toEqual([])
  })

  it('a pull request whose file list and comment GitHub refuses, quoting the token', async () => {
    const { repo, head } = contosoOrder()
    const gh = await github({
      echoRequests: true,
      failFileListing: true,
      failRequests: /^POST \S*\/issues\/7\/comments$/,
    })
    const event = writeEvent({
      pull_request: { number: 7, base: { sha: repo.base }, head: { sha: head } },
      repository: REPOSITORY,
    })
    const run = await runActionBundle({ 'github-token': 'ghs_secret-token-value' }, repo.root, {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_API_URL: gh.url,
      GITHUB_REPOSITORY: 'partner/autopilot-devices',
    })
    expect(run.code).toBe(0)
    // GitHub's words are in the summary's note, redacted, then escaped.
    expect(run.summary).toMatch(
      /the GitHub API failed: Server Error \(request GET .*Authorization: &#91;redacted&#93;/,
    )
    expect(run.stdout).toMatch(
      /^::warning::Could not write the pull request comment: .*\[redacted\]/m,
    )
    expect(secretsIn(everything(run, gh))).toEqual([])
  })
})
