import { describe, expect, it } from 'vitest'
import { chunkRanges, halves, MAX_BODY_BYTES } from '../../src/partner-center/chunks.js'
import { uploadInChunks, waitForUpload } from '../../src/partner-center/upload.js'
import { CUSTOMER, noWait, sandboxAndClient, TAG, upload } from './sandbox-client.js'

describe('chunkRanges', () => {
  it('cuts at the count, and at the bytes a request may carry', () => {
    const devices = Array.from({ length: 2500 }, (_, i) => upload(i))
    expect(chunkRanges(devices, 1000, Number.POSITIVE_INFINITY)).toEqual([
      { start: 0, end: 1000 },
      { start: 1000, end: 2000 },
      { start: 2000, end: 2500 },
    ])
    const size = Buffer.byteLength(JSON.stringify(devices[0])) + 1
    // Room for ten devices a request, whatever the count allows.
    const ranges = chunkRanges(devices.slice(0, 25), 1000, 256 + size * 10 + 5)
    expect(ranges.map((r) => r.end - r.start)).toEqual([10, 10, 5])
  })

  it('takes 1,000 devices of real-sized hashes in one request', () => {
    const devices = Array.from({ length: 1000 }, (_, i) => upload(i))
    const bytes = Buffer.byteLength(JSON.stringify(devices))
    expect(bytes).toBeGreaterThan(1_000_000)
    expect(chunkRanges(devices, 1000, MAX_BODY_BYTES)).toEqual([{ start: 0, end: 1000 }])
  })

  it('gives a device too large alone a chunk of its own, and halves down to one device', () => {
    expect(chunkRanges([upload(1), upload(2)], 1000, 10)).toEqual([
      { start: 0, end: 1 },
      { start: 1, end: 2 },
    ])
    expect(halves({ start: 4, end: 9 })).toEqual([
      { start: 4, end: 6 },
      { start: 6, end: 9 },
    ])
    expect(halves({ start: 4, end: 5 })).toBeUndefined()
  })
})

describe('an upload Partner Center refuses as too large (413)', () => {
  it('is sent again in halves until each part passes, every device once', async () => {
    const one = Buffer.byteLength(JSON.stringify({ batchId: TAG, devices: [upload(1)] }))
    // Room for a request of two devices, not of four.
    const { server, pc } = await sandboxAndClient({ pollsToFinish: 0, maxBodyBytes: one * 2 + 50 })
    const devices = [1, 2, 3, 4].map((n) => upload(n))
    const trackingIds = await uploadInChunks(pc, {
      customerId: CUSTOMER,
      batchId: TAG,
      batchExists: false,
      appUser: true,
      devices,
    })
    expect(server.calls.map((c) => `${c.method} ${c.status}`)).toEqual([
      'POST 413',
      'POST 202',
      'POST 202',
    ])
    expect(trackingIds).toHaveLength(2)
    const outcomes = []
    for (const id of trackingIds)
      outcomes.push(...(await waitForUpload(pc, CUSTOMER, id, noWait)).outcomes)
    expect(outcomes.map((o) => [o.serialNumber, o.status])).toEqual(
      devices.map((d) => [d.serialNumber, 'registered']),
    )
  })

  it('fails, saying so, when one device alone is too large', async () => {
    const { pc } = await sandboxAndClient({ pollsToFinish: 0, maxBodyBytes: 100 })
    await expect(
      uploadInChunks(pc, {
        customerId: CUSTOMER,
        batchId: TAG,
        batchExists: false,
        appUser: true,
        devices: [upload(1)],
      }),
    ).rejects.toThrow(/413/)
  })
})
