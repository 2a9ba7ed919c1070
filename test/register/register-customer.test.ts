import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runContext } from '../../src/context/run-context.js'
import { text } from '../../src/messages/catalogue.js'
import type { PartnerCenterClient } from '../../src/partner-center/client.js'
import { buildPlan } from '../../src/plan/build-plan.js'
import type { PlannedDevice } from '../../src/plan/registration-plan.js'
import { type CustomerRegistration, CustomerRun } from '../../src/register/customer-run.js'
import { prepareUploads } from '../../src/register/device-uploads.js'
import { registerPlan } from '../../src/register/register-plan.js'
import { inspectRepository } from '../../src/repo/inspect-repository.js'
import { readRowCells } from '../../src/repo/read-rows.js'
import {
  CUSTOMER,
  customerOf,
  pendingOnRecord,
  runOf,
  runOptions,
  sandbox,
  TAG,
  withHash,
} from '../helpers/customer-run.js'
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
import { errorOf } from '../helpers/words.js'

/** A repository with one customer and these device files, and its plan: for reading rows back. */
async function planOf(files: Record<string, Buffer>) {
  const root = mkdtempSync(path.join(tmpdir(), 'autopilot-gitops-register-'))
  const write = (name: string, content: Buffer | string) => {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true })
    writeFileSync(path.join(root, name), content)
  }
  write('customers/contoso/customer.yml', customerYml({ name: 'Contoso', customerId: CUSTOMER }))
  for (const [name, content] of Object.entries(files))
    write(`customers/contoso/devices/${name}`, content)
  const plan = buildPlan(await inspectRepository({ root }))
  return { root, plan, customer: plan.customers[0] ?? expect.fail('no customer') }
}

const readBack = async (root: string, devices: readonly PlannedDevice[]) =>
  prepareUploads(
    devices,
    await readRowCells(
      root,
      devices.map((d) => d.source),
    ),
  )

const planOptions = (root: string, client: PartnerCenterClient) => ({
  client,
  appUser: true,
  readRows: (sources: readonly string[]) => readRowCells(root, sources),
  concurrency: 4,
  pollTimeoutMs: 60_000,
  context: runContext({ sleep: async () => {} }),
})

