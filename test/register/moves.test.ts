import { describe, expect, it } from 'vitest'
import { runContext } from '../../src/context/run-context.js'
import type { LedgerDevice } from '../../src/ledger/fold-ledger.js'
import { CustomerRun } from '../../src/register/customer-run.js'
import { deregisterPart } from '../../src/register/deregister-devices.js'
import { registerPlan } from '../../src/register/register-plan.js'
import {
  CUSTOMER,
  customerOf,
  pendingOnRecord,
  runOptions,
  sandbox,
  TAG,
  withHash,
} from '../helpers/customer-run.js'
import { device, hashOf } from '../helpers/synthetic.js'
import { errorOf } from '../helpers/words.js'

const KIOSK = 'Microsoft365Managed_Kiosk'
const d1 = device(1)
const seededIn = (batch: string) => ({
  seed: {
    customers: {
      [CUSTOMER]: {
        batches: { [batch]: [{ serialNumber: d1.serialNumber, hardwareHash: hashOf(d1) }] },
      },
    },
  },
})

/** Device 1 planned to move to Kiosk, its records saying it is registered under TAG. */
function moving(deviceId: string | null) {
  const { customer, cells } = customerOf(withHash(1))
  customer.groupTag = KIOSK
  const planned = customer.devices[0]
  if (!planned) throw new Error('no device')
  planned.action = 'retag'
  customer.counts = { ...customer.counts, register: 0, retag: 1 }
  const state: LedgerDevice = {
    ...pendingOnRecord(planned, ''),
    status: 'registered',
    deviceId,
    trackingId: null,
  }
  customer.recorded.set(planned, state)
  return { customer, cells, planned, state }
}

describe('moving a device between batches, and deregistering it, when Partner Center cannot do what the plan says', () => {
  it('deletes nothing when the new batch does not exist and the sign-in cannot create it', async () => {
    const { server, client } = await sandbox(seededIn(TAG))
    const [id] = (server.state.findBatch(CUSTOMER, TAG)?.[1] ?? []).map((d) => d.id)
    const { customer, cells } = moving(id ?? null)
    const done = await new CustomerRun(customer, {
      ...runOptions(cells, client),
      appUser: false,
    }).run()
    expect(done.batchMissing).toBe(true)
    expect(errorOf(done)).toContain(`the device batch \`${KIOSK}\` does not exist yet`)
    expect(server.calls.filter((c) => c.method === 'DELETE')).toEqual([])
    expect(server.state.findBatch(CUSTOMER, TAG)?.[1]).toHaveLength(1)
  })

  it('records a move answered 806 (in another batch than the one it was to leave) as failed, not moved', async () => {
    const { server, client } = await sandbox(seededIn('Somewhere-Else'))
    const { customer, cells } = moving(null)
    const done = await new CustomerRun(customer, runOptions(cells, client)).run()
    expect(done.devices.map((d) => [d.status, d.errorCode, d.previousGroupTag])).toEqual([
      ['failed', '806', TAG],
    ])
    expect(done.devices[0]?.errorDescription).toContain(
      'registered in another batch of the customer',
    )
    expect(server.state.findBatch(CUSTOMER, 'Somewhere-Else')?.[1]).toHaveLength(1)
  })

  it('records no deregistration it could not carry out: a device neither the records nor its batch name', async () => {
    const { server, client } = await sandbox(seededIn('Somewhere-Else'))
    const { customer, planned, state } = moving(null)
    customer.groupTag = TAG
    planned.action = 'deregister'
    customer.recorded.set(planned, state)
    const done = await deregisterPart(customer, { client, context: runContext({}) })
    expect(done?.devices).toEqual([])
    expect(errorOf(done)).toContain(
      `not deregistered: ${d1.serialNumber} not found in batch ${TAG}`,
    )
    expect(server.calls.filter((c) => c.method === 'DELETE')).toEqual([])
  })

  it('keeps each deregistration in the in-progress record as soon as it is done, so that a stopped run leaves it known', async () => {
    const { server, client } = await sandbox(seededIn(TAG))
    const [id] = (server.state.findBatch(CUSTOMER, TAG)?.[1] ?? []).map((d) => d.id)
    const { customer, planned, state } = moving(id ?? null)
    customer.groupTag = TAG
    planned.action = 'deregister'
    customer.counts = { ...customer.counts, retag: 0, deregister: 1 }
    customer.recorded.set(planned, state)
    const kept: string[][] = []
    const run = await registerPlan(
      { customers: [customer], digest: '', findings: [], strayDevices: 0 },
      {
        client,
        appUser: false,
        readRows: async () => new Map(),
        concurrency: 1,
        pollTimeoutMs: 1000,
        context: runContext({}),
        async keep(customers) {
          kept.push(customers.flatMap((c) => c.devices.map((d) => `${d.serialNumber} ${d.status}`)))
        },
      },
    )
    expect(kept).toEqual([[`${d1.serialNumber} deregistered`]])
    expect(run.customers.map((c) => c.devices.map((d) => d.status))).toEqual([['deregistered']])
    expect(server.state.findBatch(CUSTOMER, TAG)?.[1]).toHaveLength(0)
  })
})
