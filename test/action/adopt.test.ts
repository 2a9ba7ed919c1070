import { afterEach, describe, expect, it } from 'vitest'
import { SANDBOX_APP } from '../../src/sandbox/start-sandbox.js'
import { gitRepository } from '../helpers/git-repo.js'
import { runActionBundle, writeEvent } from '../helpers/run-dist.js'
import { device, gwaiFile } from '../helpers/synthetic.js'
import {
  closeAll,
  contoso,
  customers,
  github,
  REPOSITORY,
  sandboxWith,
  signInInputs,
  TAG,
} from './register-setup.js'

afterEach(closeAll)

const byHand = (n: number) => ({
  serialNumber: `HAND-${n}`,
  oemManufacturerName: 'Contoso Devices',
  modelName: 'Book 1',
})

describe('command: adopt (dist/index.js)', () => {
  it('opens a pull request with the device file and the adoption record, which the plan check accepts', async () => {
    const repo = gitRepository({
      ...customers(contoso),
      'customers/contoso/devices/order-1.csv': gwaiFile([device(1)]),
    })
    const head = repo.base
    const sandbox = await sandboxWith({
      seed: {
        customers: {
          [contoso.customerId]: {
            batches: {
              [TAG]: [
                byHand(1),
                byHand(2),
                byHand(3),
                { serialNumber: 'SYN00001X', oemManufacturerName: 'Fabrikam', modelName: 'x' },
              ],
            },
          },
        },
      },
    })
    const gh = await github({ git: { branch: 'main', headSha: head } })
    const event = writeEvent({ inputs: { customer: 'contoso' }, repository: REPOSITORY })
    const run = await runActionBundle(
      {
        command: 'adopt',
        customer: 'contoso',
        'github-token': 'ghs_adopt-token-value',
        ...signInInputs(sandbox),
        'refresh-token': SANDBOX_APP.refreshToken,
      },
      repo.root,
      {
        GITHUB_EVENT_NAME: 'workflow_dispatch',
        GITHUB_EVENT_PATH: event,
        GITHUB_REF: 'refs/heads/main',
        GITHUB_SHA: head,
        GITHUB_API_URL: gh.url,
        GITHUB_REPOSITORY: 'partner/autopilot-devices',
        NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS ?? '',
      },
    )
    expect(run.code).toBe(0)
    expect(run.outputs.adopted).toBe('4')
    expect(run.summary).toContain(
      'contoso (Microsoft365Managed_Autopilot): 3 adopted into a new device file, 1 recorded',
    )
    // Read-only and app-only: no refresh token redeemed, only GETs.
    expect(
      sandbox.partnerCenter.calls.every((c) => c.method === 'GET' && c.appUser === false),
    ).toBe(true)
    expect(sandbox.tokens.requests.some((r) => r.grantType === 'refresh_token')).toBe(false)
    const [pull, ...others] = gh.git?.pulls ?? []
    expect(others).toEqual([])
    expect(pull?.head).toMatch(/^autopilot-gitops\/adopt-contoso-[0-9a-f]{8}$/)
    expect(pull?.base).toBe('main')
    expect(run.outputs['adoption-pull-request']).not.toBe('')
    // main itself is untouched until the pull request is merged.
    expect(gh.git?.refs.get('heads/main')).toBe(head)
    const files = gh.git?.trees.get(
      gh.git.commits.get(gh.git.refs.get(`heads/${pull?.head}`) ?? '')?.tree ?? '',
    )
    const names = [...(files?.keys() ?? [])].sort()
    expect(names).toHaveLength(2)
    expect(names[0]).toMatch(/^customers\/contoso\/devices\/adopted-\d{8}\.csv$/)
    expect(names[1]).toMatch(
      /^customers\/contoso\/registrations\/\d{8}T\d{9}Z-[0-9a-f]{7}-[0-9a-f]{8}\.json$/,
    )

    // The plan check on that pull request: opened by the run, its record is accepted.
    const adoptionHead = repo.commit(Object.fromEntries(files ?? new Map()), 'adopt contoso')
    const planEvent = writeEvent({
      pull_request: {
        number: pull?.number,
        base: { sha: head },
        head: { sha: adoptionHead, ref: pull?.head },
        user: { login: 'github-actions[bot]', type: 'Bot' },
      },
      repository: REPOSITORY,
    })
    const api = await github({
      pullRequestFiles: {
        [pull?.number ?? 0]: names.map((filename) => ({ filename, status: 'added' })),
      },
    })
    const plan = await runActionBundle({ 'github-token': 'ghs_register-token-value' }, repo.root, {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: planEvent,
      GITHUB_API_URL: api.url,
    })
    expect(plan.summary).toContain('This is the adoption pull request')
    expect(plan.outputs).toMatchObject({ errors: '0', 'to-register': '0' })
    expect(plan.code).toBe(0)
  }, 60_000)
})
