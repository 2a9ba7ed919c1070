import { randomBytes } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { createRedactor } from '../../src/findings/redact.js'
import { PartnerCenterClient } from '../../src/partner-center/client.js'
import { PartnerCenterError } from '../../src/partner-center/errors.js'
import { waitForUpload } from '../../src/partner-center/upload.js'
import {
  type SandboxOptions,
  startPartnerCenterSandbox,
} from '../../src/sandbox/partner-center-sandbox.js'
import { captureError } from '../helpers/secrets.js'
import { secretsIn } from '../helpers/surfaces.js'
import { CUSTOMER, TAG, upload } from './sandbox-client.js'

// Partner Center (or a proxy in front of it) that quotes the request in what it says: the bearer
// token must not come back in an error, nor in a device's description that a record keeps.

let close: (() => Promise<void>) | undefined
afterEach(async () => {
  await close?.()
  close = undefined
})

/** A token as the sandbox issues them, which the run's Redactor learnt when it was obtained. */
const TOKEN = `sandbox.app.${randomBytes(24).toString('base64url')}`

async function echoing(options: SandboxOptions = {}) {
  const server = await startPartnerCenterSandbox({ echoRequests: true, ...options })
  close = server.close
  const redactor = createRedactor()
  redactor.add(TOKEN)
  const client = new PartnerCenterClient({
    baseUrl: server.url,
    tokens: { getToken: async () => TOKEN },
    version: '0.1.0',
    redact: redactor.redact,
    retry: { maxAttempts: 2, baseDelayMs: 0, maxDelayMs: 0, deadlineMs: 60_000 },
    sleep: async () => {},
  })
  return { server, client }
}

/** The error a call threw, with everything it carries as text. */
async function failure(
  call: Promise<unknown>,
): Promise<{ error: PartnerCenterError; all: string }> {
  const error = await call.then(
    () => {
      throw new Error('the call succeeded')
    },
    (e: unknown) => captureError(e),
  )
  expect(error).toBeInstanceOf(PartnerCenterError)
  const all = `${(error as Error).message} ${(error as Error).stack} ${JSON.stringify(error)}`
  return { error: error as PartnerCenterError, all }
}

describe('what an echoing Partner Center says, redacted where it enters', () => {
  it('an error envelope that quotes the Authorization header', async () => {
    const { client } = await echoing()
    const { error, all } = await failure(client.getUploadStatus(CUSTOMER, 'no-such-upload'))
    expect(error.details).toMatchObject({ status: 404, code: 'NotFound' })
    expect(error.details.description).toContain('Authorization: [redacted]')
    expect(all).not.toContain(TOKEN)
    expect(secretsIn(all)).toEqual([])
  })

  it('a 401 after the one refresh, and a 403', async () => {
    const refused = await echoing({ acceptToken: () => false })
    const unauthorized = await failure(refused.client.listDeviceBatches(CUSTOMER))
    expect(unauthorized.error.details.status).toBe(401)
    expect(unauthorized.all).not.toContain(TOKEN)
    await close?.()
    const appOnly = await echoing({ requireAppUserToCreate: true, isAppUser: () => false })
    const forbidden = await failure(appOnly.client.createDeviceBatch(CUSTOMER, TAG, [upload(1)]))
    expect(forbidden.error.details.status).toBe(403)
    expect(forbidden.error.message).toContain('[redacted]')
    expect(forbidden.all).not.toContain(TOKEN)
  })

  it("a proxy's plain-text 500, retried and then given up", async () => {
    const { server, client } = await echoing()
    server.inject(
      { status: 502, text: '<html>Bad gateway</html>' },
      { status: 502, text: '<html>Bad gateway</html>' },
    )
    const { error, all } = await failure(client.listDeviceBatches(CUSTOMER))
    expect(error.details.status).toBe(502)
    expect(error.details.description).toMatch(
      /^<html>Bad gateway<\/html> \(request GET .* with Authorization: \[redacted\]\)$/,
    )
    expect(all).not.toContain(TOKEN)
  })

  it('per-device descriptions, before an outcome (and so a record) holds them', async () => {
    const { client } = await echoing({
      pollsToFinish: 0,
      failDevices: { errorCode: '', errorDescription: 'ProxyError' },
    })
    const trackingId = await client.createDeviceBatch(CUSTOMER, TAG, [upload(1), upload(2)])
    const done = await waitForUpload(client, CUSTOMER, trackingId, {
      timeoutMs: 60_000,
      sleep: async () => {},
    })
    expect(done.outcomes).toHaveLength(2)
    for (const outcome of done.outcomes) {
      expect(outcome.status).toBe('failed')
      // Partner Center's words, unknown to the client, are what the record keeps as the name.
      expect(outcome.errorName).toMatch(
        /^ProxyError \(request GET .* with Authorization: \[redacted\]\)$/,
      )
    }
    expect(JSON.stringify(done)).not.toContain(TOKEN)
  })
})
