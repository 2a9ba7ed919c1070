import { describe, expect, it } from 'vitest'
import { waitForUpload } from '../../src/partner-center/upload.js'
import { jobStage } from '../../src/sandbox/job-stage.js'
import { device, hashOf } from '../helpers/synthetic.js'
import {
  CUSTOMER,
  noWait,
  OTHER_CUSTOMER,
  sandboxAndClient,
  TAG,
  upload,
} from '../partner-center/sandbox-client.js'

describe('a device registered to another customer of the sandbox', () => {
  it('answers 808, matched as 806 is: by the hash’s serial, a bare serial, or a product key', async () => {
    const { pc } = await sandboxAndClient({
      pollsToFinish: 0,
      seed: {
        customers: { [OTHER_CUSTOMER]: { batches: { Lab: [{ productKey: '3300000000042' }] } } },
      },
    })
    const other = await pc.createDeviceBatch(OTHER_CUSTOMER, TAG, [upload(1), upload(2)])
    await waitForUpload(pc, OTHER_CUSTOMER, other, noWait)

    const mine = await pc.createDeviceBatch(CUSTOMER, TAG, [
      upload(1), // the same hash
      {
        serialNumber: device(2).serialNumber,
        oemManufacturerName: 'Fabrikam',
        modelName: 'Fabrikam Laptop 14',
      },
      { productKey: '3300000000042' }, // seeded in the other customer's batch
      upload(3), // nobody's yet
    ])
    const done = await waitForUpload(pc, CUSTOMER, mine, noWait)
    expect(
      done.outcomes.map((o) => [
        o.serialNumber ?? o.productKey,
        o.status,
        o.errorCode,
        o.errorName,
      ]),
    ).toEqual([
      ['SYN00001X', 'failed', '808', 'ZtdDeviceAssignedToOtherTenant'],
      ['SYN00002X', 'failed', '808', 'ZtdDeviceAssignedToOtherTenant'],
      ['3300000000042', 'failed', '808', 'ZtdDeviceAssignedToOtherTenant'],
      ['SYN00003X', 'registered', null, null],
    ])
    expect((await pc.listBatchDevices(CUSTOMER, TAG)).map((d) => d.serialNumber)).toEqual([
      'SYN00003X',
    ])

    // Within the customer it is still 806; and a customer id in other letter case is the same customer.
    const again = await pc.addDevices(CUSTOMER.toUpperCase(), TAG, [upload(3)])
    expect((await waitForUpload(pc, CUSTOMER, again, noWait)).outcomes[0]).toMatchObject({
      status: 'already-registered',
      errorCode: '806',
    })
  })

  it('can be registered once the other customer deleted it', async () => {
    const { pc } = await sandboxAndClient({
      pollsToFinish: 0,
      seed: {
        customers: {
          [OTHER_CUSTOMER]: { batches: { [TAG]: [{ hardwareHash: hashOf(device(5)) }] } },
        },
      },
    })
    const [held] = await pc.listBatchDevices(OTHER_CUSTOMER, TAG)
    await pc.deleteDevice(OTHER_CUSTOMER, TAG, held?.id ?? '')
    const id = await pc.createDeviceBatch(CUSTOMER, TAG, [upload(5)])
    expect((await waitForUpload(pc, CUSTOMER, id, noWait)).outcomes[0]?.status).toBe('registered')
  })
})

describe('jobs that finish over time', () => {
  it('finishes a job msToFinish after the upload, unpolled: its devices are in the batch', async () => {
    let clock = 1_000_000
    const { server, pc } = await sandboxAndClient({ msToFinish: 10_000, now: () => clock })
    const id = await pc.createDeviceBatch(CUSTOMER, TAG, [upload(1), upload(2)])
    expect(await pc.listBatchDevices(CUSTOMER, TAG)).toEqual([])
    expect((await pc.getUploadStatus(CUSTOMER, id)).status).toBe('queued')
    clock += 5_000
    expect((await pc.getUploadStatus(CUSTOMER, id)).status).toBe('processing')
    clock += 5_000
    // Nobody polls: listing the batch is enough for the job to have ended.
    expect((await pc.listBatchDevices(CUSTOMER, TAG)).map((d) => d.serialNumber)).toEqual([
      'SYN00001X',
      'SYN00002X',
    ])
    expect(await pc.listDeviceBatches(CUSTOMER)).toMatchObject([{ id: TAG, devicesCount: 2 }])
    const done = await waitForUpload(pc, CUSTOMER, id, noWait)
    expect(done).toMatchObject({ finished: true, polls: 1 })
    expect(done.outcomes.map((o) => o.status)).toEqual(['registered', 'registered'])
    expect(server.state.jobs.get(id)?.polls).toBe(3)
  })

  it('settles due jobs in the order they were uploaded', async () => {
    let clock = 0
    const { pc } = await sandboxAndClient({ msToFinish: 1_000, now: () => clock })
    const first = await pc.createDeviceBatch(CUSTOMER, TAG, [upload(1)])
    const second = await pc.addDevices(CUSTOMER, TAG, [upload(1)])
    clock = 5_000
    await pc.listDeviceBatches(CUSTOMER)
    const outcome = async (id: string) =>
      (await waitForUpload(pc, CUSTOMER, id, noWait)).outcomes[0]?.status
    expect([await outcome(second), await outcome(first)]).toEqual([
      'already-registered',
      'registered',
    ])
  })

  it('ends at whichever comes first when polls are counted too', async () => {
    const { pc } = await sandboxAndClient({ msToFinish: 3_600_000, pollsToFinish: 1 })
    const id = await pc.createDeviceBatch(CUSTOMER, TAG, [upload(1)])
    expect(await waitForUpload(pc, CUSTOMER, id, noWait)).toMatchObject({
      finished: true,
      polls: 2,
    })
  })

  it('keeps to polls alone by default, however long it has been', async () => {
    let clock = 0
    const { pc } = await sandboxAndClient({ now: () => clock })
    const id = await pc.createDeviceBatch(CUSTOMER, TAG, [upload(1)])
    clock = 86_400_000
    expect(await pc.listBatchDevices(CUSTOMER, TAG)).toEqual([])
    expect(await waitForUpload(pc, CUSTOMER, id, noWait)).toMatchObject({
      finished: true,
      polls: 3,
    })
  })

  it.each([
    // polls, elapsed, timing, stage
    [1, 0, {}, 'queued'],
    [2, 0, {}, 'processing'],
    [3, 0, {}, 'done'],
    [1, 0, { pollsToFinish: 0 }, 'done'],
    [9, 0, { neverFinish: true }, 'processing'],
    [0, 999, { msToFinish: 1000, neverFinish: true }, 'queued'],
    [1, 499, { msToFinish: 1000 }, 'queued'],
    [1, 500, { msToFinish: 1000 }, 'processing'],
    [2, 0, { msToFinish: 1000 }, 'processing'],
    [50, 999, { msToFinish: 1000 }, 'processing'],
    [0, 1000, { msToFinish: 1000 }, 'done'],
    [3, 10, { msToFinish: 1000, pollsToFinish: 2 }, 'done'],
  ] as const)('after %i poll(s) and %i ms with %o a job is %s', (polls, elapsed, timing, stage) => {
    expect(jobStage({ polls, startedAt: 0 }, timing, elapsed)).toBe(stage)
  })
})
