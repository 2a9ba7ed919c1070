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
