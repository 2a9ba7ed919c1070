import { readdirSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { RegistrationRecordSchema } from '../../src/ledger/record-schema.js'
import { device } from '../helpers/synthetic.js'
import {
  checkOut,
  closeAll,
  contoso,
  contosoMerged,
  FINAL_RECORDS_TREE,
  github,
  inProgressRecords,
  pushRun,
  TAG,
  uploads,
} from './register-setup.js'

afterEach(closeAll)

describe('registration on merge, killed or cancelled part way (dist/index.js)', () => {
  it('survives being killed after the upload and before the commit: the next run uploads nothing twice and records everything', async () => {
    const {
      repo,
      head,
      sandbox,
      gh: hanging,
    } = await contosoMerged([device(1), device(2), device(3)], { hang: FINAL_RECORDS_TREE })
    const abort = new AbortController()
    void hanging.hangReached.then(() => abort.abort())
    const killed = await pushRun(repo, head, hanging.url, sandbox, {}, abort.signal)
    expect(killed.code).toBeNull()
    expect(uploads(sandbox)).toHaveLength(1)
    // Written before the commit was tried: a lost commit loses no record.
    const copy = path.join(
      killed.temp,
      'autopilot-gitops-records-777-1',
      'customers/contoso/registrations',
    )
    expect(readdirSync(copy)).toHaveLength(1)
    // What reached the branch: the upload in progress, committed when it was accepted.
    const [inProgress, ...none] = inProgressRecords(hanging)
    expect(none).toEqual([])

    const next = checkOut(repo, hanging.git?.filesAt('main') ?? new Map())
    const gh = await github({ git: { branch: 'main', headSha: next } })
    const again = await pushRun(repo, next, gh.url, sandbox)
    expect(again.code).toBe(0)
    expect(uploads(sandbox)).toHaveLength(1)
    expect(again.stdout).toContain(`resuming upload ${inProgress?.trackingIds[0]} (3 device(s))`)
    expect(again.outputs).toMatchObject({ registered: '3', failed: '0', pending: '0' })
    const [recordPath] = (again.outputs.records ?? '').split('\n')
    const record = RegistrationRecordSchema.parse(
      JSON.parse(gh.git?.filesAt('main').get(recordPath ?? '') ?? ''),
    )
    expect(record.devices.map((d) => [d.serialNumber, d.status, Boolean(d.deviceId)])).toEqual(
      [1, 2, 3].map((n) => [device(n).serialNumber, 'registered', true]),
    )
  }, 60_000)

  it('survives being killed while Partner Center processes the upload: the next run follows it instead of sending it again', async () => {
    const { repo, head, sandbox, gh } = await contosoMerged([device(1), device(2)])
    // Partner Center takes its time: the first look at the upload gets no answer for a minute.
    sandbox.partnerCenter.inject({ match: /batchjobstatus/, delayMs: 60_000 })
    const abort = new AbortController()
    // Killed once the in-progress record holds the upload's tracking id (before the upload goes,
    // it holds the devices under their MS-RequestId: that moment is the kill-and-resume test's).
    const watching = setInterval(() => {
      // …and the first look at the upload has reached Partner Center, which holds it.
      const looking = sandbox.partnerCenter.faultsLeft() === 0
      if (looking && inProgressRecords(gh).some((r) => r.trackingIds.length > 0)) abort.abort()
    }, 20)
    const killed = await pushRun(repo, head, gh.url, sandbox, {}, abort.signal).finally(() =>
      clearInterval(watching),
    )
    expect(killed.code).toBeNull()
    expect(uploads(sandbox)).toHaveLength(1)
    // Not processed yet, so not in the batch: only the record tells the next run it was sent.
    expect(sandbox.partnerCenter.state.findBatch(contoso.customerId, TAG)?.[1] ?? []).toEqual([])
    const [inProgress] = inProgressRecords(gh)
    expect(gh.git?.commitAt('main')?.message).toBe(
      `Record Autopilot uploads in progress for ${head.slice(0, 7)} [skip ci]`,
    )
    const trackingId = inProgress?.trackingIds[0]
    expect(inProgress?.devices.map((d) => [d.serialNumber, d.status, d.trackingId])).toEqual([
      [device(1).serialNumber, 'pending', trackingId],
      [device(2).serialNumber, 'pending', trackingId],
    ])

    const next = checkOut(repo, gh.git?.filesAt('main') ?? new Map())
    const gh2 = await github({ git: { branch: 'main', headSha: next } })
    const again = await pushRun(repo, next, gh2.url, sandbox)
    expect(again.code).toBe(0)
    expect(uploads(sandbox)).toHaveLength(1)
    expect(again.outputs).toMatchObject({ registered: '2', failed: '0', pending: '0' })
    const files = gh2.git?.filesAt('main') ?? new Map()
    const record = RegistrationRecordSchema.parse(
      JSON.parse(files.get(again.outputs.records ?? '') ?? ''),
    )
    expect(record.devices.map((d) => [d.status, d.trackingId])).toEqual([
      ['registered', trackingId],
      ['registered', trackingId],
    ])
  }, 60_000)

  it('records a device whose upload did not finish as pending, and the next run follows that upload up', async () => {
    const { repo, head, sandbox, gh } = await contosoMerged([device(1), device(2)])
    // The first poll answers `queued`; a 60 ms timeout leaves no time for a second.
    const first = await pushRun(repo, head, gh.url, sandbox, { 'poll-timeout-minutes': '0.001' })
    expect(first.code).toBe(0)
    expect(first.outputs).toMatchObject({ registered: '0', pending: '2' })
    expect(first.summary).toContain('Pending devices')
    const files = gh.git?.filesAt('main') ?? new Map()
    const [pendingPath] = (first.outputs.records ?? '').split('\n')
    const pending = RegistrationRecordSchema.parse(JSON.parse(files.get(pendingPath ?? '') ?? ''))
    const trackingId = pending.devices[0]?.trackingId
    expect(pending.devices.map((d) => [d.status, d.trackingId])).toEqual([
      ['pending', trackingId],
      ['pending', trackingId],
    ])

    const next = checkOut(repo, files)
    const gh2 = await github({ git: { branch: 'main', headSha: next } })
    const second = await pushRun(repo, next, gh2.url, sandbox)
    expect(second.code).toBe(0)
    expect(second.stdout).toContain(`contoso: resuming upload ${trackingId} (2 device(s))`)
    expect(uploads(sandbox)).toHaveLength(1)
    expect(second.outputs).toMatchObject({ registered: '2', pending: '0' })
    const [donePath] = (second.outputs.records ?? '').split('\n')
    const done = RegistrationRecordSchema.parse(
      JSON.parse(gh2.git?.filesAt('main').get(donePath ?? '') ?? ''),
    )
    expect(done.devices.map((d) => [d.status, d.trackingId])).toEqual([
      ['registered', trackingId],
      ['registered', trackingId],
    ])
  }, 60_000)

  it("stops at the runner's cancel signal, records what it uploaded as pending, and the next run follows it up", async () => {
    // Partner Center is slow: the upload stays processing for several polls.
    const { repo, head, sandbox, gh } = await contosoMerged(
      [device(1), device(2)],
      {},
      { pollsToFinish: 4 },
    )
    const cancel = new AbortController()
    const polled = setInterval(() => {
      if (sandbox.partnerCenter.calls.some((c) => c.path.includes('batchJobStatus'))) cancel.abort()
    }, 20)
    const cancelled = await pushRun(repo, head, gh.url, sandbox, {}, cancel.signal, 'SIGTERM')
    clearInterval(polled)
    expect(cancelled.code).toBe(1)
    expect(cancelled.stdout).toContain('::warning::Cancelled: no further upload')
    expect(cancelled.stdout).toContain(
      'the run was cancelled (unfinished uploads are recorded as pending)',
    )
    expect(cancelled.outputs).toMatchObject({ pending: '2', registered: '0' })
    const files = gh.git?.filesAt('main') ?? new Map()
    const next = checkOut(repo, files)
    const gh2 = await github({ git: { branch: 'main', headSha: next } })
    const resumed = await pushRun(repo, next, gh2.url, sandbox)
    expect(resumed.code).toBe(0)
    expect(resumed.outputs).toMatchObject({ registered: '2', pending: '0' })
    expect(uploads(sandbox)).toHaveLength(1)
  }, 60_000)
})
