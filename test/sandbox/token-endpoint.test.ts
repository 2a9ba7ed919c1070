import { createHash, createSign, X509Certificate } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { selfSignedCertificate } from '../../src/sandbox/self-signed.js'
import { SANDBOX_APP, startSandbox } from '../../src/sandbox/start-sandbox.js'
import { startTokenEndpoint } from '../../src/sandbox/token-endpoint.js'
import {
  CLIENT,
  closedAfterEach,
  REFRESH,
  SECRET,
  signInTo,
  TENANT,
  TEST_TLS,
} from '../helpers/sign-in.js'

// The sandbox's token endpoint is as strict as Entra where a client can go wrong (issue 12):
// scopes, the client assertion's type and lifetime, and refresh tokens replaced on each use.

const PC = 'https://api.partnercenter.microsoft.com'
const tls = TEST_TLS

const closers = closedAfterEach()

async function endpoint(extra: { now?: () => number; refreshTokenLifetimeSeconds?: number } = {}) {
  const cert = selfSignedCertificate('sandbox app')
  const server = await startTokenEndpoint({
    apps: [{ clientId: CLIENT, clientSecret: SECRET, certificate: cert.certificate }],
    refreshTokens: [REFRESH],
    tls,
    ...extra,
  })
  closers.push(server.close)
  const post = async (fields: Record<string, string>) => {
    const answer = await fetch(`${server.url}/${TENANT}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: CLIENT, ...fields }),
    })
    return { status: answer.status, body: (await answer.json()) as Record<string, string> }
  }
  return { server, post, cert }
}

/** A client assertion signed with the app's key, with these claims. */
function assertion(key: string, claims: Record<string, unknown>, certificate: string): string {
  const raw = new X509Certificate(certificate).raw
  const header = {
    alg: 'RS256',
    typ: 'JWT',
    'x5t#S256': createHash('sha256').update(raw).digest('base64url'),
  }
  const part = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url')
  const signed = `${part(header)}.${part(claims)}`
  return `${signed}.${createSign('sha256').update(signed).sign(key).toString('base64url')}`
}

describe('the sandbox token endpoint', () => {
  it('takes client credentials for one .default scope, and Partner Center only tokens for itself', async () => {
    const sandbox = await startSandbox({
      tls,
      apps: [{ clientId: SANDBOX_APP.clientId, clientSecret: SANDBOX_APP.clientSecret }],
    })
    closers.push(sandbox.close)
    const ask = async (scope: string) => {
      const answer = await fetch(`${sandbox.authorityHost}/${TENANT}/oauth2/v2.0/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: SANDBOX_APP.clientId,
          client_secret: SANDBOX_APP.clientSecret,
          scope,
        }),
      })
      return { status: answer.status, body: (await answer.json()) as Record<string, string> }
    }
    for (const wrong of [`${PC}/user_impersonation`, `${PC}/.default openid`, 'batches']) {
      const refused = await ask(wrong)
      expect(refused.status).toBe(400)
      expect(refused.body.error).toBe('invalid_scope')
    }
    const batches = `${sandbox.partnerCenterUrl}/v1/customers/${TENANT}/deviceBatches`
    const call = (token = '') => fetch(batches, { headers: { Authorization: `Bearer ${token}` } })
    const good = await ask(`${PC}/.default`)
    expect((await call(good.body.access_token)).status).toBe(200)
    // A token Entra issues for another audience (the old Azure AD Graph one): refused.
    const graph = await ask('https://graph.windows.net/.default')
    expect(graph.status).toBe(200)
    const refused = await call(graph.body.access_token)
    expect(refused.status).toBe(401)
    expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/)
  })

  it('replaces a refresh token on each use; the old one lives only as long as it was given', async () => {
    let now = Date.now()
    const { post } = await endpoint({ now: () => now, refreshTokenLifetimeSeconds: 3600 })
    const redeem = (
      refresh_token: string,
      scope = `${PC}/user_impersonation openid offline_access`,
    ) => post({ grant_type: 'refresh_token', client_secret: SECRET, refresh_token, scope })
    const first = await redeem(REFRESH)
    expect(first.status).toBe(200)
    const next = first.body.refresh_token ?? ''
    expect(next).not.toBe(REFRESH)
    expect(next).toMatch(/^sandbox\.refresh\./)
    expect((await redeem(REFRESH, `${PC}/.default`)).body.error).toBe('invalid_scope')
    // 50 minutes on, both still work; 70 minutes on, the first (issued at the start) has expired,
    // though it was used, while one issued 50 minutes in still works.
    now += 50 * 60_000
    const later = await redeem(next)
    expect(later.status).toBe(200)
    now += 20 * 60_000
    expect((await redeem(REFRESH)).body.error).toBe('invalid_grant')
    expect((await redeem(next)).body.error).toBe('invalid_grant')
    expect((await redeem(later.body.refresh_token ?? '')).status).toBe(200)
  })

  it('checks a client assertion’s type, expiry and start', async () => {
    const { server, post, cert } = await endpoint()
    const seconds = Math.floor(Date.now() / 1000)
    const claims = (exp: number, nbf: number) => ({
      aud: `${server.url}/${TENANT}/oauth2/v2.0/token`,
      iss: CLIENT,
      sub: CLIENT,
      jti: String(Math.random()),
      exp,
      nbf,
    })
    const ask = (jwt: string, type = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer') =>
      post({
        grant_type: 'client_credentials',
        scope: `${PC}/.default`,
        client_assertion_type: type,
        client_assertion: jwt,
      })
    const good = assertion(cert.privateKey, claims(seconds + 600, seconds - 10), cert.certificate)
    expect((await ask(good)).status).toBe(200)
    expect((await ask(good, 'jwt')).body.error_description).toContain('client_assertion_type')
    const expired = assertion(
      cert.privateKey,
      claims(seconds - 3600, seconds - 7200),
      cert.certificate,
    )
    expect((await ask(expired)).body.error_description).toContain('has expired')
    const early = assertion(
      cert.privateKey,
      claims(seconds + 7200, seconds + 3600),
      cert.certificate,
    )
    expect((await ask(early)).body.error_description).toContain('not valid yet')
  })

  it('lets MSAL sign in as it does, app-only and App+User, with the scopes of the cloud', async () => {
    const { server } = await endpoint()
    const signIn = signInTo(server.url, {
      clientSecret: SECRET,
      refreshToken: REFRESH,
      partnerCenterUrl: 'https://api.partnercenter.microsoft.com',
    })
    expect(server.inspect(await signIn.getToken())).toMatchObject({ kind: 'app', audience: PC })
    expect(server.inspect(await signIn.getUserToken())).toMatchObject({
      kind: 'app+user',
      audience: PC,
    })
  })
})
