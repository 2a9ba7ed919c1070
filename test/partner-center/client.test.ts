import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  PartnerCenterClient,
  type PartnerCenterClientOptions,
} from '../../src/partner-center/client.js'
import { PartnerCenterError } from '../../src/partner-center/errors.js'
import { uploadInChunks, waitForUpload } from '../../src/partner-center/upload.js'
import {
  type SandboxOptions,
  startPartnerCenterSandbox,
} from '../../src/sandbox/partner-center-sandbox.js'
import { captureError } from '../helpers/secrets.js'
import { device, hashOf } from '../helpers/synthetic.js'
import { CUSTOMER, sandboxAndClient, TAG, upload } from './sandbox-client.js'

let close: (() => Promise<void>) | undefined
afterEach(async () => {
  await close?.()
  close = undefined
})

/** The sandbox, and a client whose sleeps are recorded instead of waited. */
async function setUp(
  sandbox: SandboxOptions = {},
  client: Partial<PartnerCenterClientOptions> = {},
) {
  const server = await startPartnerCenterSandbox(sandbox)
  close = server.close
  const sleeps: number[] = []
  const pc = new PartnerCenterClient({
    baseUrl: server.url,
    tokens: { getToken: async () => 'app-token' },
    version: '0.1.0',
    sleep: async (ms) => {
      sleeps.push(ms)
    },
    random: () => 0.5,
    ...client,
  })
  return { server, pc, sleeps }
}