describe("one customer's registration (CustomerRun) against the sandbox", () => {
  it('refuses a batch whose name differs from the group tag only in case: the name is the tag', async () => {
    const { customer, cells } = customerOf(withHash(1))
    const { server, client } = await sandbox({
      seed: { customers: { [CUSTOMER]: { batches: { [TAG.toLowerCase()]: [] } } } },
    })
    const result = await runOf(customer, cells, client).run()
    expect(errorOf(result)).toContain(
      `device batch \`${TAG.toLowerCase()}\`, which differs from the group tag \`${TAG}\` only in case`,
    )
    expect(result.devices).toEqual([])
    // The create, which Partner Center refused as the batch exists; then nothing more was sent.
    expect(server.calls.filter((c) => c.method === 'POST').map((c) => c.status)).toEqual([409])
    expect(server.state.jobs.size).toBe(0)
  })

  it('records the chunks already accepted as pending when a later chunk is refused', async () => {
    const { customer, cells } = customerOf(withHash(1, 2, 3, 4))
    const { server, client } = await sandbox()
    // The first upload creates the batch; the second is refused for good.
    server.inject({ match: /^post .*\/devices$/, status: 400 })
    const kept: CustomerRegistration[] = []
    const run: CustomerRun = new CustomerRun(customer, {
      ...runOptions(cells, client),
      journal: async () => {
        kept.push(run.standing())
      },
    })
    const result = await run.run()
    const standing = run.standing()
    expect(errorOf(result)).toMatch(/HTTP 400/)
    const accepted = [
      [device(1).serialNumber, 'pending'],
      [device(2).serialNumber, 'pending'],
    ]
    expect(result.devices.map((d) => [d.serialNumber, d.status])).toEqual(accepted)
    expect(result.devices[0]?.trackingId).toBe(result.trackingIds[0])
    // What the in-progress record would say: each device once, at every step of the journal too.
    expect(standing.devices.map((d) => [d.serialNumber, d.status])).toEqual(accepted)
    for (const step of kept) {
      const serials = step.devices.map((d) => d.serialNumber)
      expect(new Set(serials).size).toBe(serials.length)
    }
    expect(kept.length).toBeGreaterThan(0)
  })

  it('uploads again a pending device whose tracking id Partner Center no longer knows', async () => {
    const { customer, cells } = customerOf(withHash(1))
    const { server, client } = await sandbox()
    const planned = customer.devices[0]
    if (!planned) throw new Error('no device')
    planned.action = 'retry'
    customer.recorded.set(planned, pendingOnRecord(planned, 'f00dfeed-0000-4000-8000-000000000000'))
    const result = await runOf(customer, cells, client).run()
    expect(result.error).toBeUndefined()
    expect(server.calls.map((c) => `${c.method} ${c.status}`)).toEqual([
      'GET 404',
      'GET 200',
      'POST 202',
      'GET 200',
    ])
    expect(result.devices.map((d) => d.status)).toEqual(['registered'])
  })

  it('sends new devices without waiting for an earlier pending upload to finish', async () => {
    const { customer, cells } = customerOf(withHash(1, 2))
    // Partner Center finishes a job at its third look.
    const { server, client } = await sandbox({ pollsToFinish: 2 })
    const [earlier] = prepareUploads(customer.devices.slice(0, 1), cells)
    const trackingId = await client.createDeviceBatch(CUSTOMER, TAG, [
      (earlier ?? expect.fail('no device')).upload,
    ])
    const planned = customer.devices[0] ?? expect.fail('no device')
    planned.action = 'retry'
    customer.recorded.set(planned, pendingOnRecord(planned, trackingId))
    const result = await runOf(customer, cells, client).run()
    expect(result.error).toBeUndefined()
    const calls = server.calls.map((c) =>
      c.path.includes(trackingId) ? 'earlier' : `${c.method} ${c.path.split('/').at(-1)}`,
    )
    // One look at the earlier upload, then the new device is sent while that one still processes,
    // to the batch the record names: no list of batches, none of the batch's devices (nothing
    // says the new one was sent before).
    expect(calls.slice(0, 3)).toEqual(['POST deviceBatches', 'earlier', 'POST devices'])
    expect(calls.filter((c) => c === 'earlier')).toHaveLength(3)
    expect(result.devices.map((d) => [d.serialNumber, d.status])).toEqual([
      [device(1).serialNumber, 'registered'],
      [device(2).serialNumber, 'registered'],
    ])
  })

  it('uploads each device that has a hash alone on its own, so that its unnamed result is certainly its own', async () => {
    // Rows that carry the hash and nothing else that names the device.
    const { customer, cells } = customerOf(
      [device(5), device(6)].map((d) => ({ serialNumber: '', hardwareHash: hashOf(d) })),
    )
    const { client, server } = await sandbox()
    const result = await runOf(customer, cells, client).run()
    // Partner Center's row for such a device names it nowhere: no serial, no device id.
    expect(result.devices.map((d) => [d.status, d.deviceId])).toEqual([
      ['registered', null],
      ['registered', null],
    ])
    expect(server.calls.filter((c) => c.method === 'POST')).toHaveLength(2)
    expect(new Set(result.devices.map((d) => d.trackingId)).size).toBe(2)
  })
})

