import { readdirSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runContext } from '../../src/context/run-context.js'
import type { RecordFileOut } from '../../src/ledger/record-files.js'
import { recordFileName } from '../../src/ledger/record-schema.js'
import { PartnerCenterClient } from '../../src/partner-center/client.js'
import { localRepository } from '../../src/repo/local-repository.js'
import { workingTreeRecords } from '../../src/repo/working-tree-records.js'
import { startPartnerCenterSandbox } from '../../src/sandbox/partner-center-sandbox.js'
import type { RecordsStore } from '../../src/use-cases/ports.js'
import { registerMerge } from '../../src/use-cases/register-merge.js'
import { gitRepository } from '../helpers/git-repo.js'
import { recordOf } from '../helpers/records.js'
import { customerYml, device, gwaiFile, hashOf } from '../helpers/synthetic.js'

// What a registration keeps before and after each upload, so that a run killed at any moment
// leaves the next one what it needs to send nothing twice; and one run at a time on a checkout.

const CUSTOMER = '8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60'
const TAG = 'Microsoft365Managed_Autopilot'
const contoso = { slug: 'contoso', customerId: CUSTOMER }

let cleanup: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const close of cleanup) await close()
  cleanup = []
})

async function sandbox() {
  const server = await startPartnerCenterSandbox({ pollsToFinish: 1 })
  cleanup.push(server.close)
  const client = new PartnerCenterClient({
    baseUrl: server.url,
    tokens: { getToken: async () => 'app-and-user-token' },
    version: 'test',
    sleep: async () => {},
  })
  const accepted = () => server.calls.filter((c) => c.method === 'POST' && c.status === 202)
  return { server, client, accepted }
}

function input(root: string, commit: string, client: PartnerCenterClient) {
  return {
    repository: localRepository({ root, topLevel: root }),
    commit,
    github: null,
    settings: { retryFailed: false, concurrency: 4, pollTimeoutMinutes: 1 },
    context: runContext({ sleep: async () => {} }),
    partnerCenter: () => ({ client, appUser: true }),
  }
}

describe('the registration journal, in process', () => {
  it('keeps each upload before it goes (its devices and MS-RequestId) and its tracking id once accepted', async () => {
    const repo = gitRepository({
      'customers/contoso/customer.yml': customerYml({ name: 'Contoso', customerId: CUSTOMER }),
      'customers/contoso/devices/a.csv': gwaiFile([device(1), device(2)]),
    })
    const { client, accepted } = await sandbox()
    const kept: RecordFileOut[][] = []
    const records: RecordsStore = {
      check: async () => {},
      keepInProgress: async (files) => {
        kept.push([...files])
      },
      deliver: async () => ({ place: { kind: 'none' } }),
    }
    await registerMerge({ ...input(repo.root, repo.base, client), records })
    const states = kept.map((files) =>
      files.flatMap((f) => f.record.devices.map((d) => [d.status, d.trackingId, d.requestId])),
    )
    const [sentAs] = accepted().map((c) => c.requestId)
    const [trackingId] = kept.at(-1)?.[0]?.record.trackingIds ?? []
    expect(states).toEqual([
      // Before the POST: pending under the MS-RequestId it is about to carry, no tracking id yet.
      [
        ['pending', null, sentAs],
        ['pending', null, sentAs],
      ],
      // Once accepted, before anything else is sent: the tracking id.
      [
        ['pending', trackingId, undefined],
        ['pending', trackingId, undefined],
      ],
    ])
    // Both writes are the same in-progress file of this run, replaced.
    expect(new Set(kept.flat().map((f) => f.path)).size).toBe(1)
    expect(kept[0]?.[0]?.path).toMatch(/-[0-9a-f]{8}-in-progress\.json$/)
  })

  it('sends an upload that a killed run left without a tracking id again under its MS-RequestId: Partner Center answers with the first', async () => {
    const { client, accepted } = await sandbox()
    // The killed run: its POST landed, and it died before writing the tracking id.
    const requestId = '5d6c7b8a-9e0f-4a1b-8c2d-3e4f5a6b7c8d'
    await client.createDeviceBatch(
      CUSTOMER,
      TAG,
      [{ hardwareHash: hashOf(device(1)), serialNumber: device(1).serialNumber }],
      requestId,
    )
    const before = recordOf(contoso, [
      { device: device(1), source: 'customers/contoso/devices/a.csv:2', status: 'pending' },
    ])
    const devices = before.devices.map((d) => ({ ...d, requestId }))
    const name = recordFileName(new Date('2026-11-20T10:00:00.123Z'), 'a'.repeat(40), {
      id: '0badc0de',
      inProgress: true,
    })
    const repo = gitRepository({
      'customers/contoso/customer.yml': customerYml({ name: 'Contoso', customerId: CUSTOMER }),
      'customers/contoso/devices/a.csv': gwaiFile([device(1)]),
      [`customers/contoso/registrations/${name}`]: JSON.stringify({ ...before, devices }),
    })
    const records = workingTreeRecords({ root: repo.root, told: () => {} })
    const report = await registerMerge({ ...input(repo.root, repo.base, client), records })
    expect(report.run.customers[0]?.devices.map((d) => d.status)).toEqual(['registered'])
    // Two POSTs answered 202, one upload: the second carried the first one's MS-RequestId.
    expect(accepted().map((c) => c.requestId)).toEqual([requestId, requestId])
    expect(report.run.customers[0]?.trackingIds).toHaveLength(1)
  })

  it('names records to the millisecond with the run’s own id, so that two runs never share a name', () => {
    const at = new Date('2026-12-01T10:30:00.042Z')
    const a = recordFileName(at, 'c'.repeat(40), { id: '00000001' })
    const b = recordFileName(at, 'c'.repeat(40), { id: '00000002' })
    expect(a).toBe('20261201T103000042Z-ccccccc-00000001.json')
    expect(a).not.toBe(b)
    // The in-progress record sorts just before the final one of its run; a later millisecond after both.
    const progress = recordFileName(at, 'c'.repeat(40), { id: '00000001', inProgress: true })
    const later = recordFileName(new Date('2026-12-01T10:30:00.043Z'), '0'.repeat(40), {
      id: '00000000',
    })
    expect([later, a, progress].sort()).toEqual([progress, a, later])
  })

  it('refuses a second run on the same checkout while one runs, before sending anything', async () => {
    const repo = gitRepository({
      'customers/contoso/customer.yml': customerYml({ name: 'Contoso', customerId: CUSTOMER }),
      'customers/contoso/devices/a.csv': gwaiFile([device(1)]),
    })
    const { client, accepted } = await sandbox()
    const first = workingTreeRecords({ root: repo.root, told: () => {} })
    await first.check()
    await expect(
      registerMerge({
        ...input(repo.root, repo.base, client),
        records: workingTreeRecords({ root: repo.root, told: () => {} }),
      }),
    ).rejects.toThrow(/another register run \(process \d+\) is running on this checkout/)
    expect(accepted()).toEqual([])
    await first.deliver([])
    // Once the first is over, the next one runs.
    const report = await registerMerge({
      ...input(repo.root, repo.base, client),
      records: workingTreeRecords({ root: repo.root, told: () => {} }),
    })
    expect(report.run.customers[0]?.devices.map((d) => d.status)).toEqual(['registered'])
    const written = readdirSync(path.join(repo.root, 'customers/contoso/registrations'))
    expect(written.filter((f) => !f.endsWith('-in-progress.json'))).toHaveLength(1)
  })
})