describe('the Partner Center client against the sandbox', () => {
  it('creates a batch, adds to it, follows the uploads, lists and deletes devices', async () => {
    const { server, pc } = await setUp({ pollsToFinish: 2, bom: true })
    const first = await pc.createDeviceBatch(CUSTOMER, TAG, [upload(1), upload(2)])
    const second = await pc.addDevices(CUSTOMER, TAG, [upload(3), { productKey: '3300000000099' }])
    expect((await pc.getUploadStatus(CUSTOMER, first)).status).toBe('queued')
    const done = await waitForUpload(pc, CUSTOMER, first, {
      timeoutMs: 60_000,
      sleep: async () => {},
    })
    expect(done).toMatchObject({ finished: true, polls: 2 })
    expect(done.outcomes.map((o) => [o.serialNumber, o.status])).toEqual([
      ['SYN00001X', 'registered'],
      ['SYN00002X', 'registered'],
    ])
    await waitForUpload(pc, CUSTOMER, second, { timeoutMs: 60_000, sleep: async () => {} })
    expect(await pc.listDeviceBatches(CUSTOMER)).toMatchObject([{ id: TAG, devicesCount: 4 }])
    const devices = await pc.listBatchDevices(CUSTOMER, TAG)
    expect(devices.map((d) => d.serialNumber ?? d.productKey)).toEqual([
      'SYN00001X',
      'SYN00002X',
      'SYN00003X',
      '3300000000099',
    ])
    await pc.deleteDevice(CUSTOMER, TAG, devices[0]?.id ?? '')
    expect(await pc.listBatchDevices(CUSTOMER, TAG)).toHaveLength(3)
    const headers = server.calls.map((c) => c.requestId)
    expect(new Set(headers).size).toBe(headers.length)
  })

  it('uploads 2,500 devices in three chunks and reads one result per device', async () => {
    const { server, pc } = await setUp({
      pollsToFinish: 0,
      finishedDespiteErrors: true,
      seed: {
        customers: { [CUSTOMER]: { batches: { [TAG]: [upload(7)] } } },
        otherTenants: [upload(8)],
      },
    })
    const devices = Array.from({ length: 2500 }, (_, i) => upload(i + 10))
    devices[0] = upload(7) // already in this tenant: 806
    devices[1] = upload(8) // owned by another tenant: 808
    devices[2] = { hardwareHash: hashOf({ ...device(9), damage: 'checksum' }) } // InvalidZtdHardwareHash
    const trackingIds = await uploadInChunks(pc, {
      customerId: CUSTOMER,
      batchId: TAG,
      batchExists: true,
      appUser: false,
      devices,
    })
    expect(trackingIds).toHaveLength(3)
    expect(server.calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual(
      Array(3).fill(`/customers/${CUSTOMER}/deviceBatches/${TAG}/devices`),
    )
    const outcomes = []
    for (const id of trackingIds)
      outcomes.push(...(await waitForUpload(pc, CUSTOMER, id, { timeoutMs: 1000 })).outcomes)
    expect(outcomes).toHaveLength(2500)
    expect(
      outcomes.slice(0, 3).map((o) => [o.status, o.errorCode, o.errorName, o.transient]),
    ).toEqual([
      ['already-registered', '806', 'ZtdDeviceAlreadyAssigned', null],
      ['failed', '808', 'ZtdDeviceAssignedToOtherTenant', false],
      ['failed', '802', 'InvalidZtdHardwareHash', false],
    ])
    expect(outcomes.filter((o) => o.status === 'registered')).toHaveLength(2497)
  })

  it('registers 10,000 devices in 10 uploads and 3 polls each: 41 HTTP calls', async () => {
    const { server, pc } = await setUp({ pollsToFinish: 2 })
    const devices = Array.from({ length: 10_000 }, (_, i) => ({
      serialNumber: `S${i}`,
      oemManufacturerName: 'Fabrikam',
      modelName: 'Laptop 14',
    }))
    const started = performance.now()
    const batches = await pc.listDeviceBatches(CUSTOMER)
    const trackingIds = await uploadInChunks(pc, {
      customerId: CUSTOMER,
      batchId: TAG,
      batchExists: batches.length > 0,
      appUser: true,
      devices,
    })
    let registered = 0
    for (const id of trackingIds) {
      const done = await waitForUpload(pc, CUSTOMER, id, {
        timeoutMs: 60_000,
        sleep: async () => {},
      })
      registered += done.outcomes.filter((o) => o.status === 'registered').length
    }
    const clientMs = performance.now() - started
    expect(registered).toBe(10_000)
    expect(server.calls).toHaveLength(1 + 10 + 10 * 3)
    console.info(
      `10,000 devices: ${server.calls.length} HTTP calls, ${Math.round(clientMs)} ms (client and sandbox, no waiting)`,
    )
  })

  it('absorbs 429 (as long as Retry-After says), 503, a dropped connection and 500, with the same MS-RequestId', async () => {
    const { server, pc, sleeps } = await setUp()
    server.inject(
      { status: 429, retryAfterSeconds: 3 },
      { status: 503 },
      { drop: true },
      { status: 500 },
    )
    expect(await pc.listDeviceBatches(CUSTOMER)).toEqual([])
    expect(sleeps).toEqual([3000, 1500, 3000, 6000])
    expect(server.calls.map((c) => c.status)).toEqual([429, 503, 0, 500, 200])
    expect(new Set(server.calls.map((c) => c.requestId)).size).toBe(1)
  })

  it('retries a timed-out upload with the same MS-RequestId, and the upload lands once', async () => {
    // The timeout covers every request of the test, so it is generous: only the injected delay,
    // a second beyond it, makes an attempt time out, not a slow first request or a GC pause.
    const { server, pc, sleeps } = await setUp({}, { requestTimeoutMs: 2000 })
    await pc.createDeviceBatch(CUSTOMER, TAG, [upload(1)])
    server.inject({ match: /^post /, delayMs: 3000 })
    const trackingId = await pc.addDevices(CUSTOMER, TAG, [upload(2)])
    const devicesPath = `/customers/${CUSTOMER}/deviceBatches/${TAG}/devices`
    const posts = () => server.calls.filter((c) => c.method === 'POST' && c.path === devicesPath)
    // The sandbox records a call when it answers: the first attempt appears once its delay ends.
    await vi.waitFor(() => expect(posts()).toHaveLength(2), { timeout: 10_000, interval: 50 })
    expect(sleeps).toHaveLength(1) // one retry
    expect(new Set(posts().map((c) => c.requestId)).size).toBe(1)
    expect(server.state.jobs.size).toBe(2) // the batch's first upload, and this one, once
    expect(server.state.jobs.has(trackingId)).toBe(true)
  })

  it('refreshes an expired token once, then believes the 401', async () => {
    const tokens: string[] = []
    const { server, pc } = await setUp(
      { acceptToken: (t) => t !== 'expired' },
      {
        tokens: {
          getToken: async ({ forceRefresh } = {}) => {
            tokens.push(forceRefresh ? 'fresh' : 'expired')
            return forceRefresh ? 'fresh' : 'expired'
          },
        },
      },
    )
    await pc.listDeviceBatches(CUSTOMER)
    expect(tokens).toEqual(['expired', 'fresh'])
    expect(server.calls.map((c) => c.status)).toEqual([401, 200])
  })

  it('gives up on a 4xx at once, with what support needs and no token', async () => {
    const { pc } = await setUp({}, { tokens: { getToken: async () => 'secret-token-value' } })
    const error = await pc
      .addDevices(CUSTOMER, 'No such batch', [upload(1)])
      .catch((e: unknown) => captureError(e))
    expect(error).toBeInstanceOf(PartnerCenterError)
    const details = (error as PartnerCenterError).details
    expect(details).toMatchObject({
      method: 'POST',
      status: 404,
      code: 'NotFound',
      description: 'no batch No such batch',
    })
    expect(details.requestId).toMatch(/^[0-9a-f-]{36}$/)
    expect((error as Error).message).toContain(
      'HTTP 404 NotFound: no batch No such batch (HTTP 404 is not retried; request id',
    )
    expect(JSON.stringify({ message: (error as Error).message, details })).not.toContain(
      'secret-token-value',
    )
  })

  it('stops before uploading when a batch must be created and only app-only credentials are configured', async () => {
    const { server, pc } = await setUp()
    const error = await uploadInChunks(pc, {
      customerId: CUSTOMER,
      batchId: TAG,
      batchExists: false,
      appUser: false,
      devices: [upload(1)],
    }).catch((e: unknown) => captureError(e))
    expect((error as Error).message).toContain('`autopilot-gitops create-batch`')
    expect((error as Error).message).toContain('or in Partner Center (Customers > the customer')
    expect(server.calls).toEqual([])
  })

  it('is refused a new batch with app-only credentials when the sandbox follows the documented rule', async () => {
    const { pc } = await setUp({
      requireAppUserToCreate: true,
      isAppUser: (t) => t.startsWith('user.'),
    })
    const error = (await pc
      .createDeviceBatch(CUSTOMER, TAG, [upload(1)])
      .catch((e: unknown) => captureError(e))) as PartnerCenterError
    expect(error.details).toMatchObject({ status: 403, code: 'Forbidden' })
  })

  it('leaves a job that never finishes pending after the timeout', async () => {
    let clock = 0
    const { pc } = await setUp({ neverFinish: true })
    const id = await pc.createDeviceBatch(CUSTOMER, TAG, [upload(1)])
    const waits: number[] = []
    const result = await waitForUpload(pc, CUSTOMER, id, {
      timeoutMs: 60_000,
      now: () => clock,
      sleep: async (ms) => {
        waits.push(ms)
        clock += ms
      },
    })
    expect(result.finished).toBe(false)
    expect(result.outcomes.map((o) => o.status)).toEqual(['pending'])
    expect(waits).toEqual([2000, 3000, 4500, 6750, 10125, 15188, 18438].slice(0, waits.length))
    expect(waits.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(60_000)
  })

  it('refuses plain http away from this machine', () => {
    expect(
      () =>
        new PartnerCenterClient({
          baseUrl: 'http://api.partnercenter.microsoft.com',
          tokens: { getToken: async () => '' },
          version: '0',
        }),
    ).toThrow('must use https (plain http only on 127.0.0.1 or localhost)')
  })
})

describe('the headers of every call', () => {
  it('names the run, the call, the application and the locale', async () => {
    const seen: Headers[] = []
    const { pc } = await sandboxAndClient(
      { pollsToFinish: 0 },
      {
        fetch: (input, init) => {
          seen.push(new Headers(init?.headers))
          return fetch(input, init)
        },
      },
    )
    await pc.listDeviceBatches(CUSTOMER)
    await pc.createDeviceBatch(CUSTOMER, TAG, [upload(1)])
    for (const headers of seen) {
      expect(headers.get('x-locale')).toBe('en-US')
      expect(headers.get('ms-partnercenter-application')).toBe('autopilot-gitops/0.1.0')
      expect(headers.get('ms-correlationid')).toBe(pc.correlationId)
      expect(headers.get('ms-requestid')).toMatch(/^[0-9a-f-]{36}$/)
    }
    expect(seen).toHaveLength(2)
  })
})
