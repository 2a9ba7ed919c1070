import { readFileSync } from 'node:fs'
import { type AddressInfo, createServer } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { INPUT_NAMES } from '../../src/action/inputs.js'
import {
  ACTION_SETTING_NAMES,
  CLI_SETTING_NAMES,
  createSignIn,
  type SettingNames,
} from '../../src/auth/token-provider.js'
import { SECRET_VARIABLES } from '../../src/cli/secret-variables.js'
import { startTokenEndpoint } from '../../src/sandbox/token-endpoint.js'
import { captureError } from '../helpers/secrets.js'

const TENANT = '0a1b2c3d-0000-4000-8000-000000000001'
const CLIENT = '11111111-aaaa-4bbb-8ccc-222222222222'
const SECRET = 'client-secret-value-0123456789'
const REFRESH = 'refresh-token-value-0123456789'
const tls = JSON.parse(readFileSync(process.env.AUTOPILOT_GITOPS_TEST_TLS ?? '', 'utf8'))

let server: Awaited<ReturnType<typeof startTokenEndpoint>>
beforeAll(async () => {
  server = await startTokenEndpoint({
    apps: [{ clientId: CLIENT, clientSecret: SECRET }],
    refreshTokens: [REFRESH],
    tls,
  })
})
afterAll(() => server.close())

/** A port that was free a moment ago, and is closed now. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** The message of what signing in with these options throws, at once or on the first token. */
async function failure(settings: SettingNames, given: Record<string, string>): Promise<string> {
  try {
    const signIn = createSignIn({
      tenantId: TENANT,
      clientId: CLIENT,
      authorityHost: server.url,
      maskSecret: () => {},
      settings,
      ...given,
    })
    await (given.refreshToken ? signIn.getUserToken() : signIn.getToken())
  } catch (error) {
    return (captureError(error) as Error).message
  }
  throw new Error('signed in')
}

const WRONG = { clientSecret: 'wrong-secret-value' }
const REVOKED = { clientSecret: SECRET, refreshToken: 'revoked-refresh-token-value' }
const NO_PEM = { clientCertificate: 'not a PEM file' }
const HTTP = { clientSecret: SECRET, authorityHost: 'http://login.example' }
// A port nothing listens on: the discovery document cannot be read.
const NOWHERE = { clientSecret: SECRET, authorityHost: `https://127.0.0.1:${await closedPort()}` }

describe('sign-in errors name the settings as the caller calls them', () => {
  it.each([
    [
      'the action, by its inputs',
      ACTION_SETTING_NAMES,
      [
        [
          {},
          'no credential: give client-secret or client-certificate, or let the workflow sign in without a secret (permissions: id-token: write, and a federated credential on the app registration)',
        ],
        [NO_PEM, 'client-certificate holds no certificate (-----BEGIN CERTIFICATE-----)'],
        [
          HTTP,
          'authority-host `http://login.example` must use https (plain http only on 127.0.0.1 or localhost)',
        ],
        [WRONG, /^sign-in with client-secret failed: invalid_client: .*AADSTS7000215/],
        [
          REVOKED,
          /^sign-in with client-secret and refresh-token \(App\+User\) failed: invalid_grant: .*AADSTS70000/,
        ],
        [
          NOWHERE,
          /^sign-in with client-secret failed: endpoints_resolution_error: .* could not be read \(ECONNREFUSED\): check tenant-id and authority-host$/,
        ],
      ],
    ],
    [
      'the CLI, by its flags and environment variables',
      CLI_SETTING_NAMES,
      [
        [
          {},
          'no credential: give AUTOPILOT_GITOPS_CLIENT_SECRET or AUTOPILOT_GITOPS_CLIENT_CERTIFICATE',
        ],
        [
          NO_PEM,
          'AUTOPILOT_GITOPS_CLIENT_CERTIFICATE holds no certificate (-----BEGIN CERTIFICATE-----)',
        ],
        [
          HTTP,
          '--authority-host `http://login.example` must use https (plain http only on 127.0.0.1 or localhost)',
        ],
        [
          WRONG,
          /^sign-in with AUTOPILOT_GITOPS_CLIENT_SECRET failed: invalid_client: .*AADSTS7000215/,
        ],
        [
          REVOKED,
          /^sign-in with AUTOPILOT_GITOPS_CLIENT_SECRET and AUTOPILOT_GITOPS_REFRESH_TOKEN \(App\+User\) failed: invalid_grant: .*AADSTS70000/,
        ],
        [
          NOWHERE,
          /^sign-in with AUTOPILOT_GITOPS_CLIENT_SECRET failed: endpoints_resolution_error: .* could not be read \(ECONNREFUSED\): check --tenant-id and --authority-host$/,
        ],
      ],
    ],
  ] as const)('for %s', async (_caller, settings, cases) => {
    for (const [given, expected] of cases) {
      const message = await failure(settings, given)
      if (typeof expected === 'string') expect(message).toBe(expected)
      else expect(message).toMatch(expected)
      // No secret, whether it was right or wrong.
      for (const secret of [SECRET, REFRESH, ...Object.values(given)].filter((v) =>
        /secret|token/.test(v),
      ))
        expect(message).not.toContain(secret)
    }
  })

  it('uses the names the action and the CLI really take', () => {
    const { withoutSecret: _, ...action } = ACTION_SETTING_NAMES
    expect(action).toEqual({
      tenantId: INPUT_NAMES.tenantId,
      clientId: INPUT_NAMES.clientId,
      clientSecret: INPUT_NAMES.clientSecret,
      clientCertificate: INPUT_NAMES.clientCertificate,
      refreshToken: INPUT_NAMES.refreshToken,
      authorityHost: INPUT_NAMES.authorityHost,
    })
    expect(CLI_SETTING_NAMES).toMatchObject(SECRET_VARIABLES)
    expect(CLI_SETTING_NAMES).toMatchObject({
      tenantId: '--tenant-id',
      clientId: '--client-id',
      authorityHost: '--authority-host',
    })
  })
})
