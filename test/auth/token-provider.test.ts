import * as core from '@actions/core'
import { describe, expect, it, vi } from 'vitest'
import { ACTION_SETTING_NAMES, AuthError, createSignIn } from '../../src/auth/token-provider.js'
import { PartnerCenterClient } from '../../src/partner-center/client.js'
import { startPartnerCenterSandbox } from '../../src/sandbox/partner-center-sandbox.js'
import { selfSignedCertificate } from '../../src/sandbox/self-signed.js'
import { type SandboxApp, startTokenEndpoint } from '../../src/sandbox/token-endpoint.js'
import { startFakeGitHubOidc } from '../fakes/fake-github-oidc.js'
import { captureError } from '../helpers/secrets.js'
import {
  CLIENT,
  closedAfterEach,
  REFRESH,
  SECRET,
  signInTo,
  TENANT,
  TEST_TLS,
} from '../helpers/sign-in.js'

const SUBJECT = 'repo:partner/autopilot-devices:environment:partner-center'
const tls = TEST_TLS

const closers = closedAfterEach()

async function endpoint(app: Partial<SandboxApp>, extra: { expiresInSeconds?: number } = {}) {
  const server = await startTokenEndpoint({
    apps: [{ clientId: CLIENT, ...app }],
    refreshTokens: [REFRESH],
    tls,
    ...extra,
  })
  closers.push(server.close)
  return server
}

