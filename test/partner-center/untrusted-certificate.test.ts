import { createServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { english, text } from '../../src/messages/catalogue.js'
import { PartnerCenterClient } from '../../src/partner-center/client.js'
import { PartnerCenterError } from '../../src/partner-center/errors.js'
import { DEFAULT_RETRY_POLICY, decideRetry } from '../../src/partner-center/retry.js'
import {
  untrustedCertificateCode,
  untrustedCertificateMessage,
} from '../../src/partner-center/untrusted-certificate.js'
import { selfSignedCertificate } from '../../src/sandbox/self-signed.js'
import { captureError } from '../helpers/secrets.js'

const closers: (() => void)[] = []
afterEach(() => {
  for (const close of closers.splice(0)) close()
})

/** What fetch throws when a connection fails: `fetch failed`, the reason in its cause. */
const fetchFailed = (code: string) =>
  new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) })

describe('a certificate this process does not trust', () => {
  it.each([
    ['SELF_SIGNED_CERT_IN_CHAIN', 'a self-signed certificate in its chain'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'a self-signed certificate'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'issued by a CA this process does not know'],
    ['UNABLE_TO_GET_ISSUER_CERT', 'issued by a CA this process does not know'],
    ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'issued by a CA this process does not know'],
    ['CERT_HAS_EXPIRED', 'expired'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'issued for another host name'],
  ])('is told by %s, anywhere in the chain of causes', (code, what) => {
    expect(untrustedCertificateCode(fetchFailed(code))).toBe(code)
    expect(untrustedCertificateCode(new Error('outer', { cause: fetchFailed(code) }))).toBe(code)
    const message = english(untrustedCertificateMessage('login.example:8443', code))
    expect(message).toContain(
      `the TLS certificate of login.example:8443 is not trusted by this Node process (${code}: ${what}). Set NODE_EXTRA_CA_CERTS to the PEM file of the CA`,
    )
    expect(message).toContain('never turn off certificate checks.')
  })

  it.each([['ECONNREFUSED'], ['ECONNRESET'], ['toString']])(
    'is not %s, or any other failure',
    (code) => {
      expect(untrustedCertificateCode(fetchFailed(code))).toBeUndefined()
    },
  )

  it('says what else fixes an expired certificate or one for another host', () => {
    expect(english(untrustedCertificateMessage('h', 'CERT_HAS_EXPIRED'))).toMatch(
      /checks\. An expired certificate is renewed where it is served \(the sandbox makes a new one each time it starts, with a new ca\.pem\)\.$/,
    )
    expect(english(untrustedCertificateMessage('h', 'ERR_TLS_CERT_ALTNAME_INVALID'))).toMatch(
      /checks\. Check the host name too: the certificate must be issued for it \(the sandbox's is for 127\.0\.0\.1 and localhost\)\.$/,
    )
  })

  it('is not retried: no attempt cures it', () => {
    const outcome = { attempt: 1, untrustedCertificate: true, elapsedMs: 0, now: 0 }
    expect(decideRetry(outcome, DEFAULT_RETRY_POLICY, 0.5)).toEqual({
      retry: false,
      reason: text('error.retry.certificate'),
    })
  })

  it('stops a Partner Center call at once, named as such with the fix', async () => {
    // A certificate made now, of a CA this process was never told of.
    const { certificate, privateKey } = selfSignedCertificate()
    let connections = 0
    const server = createServer({ cert: certificate, key: privateKey }, (_req, res) => res.end())
    server.on('connection', () => connections++)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    closers.push(() => server.close())
    const host = `127.0.0.1:${(server.address() as AddressInfo).port}`
    const sleeps: number[] = []
    const client = new PartnerCenterClient({
      baseUrl: `https://${host}`,
      tokens: { getToken: async () => 'secret-token-value' },
      version: '0.1.0',
      sleep: async (ms) => {
        sleeps.push(ms)
      },
    })
    const error = await client.listDeviceBatches('contoso').catch((e: unknown) => captureError(e))
    expect(error).toBeInstanceOf(PartnerCenterError)
    const { message, details } = error as PartnerCenterError
    expect(message).toMatch(
      new RegExp(
        `^Partner Center GET /customers/contoso/deviceBatches \\(request id [0-9a-f-]{36}, correlation id ${client.correlationId}\\): the TLS certificate of ${host.replace(/\./g, '\\.')} is not trusted by this Node process \\(DEPTH_ZERO_SELF_SIGNED_CERT: a self-signed certificate\\)\\. Set NODE_EXTRA_CA_CERTS to the PEM file of the CA that issued it`,
      ),
    )
    expect(details.status).toBeUndefined()
    expect(sleeps).toEqual([])
    expect(connections).toBe(1)
    expect(message).not.toContain('secret-token-value')
  })
})
