import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runnerRecords } from '../../src/action/records-store.js'
import { type RegistrationProgress, runContext } from '../../src/context/run-context.js'
import { gitHubRepository } from '../../src/github/repository.js'
import { RegistrationRecordSchema } from '../../src/ledger/record-schema.js'
import { PartnerCenterClient } from '../../src/partner-center/client.js'
import { localRepository } from '../../src/repo/local-repository.js'
import { workingTreeRecords } from '../../src/repo/working-tree-records.js'
import {
  type SandboxOptions,
  startPartnerCenterSandbox,
} from '../../src/sandbox/partner-center-sandbox.js'
import type { RecordsStore } from '../../src/use-cases/ports.js'
import { planMerge, registerMerge } from '../../src/use-cases/register-merge.js'
import { startFakeGitHub } from '../fakes/fake-github.js'
import { gitRepository } from '../helpers/git-repo.js'
import { customerYml, device, gwaiFile } from '../helpers/synthetic.js'

// The merge run as a use case, in process: a git repository in a temp folder, the Partner
// Center sandbox and a fake GitHub on 127.0.0.1, and the run's results read as values.

const CUSTOMER = '8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60'

let cleanup: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const close of cleanup) await close()
  cleanup = []
})

async function setUp(options: SandboxOptions = {}) {
  const repo = gitRepository({
    'customers/contoso/customer.yml': customerYml({ name: 'Contoso', customerId: CUSTOMER }),
  })
  const head = repo.commit(
    { 'customers/contoso/devices/order-1.csv': gwaiFile([device(1), device(2), device(3)]) },
    'order',
  )
  const server = await startPartnerCenterSandbox({ pollsToFinish: 1, ...options })
  cleanup.push(server.close)
  let signIns = 0
  const partnerCenter = () => {
    signIns += 1
    const client = new PartnerCenterClient({
      baseUrl: server.url,
      tokens: { getToken: async () => 'app-and-user-token' },
      version: 'test',
      sleep: async () => {},
    })
    return { client, appUser: true }
  }
  const progress: RegistrationProgress[] = []
  const context = runContext({ sleep: async () => {}, progress: (p) => progress.push(p) })
  const input = {
    repository: localRepository({ root: repo.root, topLevel: repo.root }),
    commit: head,
    github: null,
    settings: { retryFailed: false, concurrency: 4, pollTimeoutMinutes: 1 },
    context,
  }
  return { repo, head, server, partnerCenter, input, progress, signIns: () => signIns }
}