describe('signing in to Partner Center with MSAL, against the sandbox token endpoint', () => {
  it('uses a client secret, and masks every secret and token', async () => {
    const server = await endpoint({ clientSecret: SECRET })
    const masked: string[] = []
    const signIn = signInTo(server.url, {
      clientSecret: SECRET,
      maskSecret: (v) => masked.push(v),
    })
    const token = await signIn.getToken()
    expect(signIn).toMatchObject({ mode: 'client-secret', appUser: false })
    expect(server.inspect(token)).toMatchObject({ kind: 'app', clientId: CLIENT })
    expect(masked).toEqual([SECRET, token])
    expect(
      server.requests.map((r) => [r.path.replace(TENANT, '<tenant>'), r.grantType, r.status]),
    ).toEqual([
      ['/<tenant>/v2.0/.well-known/openid-configuration', undefined, 200],
      ['/<tenant>/oauth2/v2.0/token', 'client_credentials', 200],
    ])
  })

  it('uses a client certificate (one PEM with key and certificate)', async () => {
    const client = selfSignedCertificate('autopilot-gitops client')
    const server = await endpoint({ certificate: client.certificate })
    const signIn = signInTo(server.url, {
      clientCertificate: `${client.privateKey}${client.certificate}`,
    })
    expect(signIn.mode).toBe('client-certificate')
    expect(server.inspect(await signIn.getToken())).toMatchObject({ kind: 'app' })
  })

  it("uses GitHub's workload identity: no stored secret", async () => {
    const oidc = await startFakeGitHubOidc({
      requestToken: 'runner-request-token',
      subject: SUBJECT,
    })
    closers.push(oidc.close)
    const server = await endpoint({
      federated: { issuer: oidc.issuer, subject: SUBJECT, publicKey: oidc.publicKey },
    })
    vi.stubEnv('ACTIONS_ID_TOKEN_REQUEST_URL', oidc.url)
    vi.stubEnv('ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'runner-request-token')
    const signIn = signInTo(server.url, {
      getIdToken: (audience) => core.getIDToken(audience),
    })
    expect(signIn.mode).toBe('workload-identity')
    expect(server.inspect(await signIn.getToken())).toMatchObject({ kind: 'app' })
    expect(oidc.requests).toEqual([{ audience: 'api://AzureADTokenExchange', authorized: true }])
  })

  it('uses a refresh token for App+User, which may create a batch', async () => {
    const server = await endpoint({ clientSecret: SECRET })
    const pc = await startPartnerCenterSandbox({
      requireAppUserToCreate: true,
      isAppUser: (t) => server.inspect(t)?.kind === 'app+user',
    })
    closers.push(pc.close)
    const signIn = signInTo(server.url, {
      clientSecret: SECRET,
      refreshToken: REFRESH,
    })
    expect(signIn.appUser).toBe(true)
    const client = new PartnerCenterClient({ baseUrl: pc.url, tokens: signIn, version: '0.1.0' })
    await expect(
      client.createDeviceBatch(TENANT, 'Microsoft365Managed_Autopilot', [
        { productKey: '3300000000001' },
      ]),
    ).resolves.toMatch(/^[0-9a-f-]{36}$/)
    expect(server.requests.at(-1)).toMatchObject({ grantType: 'refresh_token', status: 200 })
  })

  it('redeems the refresh token once for callers that ask at once, and keeps the token until it expires', async () => {
    const server = await endpoint({ clientSecret: SECRET })
    const signIn = signInTo(server.url, {
      clientSecret: SECRET,
      refreshToken: REFRESH,
    })
    const tokens = await Promise.all([
      signIn.getUserToken(),
      signIn.getUserToken(),
      signIn.getUserToken(),
    ])
    expect(new Set(tokens).size).toBe(1)
    expect(await signIn.getUserToken()).toBe(tokens[0])
    const grants = () => server.requests.filter((r) => r.grantType === 'refresh_token').length
    expect(grants()).toBe(1)
    // A 401 asks for a new one.
    expect(await signIn.getUserToken({ forceRefresh: true })).not.toBe(tokens[0])
    expect(grants()).toBe(2)
  })

  it('gets a new token when the old one expired in the middle of a run', async () => {
    let clock = Date.now()
    const server = await startTokenEndpoint({
      apps: [{ clientId: CLIENT, clientSecret: SECRET }],
      tls,
      expiresInSeconds: 3600,
      now: () => clock,
    })
    closers.push(server.close)
    const pc = await startPartnerCenterSandbox({
      acceptToken: (t) => server.inspect(t) !== undefined,
    })
    closers.push(pc.close)
    const signIn = signInTo(server.url, {
      clientSecret: SECRET,
    })
    const client = new PartnerCenterClient({ baseUrl: pc.url, tokens: signIn, version: '0.1.0' })
    await client.listDeviceBatches(TENANT)
    clock += 2 * 3600 * 1000 // the sandbox's clock: MSAL still holds its cached token
    await client.listDeviceBatches(TENANT)
    expect(pc.calls.map((c) => c.status)).toEqual([200, 401, 200])
  })

  it('says what is wrong, without the secret', async () => {
    const server = await endpoint({ clientSecret: SECRET })
    const wrong = signInTo(server.url, {
      clientSecret: 'wrong-secret-value',
    })
    const error = await wrong.getToken().catch((e: unknown) => captureError(e))
    expect(error).toBeInstanceOf(AuthError)
    expect((error as Error).message).toMatch(
      /^sign-in with client-secret failed: invalid_client: .*AADSTS7000215/,
    )
    expect((error as Error).message).not.toContain('wrong-secret-value')
    // An expired or revoked refresh token is named as what failed: the partner renews it.
    const expired = signInTo(server.url, {
      clientSecret: SECRET,
      refreshToken: 'revoked-refresh-token-value',
    })
    const refused = await expired.getUserToken().catch((e: unknown) => captureError(e))
    expect((refused as Error).message).toMatch(
      /^sign-in with client-secret and refresh-token \(App\+User\) failed: invalid_grant: .*AADSTS70000/,
    )
    expect((refused as Error).message).not.toContain('revoked-refresh-token-value')
    expect(() =>
      createSignIn({
        tenantId: TENANT,
        clientId: CLIENT,
        maskSecret: () => {},
        settings: ACTION_SETTING_NAMES,
      }),
    ).toThrow('no credential: give client-secret')
    expect(() =>
      signInTo('http://login.example', {
        clientSecret: SECRET,
      }),
    ).toThrow('authority-host `http://login.example` must use https')
  })
})
