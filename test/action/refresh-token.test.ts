import { afterEach, describe, expect, it } from 'vitest'
import { SANDBOX_APP } from '../../src/sandbox/start-sandbox.js'
import { gitRepository } from '../helpers/git-repo.js'
import { device, gwaiFile } from '../helpers/synthetic.js'
import {
  checkOut,
  closeAll,
  contoso,
  customers,
  github,
  pushRun,
  sandboxWith,
  uploads,
} from './register-setup.js'

afterEach(closeAll)

const SECRETS_TOKEN = 'ghs_secrets-writer-token-value'
const STORED = 'partner-center/PARTNER_CENTER_REFRESH_TOKEN'

/** Contoso's first order merged, its batch new: creating it is App+User, from the stored token. */
async function newCustomerMerged(secrets: Parameters<typeof github>[0]['secrets']) {
  const repo = gitRepository(customers(contoso))
  const head = repo.commit(
    { 'customers/contoso/devices/order-1.csv': gwaiFile([device(1)]) },
    'order',
  )
  const sandbox = await sandboxWith()
  const gh = await github({
    git: { branch: 'main', headSha: head },
    ...(secrets ? { secrets } : {}),
  })
  return { repo, head, sandbox, gh }
}

describe('the stored refresh token (dist/index.js, register)', () => {
  it('stores the refresh token Entra hands back in its environment secret, and the next run signs in with it', async () => {
    const { repo, head, sandbox, gh } = await newCustomerMerged({
      token: SECRETS_TOKEN,
      environments: ['partner-center'],
    })
    const run = await pushRun(repo, head, gh.url, sandbox, { 'secrets-token': SECRETS_TOKEN })
    expect(run.code).toBe(0)
    expect(uploads(sandbox)).toHaveLength(1)
    const renewed = gh.secrets?.values.get(STORED)
    expect(renewed).toMatch(/^sandbox\.refresh\./)
    expect(renewed).not.toBe(SANDBOX_APP.refreshToken)
    expect(run.summary).toContain('The stored refresh token was redeemed, and the new one')
    expect(run.summary).toContain(
      '<code>PARTNER&#95;CENTER&#95;REFRESH&#95;TOKEN</code> of the environment <code>partner-center</code>',
    )
    // The runner takes `::add-mask::` lines as orders, never as log: the rest never holds it.
    const logged = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'))
    expect(run.stdout).toContain(`::add-mask::${renewed}`)
    for (const surface of [logged.join('\n'), run.stderr, run.summary, JSON.stringify(run.outputs)])
      expect(surface).not.toContain(renewed)
    // Only GitHub's sealed box carried it: the secrets token wrote, the workflow token did not.
    const puts = gh.requests.filter((r) => r.method === 'PUT')
    expect(puts.map((r) => [r.path, r.authorization])).toEqual([
      [
        '/repos/partner/autopilot-devices/environments/partner-center/secrets/PARTNER_CENTER_REFRESH_TOKEN',
        `token ${SECRETS_TOKEN}`,
      ],
    ])
    expect(JSON.stringify(puts[0]?.body)).not.toContain(renewed)

    // A new customer on the next merge: the batch is created with the renewed token alone.
    checkOut(repo, gh.git?.filesAt('main') ?? new Map())
    const next = repo.commit(
      {
        ...customers({ slug: 'fabrikam', customerId: '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0' }),
        'customers/fabrikam/devices/order-1.csv': gwaiFile([device(2)]),
      },
      'fabrikam',
    )
    const gh2 = await github({
      git: { branch: 'main', headSha: next },
      secrets: { token: SECRETS_TOKEN, environments: ['partner-center'] },
    })
    const again = await pushRun(repo, next, gh2.url, sandbox, {
      'refresh-token': renewed ?? '',
      'secrets-token': SECRETS_TOKEN,
    })
    expect(again.code).toBe(0)
    expect(again.outputs.registered).toBe('1')
    expect(uploads(sandbox)).toHaveLength(2)
    expect(gh2.secrets?.values.get(STORED)).toMatch(/^sandbox\.refresh\./)
    expect(gh2.secrets?.values.get(STORED)).not.toBe(renewed)
  }, 60_000)

  it('renews the token on a run that sends nothing, so a quiet repository keeps it alive', async () => {
    const repo = gitRepository(customers(contoso))
    const head = repo.commit({ 'README.md': 'docs only' }, 'docs')
    const sandbox = await sandboxWith()
    const gh = await github({
      git: { branch: 'main', headSha: head },
      secrets: { token: SECRETS_TOKEN, environments: ['partner-center'] },
    })
    const run = await pushRun(repo, head, gh.url, sandbox, { 'secrets-token': SECRETS_TOKEN })
    expect(run.code).toBe(0)
    expect(sandbox.partnerCenter.calls).toEqual([])
    expect(sandbox.tokens.requests.filter((r) => r.grantType === 'refresh_token')).toHaveLength(1)
    expect(gh.secrets?.values.get(STORED)).toMatch(/^sandbox\.refresh\./)
  }, 60_000)

  it('warns without secrets-token, and says when the stored token was last replaced if GitHub tells', async () => {
    const { repo, head, sandbox, gh } = await newCustomerMerged({
      // The workflow token may read the secret's date here (a GitHub App's token, say).
      token: 'ghs_register-token-value',
      environments: ['partner-center'],
      existing: { [STORED]: { updatedAt: '2026-09-02T08:00:00Z' } },
    })
    const run = await pushRun(repo, head, gh.url, sandbox)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('::warning::The stored refresh token is not being renewed')
    expect(run.summary).toContain('is not being renewed')
    expect(run.summary).toContain(
      'It was last replaced on Sep 2, 2026, so it stops working about Dec 1, 2026.',
    )
    expect(gh.requests.filter((r) => r.method === 'PUT')).toEqual([])
  }, 60_000)

  it('says so when the date is unknown: the workflow token may not read secrets', async () => {
    const { repo, head, sandbox, gh } = await newCustomerMerged({
      token: SECRETS_TOKEN,
      environments: ['partner-center'],
    })
    const run = await pushRun(repo, head, gh.url, sandbox)
    expect(run.code).toBe(0)
    expect(run.summary).toContain('When it was last replaced is unknown')
  }, 60_000)

  it('registers all the same when the secret cannot be stored, and says why', async () => {
    const { repo, head, sandbox, gh } = await newCustomerMerged({
      token: 'another-token-entirely',
      environments: ['partner-center'],
    })
    const run = await pushRun(repo, head, gh.url, sandbox, { 'secrets-token': SECRETS_TOKEN })
    expect(run.code).toBe(0)
    expect(run.outputs.registered).toBe('1')
    expect(run.summary).toContain('The stored refresh token could not be renewed')
    expect(run.summary).toContain('Resource not accessible by integration')
    expect(run.stdout).toContain('::warning::The stored refresh token could not be renewed')
  }, 60_000)

  it('names an environment the repository lacks', async () => {
    const { repo, head, sandbox, gh } = await newCustomerMerged({
      token: SECRETS_TOKEN,
      environments: ['partner-center'],
    })
    const run = await pushRun(repo, head, gh.url, sandbox, {
      'secrets-token': SECRETS_TOKEN,
      'refresh-token-environment': 'production',
    })
    expect(run.code).toBe(0)
    expect(run.summary).toContain('The stored refresh token could not be renewed')
    expect(run.summary).toContain('Not Found')
    expect(gh.secrets?.values.size).toBe(0)
  }, 60_000)
})