describe('prepareUploads', () => {
  it('sends the identifier combination each row carries, and the digest of its hash text', async () => {
    const tuple = device(8, { manufacturer: 'Contoso Devices', model: 'Book 14' })
    const { root, customer } = await planOf({
      'a.csv': csvBytes([GWAI_HEADER, gwaiRow(device(7))]),
      'b.csv': csvBytes([
        PARTNER_HEADER,
        `${tuple.serialNumber},,,Contoso Devices,Book 14`,
        ',3300000000009,,,',
      ]),
      // The hash with both the serial and the product key id it holds: all three are sent.
      'c.csv': csvBytes([
        GWAI_HEADER,
        `${device(10).serialNumber},${device(10).productKeyId},${hashOf(device(10))}`,
      ]),
    })
    const prepared = await readBack(root, customer.devices)
    expect(prepared.map((p) => Object.keys(p.upload).sort())).toEqual([
      ['hardwareHash', 'serialNumber'],
      ['modelName', 'oemManufacturerName', 'serialNumber'],
      ['productKey'],
      ['hardwareHash', 'productKey', 'serialNumber'],
    ])
    expect(prepared[0]?.hardwareHashSha256).toMatch(/^[0-9a-f]{64}$/)
    expect(prepared[1]?.hardwareHashSha256).toBe('')
  })

  it('sends a row that has a hash and no serial with the serial its hash holds, as the plan showed it', async () => {
    const { root, customer } = await planOf({
      'a.csv': csvBytes([GWAI_HEADER, `,,${hashOf(device(9))}`]),
    })
    expect(customer.devices.map((d) => d.serialNumber)).toEqual([device(9).serialNumber])
    const prepared = await readBack(root, customer.devices)
    expect(prepared.map((p) => [p.upload.serialNumber, Boolean(p.upload.hardwareHash)])).toEqual([
      [device(9).serialNumber, true],
    ])
  })

  it('stops when a row is no longer where the plan read it', async () => {
    const { root, customer } = await planOf({ 'a.csv': gwaiFile([device(1), device(2)]) })
    writeFileSync(path.join(root, 'customers/contoso/devices/a.csv'), gwaiFile([device(1)]))
    await expect(readBack(root, customer.devices)).rejects.toThrow(
      'customers/contoso/devices/a.csv:3 is no longer the row the plan read',
    )
  })
})

describe('registerPlan', () => {
  it('runs customers a few at a time and skips blocked ones whole', async () => {
    const { root, plan } = await planOf({
      'a.csv': gwaiFile([device(1)]),
      'b.csv': csvBytes([GWAI_HEADER, 'not,a,hash']),
    })
    const { server, client } = await sandbox()
    const run = await registerPlan(plan, planOptions(root, client))
    expect(run.customers).toEqual([])
    expect(run.skipped).toEqual([
      { slug: 'contoso', reasons: [text('repo.blocked.errorsInFiles')], devices: 1 },
    ])
    expect(server.calls).toEqual([])
  })

  it('lets `concurrency` customers send at once, and waits for none of them while Partner Center processes', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'autopilot-gitops-register-'))
    const ids = ['00000001', '00000002', '00000003'].map((n) => `${n}-0000-4000-8000-000000000000`)
    ids.forEach((customerId, i) => {
      const folder = path.join(root, `customers/c${i}`)
      mkdirSync(path.join(folder, 'devices'), { recursive: true })
      writeFileSync(path.join(folder, 'customer.yml'), customerYml({ name: `c${i}`, customerId }))
      writeFileSync(path.join(folder, 'devices/a.csv'), gwaiFile([device(30 + i)]))
    })
    const plan = buildPlan(await inspectRepository({ root }))
    const { server, client } = await sandbox({ pollsToFinish: 1, latencyMs: 20 })
    const run = await registerPlan(plan, {
      ...planOptions(root, client),
      concurrency: 1,
      // Partner Center takes a while: a real pause between polls.
      context: runContext({
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.min(ms, 200))),
      }),
    })
    expect(run.customers.map((c) => c.devices.map((d) => d.status))).toEqual([
      ['registered'],
      ['registered'],
      ['registered'],
    ])
    const order = server.calls.map((c) => {
      const customer = c.path.split('/')[2]?.slice(0, 8)
      return `${c.method} ${customer}${c.path.includes('batchJobStatus') ? ' status' : ''}`
    })
    // One customer sends at a time (a create each: signed in App+User, nothing on record, so
    // no list of batches first), in whatever order their files were read…
    const sends = order.filter((c) => !c.endsWith('status'))
    expect(sends).toHaveLength(3)
    expect(sends.every((c) => c.startsWith('POST'))).toBe(true)
    expect(new Set(sends.map((c) => c.split(' ')[1]))).toEqual(
      new Set(ids.map((id) => id.slice(0, 8))),
    )
    const first = sends[0]?.split(' ')[1]
    const last = sends[2]?.split(' ')[1]
    // …but the last one sends while the first one's upload is still being processed.
    expect(order.indexOf(`POST ${last}`)).toBeLessThan(order.lastIndexOf(`GET ${first} status`))
  })
})
