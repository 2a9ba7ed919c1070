import { describe, expect, it } from 'vitest'
import { PartnerCenterError } from '../../src/partner-center/errors.js'
import { trackingIdOf } from '../../src/partner-center/tracking-id.js'
import { waitForUpload } from '../../src/partner-center/upload.js'
import { captureError } from '../helpers/secrets.js'
import { CUSTOMER, noWait, sandboxAndClient, TAG, upload } from './sandbox-client.js'

const ID = '16c00110-e79a-433d-aa28-f69dd60df671'
const LINK = `/customers/${CUSTOMER}/batchJobStatus/${ID}`

describe('trackingIdOf', () => {
  it.each<[string, string | null, unknown]>([
    ['the Location header', LINK, undefined],
    [
      'an absolute Location with /v1',
      `https://api.partnercenter.microsoft.com/v1${LINK}?x=1`,
      undefined,
    ],
    ['Location before the body', LINK, { batchTrackingId: 'other' }],
    ['a body that is the link', null, LINK],
    ['a Link in the body', null, { uri: LINK, method: 'GET', headers: [] }],
    ['a link nested in links', null, { links: { self: { uri: `/v1${LINK}` } } }],
    ['a location field', null, { location: LINK }],
    ['a batchTrackingId field', null, { batchTrackingId: ID }],
    ['a trackingId field in capitals', null, { TRACKINGID: ` ${ID} ` }],
  ])('reads the id from %s', (_, location, body) => {
    expect(trackingIdOf(location, body)).toBe(ID)
  })

  it.each<[string, string | null, unknown]>([
    ['nothing', null, undefined],
    ['an empty Location and an empty object', '  ', {}],
    ['a link elsewhere', null, { uri: `/customers/${CUSTOMER}/deviceBatches/${TAG}` }],
  ])('finds none in %s', (_, location, body) => {
    expect(trackingIdOf(location, body)).toBeUndefined()
  })
})

describe('an accepted upload without a Location header, against the sandbox', () => {
  it.each(['location', 'body-link', 'body-tracking-id'] as const)(
    'is followed when the sandbox names the job by %s',
    async (acceptedWith) => {
      const { pc } = await sandboxAndClient({ acceptedWith, pollsToFinish: 1, bom: true })
      const created = await pc.createDeviceBatch(CUSTOMER, TAG, [upload(1)])
      const added = await pc.addDevices(CUSTOMER, TAG, [upload(2)])
      for (const [trackingId, serial] of [
        [created, 'SYN00001X'],
        [added, 'SYN00002X'],
      ]) {
        const done = await waitForUpload(pc, CUSTOMER, trackingId ?? '', noWait)
        expect(done.outcomes.map((o) => [o.serialNumber, o.status])).toEqual([
          [serial, 'registered'],
        ])
      }
    },
  )

  it('fails clearly when nothing names the job, although the devices were accepted', async () => {
    const { server, pc } = await sandboxAndClient({ acceptedWith: 'nothing', msToFinish: 0 })
    const error = await pc
      .createDeviceBatch(CUSTOMER, TAG, [upload(1)])
      .catch((e: unknown) => captureError(e))
    expect(error).toBeInstanceOf(PartnerCenterError)
    expect((error as PartnerCenterError).details).toMatchObject({
      method: 'POST',
      path: `/customers/${CUSTOMER}/deviceBatches`,
      status: 202,
    })
    expect((error as Error).message).toContain(
      'accepted the devices of POST /customers/8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60/deviceBatches (HTTP 202) but named no upload to follow',
    )
    // Accepted indeed: the job ran, and the device is in the batch for the next run to find.
    expect(server.state.jobs.size).toBe(1)
    expect((await pc.listBatchDevices(CUSTOMER, TAG)).map((d) => d.serialNumber)).toEqual([
      'SYN00001X',
    ])
  })
})
