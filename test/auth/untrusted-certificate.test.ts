import { ConfidentialClientApplication } from '@azure/msal-node'
import { afterEach, describe, expect, it } from 'vitest'
import {
  ACTION_SETTING_NAMES,
  AuthError,
  CLI_SETTING_NAMES,
  createSignIn,
} from '../../src/auth/token-provider.js'
import { SANDBOX_APP, startSandbox } from '../../src/sandbox/start-sandbox.js'
import { captureError } from '../helpers/secrets.js'

// This process trusts the CA of test/global-setup.ts only (NODE_EXTRA_CA_CERTS): a sandbox
// started without `tls` makes a certificate of its own, which it does not trust, as a partner's
// shell without NODE_EXTRA_CA_CERTS would not.
const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const close of closers.splice(0)) await close()
})

async function untrustedSandbox() {
  const sandbox = await startSandbox()
  closers.push(sandbox.close)
  return { sandbox, host: new URL(sandbox.authorityHost).host }
}

const fix = (host: string) =>
  `the TLS certificate of ${host} is not trusted by this Node process (DEPTH_ZERO_SELF_SIGNED_CERT: a self-signed certificate). Set NODE_EXTRA_CA_CERTS to the PEM file of the CA that issued it (for the sandbox: the ca.pem path that \`autopilot-gitops sandbox\` prints; behind a TLS-intercepting proxy: the proxy’s CA) and run again; never turn off certificate checks.`

describe('signing in to a token endpoint whose certificate this process does not trust', () => {
  it('says so, names the host and the fix, in the caller’s names, without a secret', async () => {
    const { sandbox, host } = await untrustedSandbox()
    for (const [settings, refreshToken, used] of [
      [ACTION_SETTING_NAMES, undefined, 'client-secret'],
      [
        CLI_SETTING_NAMES,
        SANDBOX_APP.refreshToken,
        'AUTOPILOT_GITOPS_CLIENT_SECRET and AUTOPILOT_GITOPS_REFRESH_TOKEN (App+User)',
      ],
    ] as const) {
      const signIn = createSignIn({
        tenantId: SANDBOX_APP.tenantId,
        clientId: SANDBOX_APP.clientId,
        clientSecret: SANDBOX_APP.clientSecret,
        refreshToken,
        authorityHost: sandbox.authorityHost,
        maskSecret: () => {},
        settings,
      })
      const asked = refreshToken ? signIn.getUserToken() : signIn.getToken()
      const error = await asked.catch((e: unknown) => captureError(e))
      expect(error).toBeInstanceOf(AuthError)
      expect((error as Error).message).toBe(`sign-in with ${used} failed: ${fix(host)}`)
      expect(JSON.stringify(error)).not.toContain(SANDBOX_APP.clientSecret)
    }
    // No request got through the handshake.
    expect(sandbox.tokens.requests).toEqual([])
  })

  it('is needed because msal-node 7 keeps no trace of the certificate in what it throws', async () => {
    const { sandbox } = await untrustedSandbox()
    const app = new ConfidentialClientApplication({
      auth: {
        clientId: SANDBOX_APP.clientId,
        authority: `${sandbox.authorityHost}/${SANDBOX_APP.tenantId}`,
        knownAuthorities: [new URL(sandbox.authorityHost).host],
        clientSecret: SANDBOX_APP.clientSecret,
      },
    })
    const error = await app
      .acquireTokenByClientCredential({
        scopes: ['https://api.partnercenter.microsoft.com/.default'],
      })
      .catch((e: unknown) => captureError(e))
    // Should this start failing, MSAL keeps the cause now: the fetch after its failure can go.
    expect(error).toMatchObject({ errorCode: 'endpoints_resolution_error' })
    expect((error as Error).cause).toBeUndefined()
    expect(JSON.stringify(error)).not.toMatch(/SELF_SIGNED|certificate/i)
  })
})
