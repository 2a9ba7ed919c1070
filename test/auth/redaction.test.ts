import { describe, expect, it } from 'vitest'
import { AuthError } from '../../src/auth/token-provider.js'
import { createRedactor } from '../../src/findings/redact.js'
import { selfSignedCertificate } from '../../src/sandbox/self-signed.js'
import { type SandboxApp, startTokenEndpoint } from '../../src/sandbox/token-endpoint.js'
import { captureError } from '../helpers/secrets.js'
import { CLIENT, closedAfterEach, REFRESH, SECRET, signInTo, TEST_TLS } from '../helpers/sign-in.js'
import { secretsIn } from '../helpers/surfaces.js'

// A token endpoint, or a proxy in front of it, that quotes the refused request in its
// error_description: the client secret, the assertion and the refresh token must not come back.

const tls = TEST_TLS

const closers = closedAfterEach()

async function echoingEndpoint(app: Partial<SandboxApp>) {
  const server = await startTokenEndpoint({
    apps: [{ clientId: CLIENT, ...app }],
    refreshTokens: [REFRESH],
    tls,
    echoRequests: true,
  })
  closers.push(server.close)
  return server
}

/** The sign-in's error with all it carries as text: message, stack, JSON, its cause's too. */
async function refusal(getToken: () => Promise<string>): Promise<string> {
  const error = await getToken().then(
    () => {
      throw new Error('the sign-in succeeded')
    },
    (e: unknown) => captureError(e),
  )
  expect(error).toBeInstanceOf(AuthError)
  const cause = (error as Error).cause as Error & { errorMessage?: string }
  return [
    (error as Error).message,
    (error as Error).stack,
    JSON.stringify(error),
    cause?.message,
    cause?.stack,
    cause?.errorMessage,
    JSON.stringify(cause),
  ].join('\n')
}

describe('a token endpoint that echoes the request, redacted where its words enter', () => {
  it('the client secret and the refresh token of a refused App+User sign-in', async () => {
    const server = await echoingEndpoint({ clientSecret: 'another-secret-0123456789' })
    const signIn = signInTo(server.url, {
      clientSecret: SECRET,
      refreshToken: REFRESH,
    })
    const said = await refusal(() => signIn.getUserToken())
    // The echo came back, and was redacted: Entra's own words stay.
    expect(said).toContain('AADSTS7000215')
    expect(said).toMatch(/client_secret=\[redacted\]/)
    expect(said).toMatch(/refresh_token=\[redacted\]/)
    expect(said).not.toContain(SECRET)
    expect(said).not.toContain(REFRESH)
    expect(secretsIn(said)).toEqual([])
  })

  it('the client assertion of a refused certificate sign-in', async () => {
    const client = selfSignedCertificate('autopilot-gitops client')
    const other = selfSignedCertificate('another app')
    const server = await echoingEndpoint({ certificate: other.certificate })
    const signIn = signInTo(server.url, {
      clientCertificate: `${client.privateKey}${client.certificate}`,
    })
    const said = await refusal(() => signIn.getToken())
    expect(said).toMatch(/client_assertion=\[redacted\]/)
    expect(said).not.toMatch(/eyJ[\w-]+\.eyJ/)
  })

  it("learns every token the sign-in obtains, into the run's Redactor and the log's mask", async () => {
    const server = await echoingEndpoint({ clientSecret: SECRET })
    const redactor = createRedactor()
    const masked: string[] = []
    const signIn = signInTo(server.url, {
      clientSecret: SECRET,
      refreshToken: REFRESH,
      maskSecret: (secret) => masked.push(secret),
      redactor,
    })
    const token = await signIn.getToken()
    await signIn.getToken({ forceRefresh: true })
    // Each once, whatever MSAL's cache holds again.
    expect(masked).toEqual([SECRET, REFRESH, token, expect.any(String)])
    expect(redactor.redact(`a ${token} b ${SECRET} c ${REFRESH}`)).toBe(
      'a [redacted] b [redacted] c [redacted]',
    )
  })
})
