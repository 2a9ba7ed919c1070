import { describe, expect, it } from 'vitest'
import type { PartnerCenterClientOptions } from '../../src/partner-center/client.js'
import {
  BatchUploadDetailsSchema,
  normaliseKeys,
  parseBody,
  RESPONSE_SCHEMAS,
} from '../../src/partner-center/schemas.js'
import { waitForUpload } from '../../src/partner-center/upload.js'
import { CUSTOMER, noWait, sandboxAndClient, TAG, upload } from './sandbox-client.js'

const CASINGS: [string, (name: string) => string][] = [
  ['UPPER CASE', (n) => n.toUpperCase()],
  ['lower case', (n) => n.toLowerCase()],
  ['PascalCase', (n) => n.charAt(0).toUpperCase() + n.slice(1)],
  ['spaces around', (n) => ` ${n} `],
]

/** Every key of a JSON value renamed. */
function recase(value: unknown, rename: (name: string) => string): unknown {
  if (Array.isArray(value)) return value.map((v) => recase(v, rename))
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [rename(k), recase(v, rename)]))
}

describe('normaliseKeys', () => {
  const names = RESPONSE_SCHEMAS.flatMap((schema) => Object.keys(schema.shape))

  it.each(CASINGS)('reads every name a schema reads in %s', (_, rename) => {
    const body = Object.fromEntries(names.map((n) => [rename(n), n]))
    expect(normaliseKeys(body)).toEqual(Object.fromEntries(names.map((n) => [n, n])))
  })

  it('parses the documented status example shouted, with a BOM and the stray space', () => {
    const text = `\uFEFF${JSON.stringify({
      BATCHTRACKINGID: '0127ed8e',
      STATUS: 'FINISHED',
      DEVICESSTATUS: [
        {
          serialnumber: '1234567890',
          ErrorCode: 808,
          errordescription: 'ZtdDeviceAssignedToOtherTenant',
          ' attributes': {},
        },
      ],
    })}`
    expect(BatchUploadDetailsSchema.parse(parseBody(text))).toEqual({
      batchTrackingId: '0127ed8e',
      status: 'finished',
      devicesStatus: [
        {
          serialNumber: '1234567890',
          status: 'unknown',
          errorCode: '808',
          errorDescription: 'ZtdDeviceAssignedToOtherTenant',
        },
      ],
    })
  })

  it('leaves names no schema reads as they were, but for a first capital', () => {
    expect(normaliseKeys({ ObjectType: 1, ETAG: 2 })).toEqual({ objectType: 1, eTAG: 2 })
  })
})

describe('the client reads the sandbox whatever the casing of its answers', () => {
  it.each(CASINGS)('in %s', async (_, rename) => {
    // The sandbox's real answers, their property names rewritten on the way to the client.
    const fetchRecased: NonNullable<PartnerCenterClientOptions['fetch']> = async (url, init) => {
      const response = await fetch(url, init)
      const text = (await response.text()).replace(/^\uFEFF/, '')
      const body = text === '' ? null : JSON.stringify(recase(JSON.parse(text), rename))
      return new Response(body, { status: response.status, headers: response.headers })
    }
    const { pc } = await sandboxAndClient(
      {
        pollsToFinish: 1,
        batchPages: { size: 1 },
        seed: { customers: { [CUSTOMER]: { batches: { Lab: [] } } }, otherTenants: [upload(3)] },
      },
      { fetch: fetchRecased },
    )
    const first = await pc.createDeviceBatch(CUSTOMER, TAG, [upload(1), upload(3)])
    const done = await waitForUpload(pc, CUSTOMER, first, noWait)
    expect(
      done.outcomes.map((o) => [o.serialNumber, o.status, o.errorCode, o.deviceId !== null]),
    ).toEqual([
      ['SYN00001X', 'registered', null, true],
      ['SYN00003X', 'failed', '808', false],
    ])
    expect(await pc.listDeviceBatches(CUSTOMER)).toMatchObject([
      { id: 'Lab', devicesCount: 0 },
      { id: TAG, devicesCount: 1 },
    ])
    const devices = await pc.listBatchDevices(CUSTOMER, TAG)
    expect(devices).toMatchObject([{ serialNumber: 'SYN00001X' }])
    await pc.deleteDevice(CUSTOMER, TAG, devices[0]?.id ?? '')
    const error = await pc.addDevices(CUSTOMER, 'No such batch', [upload(2)]).catch((e) => e)
    expect(error.details).toMatchObject({ status: 404, code: 'NotFound' })
  })
})

describe('a byte order mark before the JSON', () => {
  it('is sent by the sandbox as Partner Center sends it, and read on a raw-bytes path too', async () => {
    // fetch().text() drops a UTF-8 BOM itself (WHATWG); bytes decoded otherwise keep it, so the
    // parser's own check is what this test holds.
    const { server } = await sandboxAndClient({ bom: true })
    const answer = await fetch(`${server.url}/v1/customers/${CUSTOMER}/deviceBatches`, {
      headers: { Authorization: 'Bearer app-token' },
    })
    const bytes = Buffer.from(await answer.arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8')
    expect(text.charCodeAt(0)).toBe(0xfeff)
    expect(() => JSON.parse(text)).toThrow()
    expect(parseBody(text)).toMatchObject({ totalCount: 0, items: [] })
  })
})
