import { readFileSync } from 'node:fs'
import { afterEach } from 'vitest'
import {
  ACTION_SETTING_NAMES,
  createSignIn,
  type SignInOptions,
} from '../../src/auth/token-provider.js'

/** An app registration of a partner tenant, as the sign-in tests give it to the token endpoint. */
export const TENANT = '0a1b2c3d-0000-4000-8000-000000000001'
export const CLIENT = '11111111-aaaa-4bbb-8ccc-222222222222'
export const SECRET = 'client-secret-value-0123456789'
export const REFRESH = 'refresh-token-value-0123456789'
/** The certificate and key the test run's token endpoints serve, trusted by NODE_EXTRA_CA_CERTS. */
export const TEST_TLS: { certificate: string; privateKey: string } = JSON.parse(
  readFileSync(process.env.AUTOPILOT_GITOPS_TEST_TLS ?? '', 'utf8'),
)

/** A list of servers to close after each test of the file that calls this (at its top level). */
export function closedAfterEach(): (() => Promise<void>)[] {
  const closers: (() => Promise<void>)[] = []
  afterEach(async () => {
    for (const close of closers.splice(0)) await close()
  })
  return closers
}

/** A sign-in of this app registration at `authorityHost`, as the action names its settings. */
export function signInTo(authorityHost: string, given: Partial<SignInOptions> = {}) {
  return createSignIn({
    tenantId: TENANT,
    clientId: CLIENT,
    authorityHost,
    maskSecret: () => {},
    settings: ACTION_SETTING_NAMES,
    ...given,
  })
}
