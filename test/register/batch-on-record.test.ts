import { describe, expect, it } from 'vitest'
import type { LedgerDevice } from '../../src/ledger/fold-ledger.js'
import type { PlannedDevice } from '../../src/plan/registration-plan.js'
import { CustomerRun } from '../../src/register/customer-run.js'
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
import { device } from '../helpers/synthetic.js'
import { errorOf } from '../helpers/words.js'

// Partner Center is asked only what the records cannot say (issue 12): the calls of a merge
// grow with the devices it sends, not with the devices its customer has registered.

/** A device registered by an earlier run, as the plan carries it: already, with its record. */
function registeredOnRecord(n: number): { planned: PlannedDevice; state: LedgerDevice } {
  const planned: PlannedDevice = {
    action: 'already',
    serialNumber: device(n).serialNumber,
    manufacturer: 'Fabrikam',
    model: 'Fabrikam Laptop 14',
    productKeyId: '',
    source: `customers/contoso/devices/old.csv:${n}`,
  }
  const state = { ...pendingOnRecord(planned, ''), status: 'registered' as const, trackingId: null }
  return { planned, state }
}

/** A customer with new devices 1 and 2 and, when `recorded`, device 900 registered on record. */
function customerWithRecord(recorded: boolean) {
  const { customer, cells } = customerOf(withHash(1, 2))
  if (recorded) {
    const { planned, state } = registeredOnRecord(900)
    customer.devices.push(planned)
    customer.recorded.set(planned, state)
  }
  return { customer, cells }
}

const inBatch = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    serialNumber: `HELD${String(i).padStart(6, '0')}`,
    oemManufacturerName: 'Fabrikam',
    modelName: 'Fabrikam Laptop 14',
  }))

const callsOf = (server: { calls: { method: string; path: string; status: number }[] }) =>
  server.calls.map((c) => {
    const last = c.path.includes('batchJobStatus') ? 'status' : c.path.split('/').at(-1)
    return `${c.method} ${last} ${c.status}`
  })

describe('a merge asks Partner Center only what the records cannot say', () => {
  it('adds to the batch its records name: no list of batches, none of the batch’s 250 devices', async () => {
    const { customer, cells } = customerWithRecord(true)
    const { server, client } = await sandbox({
      seed: { customers: { [CUSTOMER]: { batches: { [TAG]: inBatch(250) } } } },
    })
    const result = await runOf(customer, cells, client).run()
    expect(result.error).toBeUndefined()
    expect(result.devices.map((d) => d.status)).toEqual(['registered', 'registered'])
    // Two devices a chunk (the test client's chunk size): one upload, and its one look.
    expect(callsOf(server)).toEqual(['POST devices 202', 'GET status 200'])
  })

  it('creates the batch again, signed in App+User, when Partner Center no longer has the one on record', async () => {
    const { customer, cells } = customerWithRecord(true)
    const { server, client } = await sandbox()
    const result = await runOf(customer, cells, client).run()
    expect(result.error).toBeUndefined()
    expect(result.devices.map((d) => d.status)).toEqual(['registered', 'registered'])
    expect(callsOf(server)).toEqual([
      'POST devices 404',
      'POST deviceBatches 202',
      'GET status 200',
    ])
  })

  it('says what to do when that batch is gone and the sign-in is app-only, and records nothing as sent', async () => {
    const { customer, cells } = customerWithRecord(true)
    const { server, client } = await sandbox()
    const run = new CustomerRun(customer, { ...runOptions(cells, client), appUser: false })
    const result = await run.run()
    expect(errorOf(result)).toContain(`the device batch \`${TAG}\` does not exist yet`)
    expect(result.devices).toEqual([])
    expect(server.state.jobs.size).toBe(0)
  })

  it('adds to a batch nothing is on record for when Partner Center says it exists, once its name is the tag exactly', async () => {
    const { customer, cells } = customerWithRecord(false)
    const { server, client } = await sandbox({
      seed: { customers: { [CUSTOMER]: { batches: { [TAG]: inBatch(3) } } } },
    })
    const result = await runOf(customer, cells, client).run()
    expect(result.error).toBeUndefined()
    expect(result.devices.map((d) => d.status)).toEqual(['registered', 'registered'])
    expect(callsOf(server)).toEqual([
      'POST deviceBatches 409',
      'GET deviceBatches 200',
      'POST devices 202',
      'GET status 200',
    ])
  })

  it('lists batches first when nothing is on record and the sign-in cannot create one', async () => {
    const { customer, cells } = customerWithRecord(false)
    const { server, client } = await sandbox({
      seed: { customers: { [CUSTOMER]: { batches: { [TAG]: inBatch(3) } } } },
    })
    const run = new CustomerRun(customer, { ...runOptions(cells, client), appUser: false })
    const result = await run.run()
    expect(result.devices.map((d) => d.status)).toEqual(['registered', 'registered'])
    expect(callsOf(server)).toEqual(['GET deviceBatches 200', 'POST devices 202', 'GET status 200'])
  })

  it('goes on when a retried create meets the batch its lost first attempt made (no MS-RequestId replay)', async () => {
    const { customer, cells } = customerWithRecord(false)
    const { server, client } = await sandbox({ replayRequestIds: false })
    server.inject({ match: /^post .*\/devicebatches$/, lostAnswer: true })
    const result = await runOf(customer, cells, client).run()
    expect(result.error).toBeUndefined()
    // Whichever upload Partner Center processes first registers them; the other says 806.
    expect(
      result.devices.every((d) => ['registered', 'already-registered'].includes(d.status)),
    ).toBe(true)
    expect(result.devices).toHaveLength(2)
    expect(callsOf(server)).toEqual([
      'POST deviceBatches 0',
      'POST deviceBatches 409',
      'GET deviceBatches 200',
      'POST devices 202',
      'GET status 200',
    ])
  })
})
