import { describe, expect, it } from 'vitest'
import { PartnerCenterError } from '../../src/partner-center/errors.js'
import { captureError } from '../helpers/secrets.js'
import { CUSTOMER, sandboxAndClient } from './sandbox-client.js'

const BATCHES = ['Microsoft365Managed_Autopilot', 'Sales', 'Lab', 'Kiosk', 'Test batch']
const seed = {
  customers: { [CUSTOMER]: { batches: Object.fromEntries(BATCHES.map((b) => [b, []])) } },
}

describe('listing device batches, should Partner Center page them', () => {
  it.each(['body', 'links', 'header'] as const)(
    'follows a continuation token given in the %s, sending it back as MS-ContinuationToken',
    async (tokenIn) => {
      const { server, pc } = await sandboxAndClient({ seed, batchPages: { size: 2, tokenIn } })
      expect((await pc.listDeviceBatches(CUSTOMER)).map((b) => b.id)).toEqual(BATCHES)
      expect(server.calls.map((c) => `${c.method} ${c.status}`)).toEqual(Array(3).fill('GET 200'))
    },
  )

  it('ends at a page whose only token is the one it was asked with, echoed in a header', async () => {
    const { server, pc } = await sandboxAndClient(
      { seed, batchPages: { size: 2 } },
      {
        fetch: async (url, init) => {
          const answer = await fetch(url, init)
          const echoed = new Headers(answer.headers)
          const sent = new Headers(init?.headers).get('MS-ContinuationToken')
          if (sent) echoed.set('MS-ContinuationToken', sent)
          return new Response(await answer.arrayBuffer(), {
            status: answer.status,
            headers: echoed,
          })
        },
      },
    )
    expect((await pc.listDeviceBatches(CUSTOMER)).map((b) => b.id)).toEqual(BATCHES)
    expect(server.calls).toHaveLength(3)
  })

  it('reads an unpaged list in one call, as before', async () => {
    const { server, pc } = await sandboxAndClient({ seed })
    expect(await pc.listDeviceBatches(CUSTOMER)).toHaveLength(5)
    expect(server.calls).toHaveLength(1)
  })

  it('stops with an error when the server hands back a token it already gave', async () => {
    // A proxy that loses the request header: the sandbox answers the first page again and again.
    const { server, pc } = await sandboxAndClient(
      { seed, batchPages: { size: 2 } },
      {
        fetch: (url, init) => {
          const headers = new Headers(init?.headers)
          headers.delete('MS-ContinuationToken')
          return fetch(url, { ...init, headers })
        },
      },
    )
    const error = await pc.listDeviceBatches(CUSTOMER).catch((e: unknown) => captureError(e))
    expect(error).toBeInstanceOf(PartnerCenterError)
    expect((error as Error).message).toContain(
      'with a continuation token it had already sent; stopped after 4 item(s)',
    )
    expect(server.calls).toHaveLength(2)
  })
})

describe("listing a batch's devices, 100 a page", () => {
  const devicesOf = (count: number) =>
    Array.from({ length: count }, (_, i) => ({
      serialNumber: `PAGED${String(i).padStart(6, '0')}`,
      oemManufacturerName: 'Fabrikam',
      modelName: 'Fabrikam Laptop 14',
    }))
  const cases = [100, 101, 250, 1005].flatMap((count) =>
    (['body', 'links', 'header'] as const).map((tokenIn) => [count, tokenIn] as const),
  )
  it.each(cases)(
    'gets every one of %i devices when the next page is named in the %s',
    async (count, tokenIn) => {
      const tag = 'Microsoft365Managed_Autopilot'
      const { server, pc } = await sandboxAndClient({
        seed: { customers: { [CUSTOMER]: { batches: { [tag]: devicesOf(count) } } } },
        devicePages: { tokenIn },
      })
      const listed = await pc.listBatchDevices(CUSTOMER, tag)
      expect(listed.map((d) => d.serialNumber)).toEqual(devicesOf(count).map((d) => d.serialNumber))
      // One call a page, every one answered (by links: with seekOperation=Next, or refused).
      expect(server.calls.map((c) => c.status)).toEqual(Array(Math.ceil(count / 100)).fill(200))
    },
  )

  it('follows links.next only to its own collection, and takes nothing but the token from it', async () => {
    const seen: { url: string; authorization: string | null }[] = []
    const tag = 'Microsoft365Managed_Autopilot'
    const { pc } = await sandboxAndClient(
      { seed: { customers: { [CUSTOMER]: { batches: { [tag]: devicesOf(150) } } } } },
      {
        fetch: async (url, init) => {
          seen.push({
            url: String(url),
            authorization: new Headers(init?.headers).get('authorization'),
          })
          const answer = await fetch(url, init)
          const body = (await answer.json()) as { continuationToken?: string; links?: unknown }
          // A link elsewhere, and a header that would replace our own.
          if (body.continuationToken) {
            body.links = {
              next: {
                uri: '/customers/someone-else/devices?seekOperation=Next',
                headers: [
                  { key: 'MS-ContinuationToken', value: body.continuationToken },
                  { key: 'Authorization', value: 'Bearer not-ours' },
                ],
              },
            }
          }
          return new Response(JSON.stringify(body), { status: answer.status })
        },
      },
    )
    expect(await pc.listBatchDevices(CUSTOMER, tag)).toHaveLength(150)
    expect(seen).toHaveLength(2)
    expect(seen[1]?.url).toContain(`/customers/${CUSTOMER}/deviceBatches/`)
    expect(seen.map((s) => s.authorization)).toEqual(['Bearer app-token', 'Bearer app-token'])
  })
})