describe('registerMerge, in process', () => {
  it('registers the plan, writes one record per customer, tells its progress, and sends nothing twice', async () => {
    const { repo, server, partnerCenter, input, progress } = await setUp()
    const told: string[] = []
    const records = workingTreeRecords({ root: repo.root, told: (file) => told.push(file) })
    const report = await registerMerge({ ...input, partnerCenter, records })

    expect(report.run.customers.map((c) => c.devices.map((d) => d.status))).toEqual([
      ['registered', 'registered', 'registered'],
    ])
    expect(report.place).toEqual({ kind: 'working-tree' })
    const [record] = report.records
    expect(record?.path).toMatch(
      /^customers\/contoso\/registrations\/\d{8}T\d{9}Z-[0-9a-f]{7}-[0-9a-f]{8}\.json$/,
    )
    const onDisk = RegistrationRecordSchema.parse(
      JSON.parse(readFileSync(path.join(repo.root, record?.path ?? ''), 'utf8')),
    )
    expect(onDisk.devices.map((d) => d.serialNumber)).toEqual(
      [1, 2, 3].map((n) => device(n).serialNumber),
    )
    // The upload was still being processed once sending was over: its in-progress record came first.
    expect(told).toEqual([record?.path.replace('.json', '-in-progress.json')])
    const last = progress.at(-1)?.customers
    expect(last).toEqual([
      {
        slug: 'contoso',
        groupTag: 'Microsoft365Managed_Autopilot',
        devices: 3,
        sent: 3,
        processed: 3,
        pending: 0,
      },
    ])
    expect(progress.some((p) => p.customers[0]?.pending === 3)).toBe(true)

    repo.git('add', '-A')
    repo.git('commit', '-q', '-m', 'records')
    const again = await registerMerge({
      ...input,
      commit: repo.git('rev-parse', 'HEAD'),
      partnerCenter,
      records: workingTreeRecords({ root: repo.root, told: () => {} }),
    })
    expect(again.records).toEqual([])
    expect(server.calls.filter((c) => c.method === 'POST')).toHaveLength(1)
  })

  it('plans a dry run without signing in or calling Partner Center', async () => {
    const { server, input, signIns } = await setUp()
    const report = await planMerge(input)
    expect(report.plan.customers[0]?.counts.register).toBe(3)
    expect(report.run.customers).toEqual([])
    expect(report.place).toEqual({ kind: 'none' })
    expect(server.calls).toEqual([])
    expect(signIns()).toBe(0)
  })

  it('sends nothing when the records store refuses to start, and says why', async () => {
    const { server, partnerCenter, input, signIns } = await setUp()
    const refusing: RecordsStore = {
      check: async () => {
        throw new Error('customers/ has changes that are not committed')
      },
      keepInProgress: async () => {},
      deliver: async () => ({ place: { kind: 'none' } }),
    }
    await expect(registerMerge({ ...input, partnerCenter, records: refusing })).rejects.toThrow(
      'customers/ has changes that are not committed',
    )
    expect(server.calls).toEqual([])
    expect(signIns()).toBe(0)
  })

  it('records as pending what a cancelled run uploaded, without waiting for Partner Center', async () => {
    const { partnerCenter, input, repo } = await setUp({ pollsToFinish: 100 })
    const cancel = new AbortController()
    const context = runContext({
      // The first pause between polls is where a person presses Ctrl+C.
      sleep: async () => cancel.abort(),
      signal: cancel.signal,
    })
    const report = await registerMerge({
      ...input,
      context,
      partnerCenter,
      records: workingTreeRecords({ root: repo.root, told: () => {} }),
    })
    const devices = report.run.customers[0]?.devices ?? []
    expect(devices.map((d) => d.status)).toEqual(['pending', 'pending', 'pending'])
    expect(new Set(devices.map((d) => d.trackingId)).size).toBe(1)
  })

  it('reads the approvals from GitHub and commits the records there, through the runner’s records store', async () => {
    const { head, partnerCenter, input, repo } = await setUp()
    const gh = await startFakeGitHub({
      git: { branch: 'main', headSha: head },
      merged: [
        {
          number: 12,
          sha: head,
          base: 'main',
          mergedBy: 'merger',
          reviews: [{ user: 'reviewer', state: 'APPROVED' }],
        },
      ],
    })
    cleanup.push(gh.close)
    const github = gitHubRepository({
      token: 'ghs_use-case-token',
      apiUrl: gh.url,
      fullName: 'partner/autopilot-devices',
      branch: 'main',
    })
    const tempDir = path.join(repo.root, '..', `${path.basename(repo.root)}-temp`)
    const records = runnerRecords({
      github,
      prefix: '',
      tempDir,
      runStamp: '9-1',
      commit: head,
      context: input.context,
    })
    const report = await registerMerge({ ...input, github, partnerCenter, records })
    expect(report.place.kind).toBe('commit')
    expect(report.reviewed.map((r) => [r.number, r.approvedBy, r.mergedBy])).toEqual([
      [12, ['reviewer'], 'merger'],
    ])
    const committed = [...(gh.git?.filesAt('main') ?? new Map<string, string>())]
    const final = committed.find(([name]) => /Z-[0-9a-f]{7}-[0-9a-f]{8}\.json$/.test(name))
    const record = RegistrationRecordSchema.parse(JSON.parse(final?.[1] ?? '{}'))
    expect([record.approvedBy, record.mergedBy, record.pullRequests]).toEqual([
      ['reviewer'],
      'merger',
      [12],
    ])
    expect(report.recordsCopy).toBe(path.join(tempDir, 'autopilot-gitops-records-9-1'))
  })
})
