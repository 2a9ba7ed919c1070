import { afterEach, describe, expect, it } from 'vitest'
import { runContext } from '../../src/context/run-context.js'
import { gitHubRepository } from '../../src/github/repository.js'
import { english } from '../../src/messages/catalogue.js'
import { PartnerCenterClient } from '../../src/partner-center/client.js'
import { localRepository } from '../../src/repo/local-repository.js'
import { startPartnerCenterSandbox } from '../../src/sandbox/partner-center-sandbox.js'
import { planPullRequest } from '../../src/use-cases/plan-pull-request.js'
import { startFakeGitHub } from '../fakes/fake-github.js'
import { gitRepository } from '../helpers/git-repo.js'
import {
  csvBytes,
  customerYml,
  device,
  GWAI_HEADER,
  gwaiFile,
  hashOf,
} from '../helpers/synthetic.js'

// The pull request run as a use case, in process, against a fake GitHub and the sandbox.

const CUSTOMER = '8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60'

let cleanup: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const close of cleanup) await close()
  cleanup = []
})

/** A pull request adding a good device file, on a main whose old file has a broken row (unless `clean`). */
function pullRequestRepo(clean = false) {
  const repo = gitRepository({
    'customers/contoso/customer.yml': customerYml({ name: 'Contoso', customerId: CUSTOMER }),
    ...(clean
      ? {}
      : { 'customers/contoso/devices/old.csv': csvBytes([GWAI_HEADER, 'SYN-OLD,,not-a-hash']) }),
  })
  const head = repo.commit(
    { 'customers/contoso/devices/new.csv': gwaiFile([device(1), device(2)]) },
    'new order',
  )
  const pullRequest = { number: 7, baseSha: repo.base, headSha: head }
  return {
    repo,
    pullRequest,
    repository: localRepository({ root: repo.root, topLevel: repo.root }),
  }
}

/** A client of the sandbox, signed in as the app, that does not wait when it backs off. */
const clientOf = (server: { url: string }) =>
  new PartnerCenterClient({
    baseUrl: server.url,
    tokens: { getToken: async () => 'app-token' },
    version: 'test',
    sleep: async () => {},
  })

describe('planPullRequest, in process', () => {
  it('lists the changed files through GitHub, and counts findings in those files only', async () => {
    const { pullRequest, repository } = pullRequestRepo()
    const gh = await startFakeGitHub({
      pullRequestFiles: { 7: [{ filename: 'customers/contoso/devices/new.csv', status: 'added' }] },
    })
    cleanup.push(gh.close)
    const github = gitHubRepository({
      token: 'ghs_plan-token',
      apiUrl: gh.url,
      fullName: 'partner/autopilot-devices',
      branch: 'new-order',
    })
    const result = await planPullRequest({
      repository,
      pullRequest,
      github,
      partnerCenter: null,
      context: runContext(),
    })
    expect(result.changesSource).toEqual({ kind: 'api' })
    expect(result.report.changedFiles).toEqual(['customers/contoso/devices/new.csv'])
    // The old file's broken row is listed, but does not count against this pull request.
    expect(result.report.summary.errors).toBe(0)
    expect(result.report.findings.some((f) => f.preExisting && f.severity === 'error')).toBe(true)
    expect(result.partnerCenter).toBeNull()
    expect(gh.requests.map((r) => `${r.method} ${r.path.split('?')[0]}`)).toEqual([
      'GET /repos/partner/autopilot-devices/pulls/7/files',
    ])
  })

  it('falls back to git when GitHub fails, and says why', async () => {
    const { pullRequest, repository } = pullRequestRepo()
    const gh = await startFakeGitHub({ failFileListing: true })
    cleanup.push(gh.close)
    const warnings: string[] = []
    const result = await planPullRequest({
      repository,
      pullRequest,
      github: gitHubRepository({
        token: 'ghs_plan-token',
        apiUrl: gh.url,
        fullName: 'partner/autopilot-devices',
        branch: 'x',
      }),
      partnerCenter: null,
      context: runContext({ warn: (message) => warnings.push(message) }),
    })
    expect(result.changesSource.kind).toBe('git')
    expect(result.report.changedFiles).toEqual(['customers/contoso/devices/new.csv'])
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/^Could not list the pull request's files through the GitHub API: /)
  })

  it('counts every file when neither GitHub nor git can say what changed', async () => {
    const { pullRequest, repository } = pullRequestRepo()
    const result = await planPullRequest({
      repository,
      pullRequest: { ...pullRequest, baseSha: 'f'.repeat(40) },
      github: null,
      partnerCenter: null,
      context: runContext(),
    })
    expect(result.changesSource).toEqual({ kind: 'none', apiProblem: 'no github-token' })
    expect(result.report.changedFiles).toBeNull()
    expect(result.report.summary.errors).toBeGreaterThan(0)
  })

  it('marks, read-only, the devices Partner Center already has, and never fails for Partner Center', async () => {
    const { pullRequest, repository } = pullRequestRepo(true)
    const server = await startPartnerCenterSandbox({ pollsToFinish: 0 })
    cleanup.push(server.close)
    const client = clientOf(server)
    const upload = await client.createDeviceBatch(CUSTOMER, 'Microsoft365Managed_Autopilot', [
      { serialNumber: device(1).serialNumber, hardwareHash: hashOf(device(1)) },
    ])
    // Partner Center lists a device in its batch once it has processed the upload.
    expect((await client.getUploadStatus(CUSTOMER, upload)).status).toBe('finished')
    const before = server.calls.length
    const result = await planPullRequest({
      repository,
      pullRequest,
      github: null,
      partnerCenter: () => ({ client, appUser: false }),
      context: runContext(),
    })
    expect(result.partnerCenter).toEqual({ kind: 'asked', customers: 1, found: 1, problems: [] })
    expect(server.calls.slice(before).every((c) => c.method === 'GET')).toBe(true)

    const failing = await planPullRequest({
      repository,
      pullRequest,
      github: null,
      partnerCenter: () => {
        throw new Error('sign-in refused')
      },
      context: runContext(),
    })
    expect(failing.partnerCenter).toEqual({ kind: 'failed', reason: 'sign-in refused' })
    expect(failing.report.digest).toBe(result.report.digest)
  })

  it('does not look through a batch of more than 1,000 devices, and says so', async () => {
    const { pullRequest, repository } = pullRequestRepo(true)
    const held = Array.from({ length: 1001 }, (_, i) => ({
      serialNumber: `HELD${String(i).padStart(6, '0')}`,
      oemManufacturerName: 'Fabrikam',
      modelName: 'Fabrikam Laptop 14',
    }))
    const server = await startPartnerCenterSandbox({
      seed: { customers: { [CUSTOMER]: { batches: { Microsoft365Managed_Autopilot: held } } } },
    })
    cleanup.push(server.close)
    const client = clientOf(server)
    const result = await planPullRequest({
      repository,
      pullRequest,
      github: null,
      partnerCenter: () => ({ client, appUser: false }),
      context: runContext(),
    })
    // One call: the list of batches, which gives each batch's size.
    expect(server.calls.map((c) => c.path.split('/').at(-1))).toEqual(['deviceBatches'])
    expect(result.partnerCenter).toMatchObject({ kind: 'asked', customers: 1, found: 0 })
    const problems = result.partnerCenter?.kind === 'asked' ? result.partnerCenter.problems : []
    expect(problems.map(english)).toEqual([
      expect.stringMatching(
        /its batch holds 1,001 devices, more than a pull request looks through \(1,000, 10 calls\)/,
      ),
    ])
  })
})
