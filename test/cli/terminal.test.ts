import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { SANDBOX_APP, startSandbox } from '../../src/sandbox/start-sandbox.js'
import { gitRepository } from '../helpers/git-repo.js'
import { registerArgs } from '../helpers/register-args.js'
import { RAW_CONTROL, secretsIn } from '../helpers/surfaces.js'
import {
  csvBytes,
  customerYml,
  device,
  GWAI_HEADER,
  gwaiRow,
  hashOf,
  PARTNER_HEADER,
} from '../helpers/synthetic.js'
import { runInProcess } from './in-process.js'

// What the CLI prints of a partner's files, of a hash's own strings and of what a service said:
// no sequence that retitles or clears the terminal, rings it, forges a line or reorders text,
// and no secret.

const TLS = JSON.parse(readFileSync(process.env.AUTOPILOT_GITOPS_TEST_TLS ?? '', 'utf8'))
const HOSTILE = '\u001b]0;retitled\u0007\u001b[2J\r\n\u009b\u202eevil\u2066'

let close: (() => Promise<void>) | undefined
afterEach(async () => {
  await close?.()
  close = undefined
})

function repository() {
  return gitRepository({
    'customers/contoso/customer.yml': customerYml({
      name: 'Contoso',
      customerId: '8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60',
    }),
    [`customers/contoso/devices/order${HOSTILE}.csv`]: csvBytes([
      PARTNER_HEADER,
      // A quoted cell holds the line break; the serial differs from the hash's (AP405 quotes it).
      `"SER${HOSTILE}",,${hashOf(device(1))},Contoso,"Book${HOSTILE}"`,
      `${device(2).serialNumber},,,Contoso,"Book${HOSTILE}"`,
    ]),
    [`loose${HOSTILE}.csv`]: csvBytes([GWAI_HEADER, gwaiRow(device(3))]),
  })
}

describe('the CLI on a terminal, whatever the partner wrote', () => {
  it.each([
    ['validate', 'text'],
    ['validate', 'json'],
    ['plan', 'text'],
    ['plan', 'json'],
  ])('%s --format %s', async (command, format) => {
    const repo = repository()
    const run = await runInProcess([command, repo.root, '--format', format])
    expect(run.stderr).toBe('')
    expect(run.stdout).not.toMatch(RAW_CONTROL)
    // Every line is one the renderer wrote: the partner's line break is shown, not obeyed.
    if (format === 'text') expect(run.stdout).toContain('\\u001b]0;retitled\\u0007')
    // JSON reads back the same text.
    if (format === 'json') expect(JSON.stringify(JSON.parse(run.stdout))).toContain('\\u001b')
  })

  it("decode-hash: the hash's own strings", async () => {
    const hash = hashOf({
      serialNumber: `S${HOSTILE}`,
      manufacturer: `M${HOSTILE}`,
      model: HOSTILE,
    })
    for (const format of ['text', 'json']) {
      const run = await runInProcess(['decode-hash', hash, '--format', format])
      expect(run.stdout).not.toMatch(RAW_CONTROL)
      expect(run.stdout).toContain('u202eevil')
    }
  })

  it('an argument it does not know, quoted back', async () => {
    const run = await runInProcess([`plan${HOSTILE}`])
    expect(run.code).toBe(2)
    expect(run.stderr).not.toMatch(RAW_CONTROL)
  })

  it('register: what an echoing token endpoint said, and the tokens it issued', async () => {
    const sandbox = await startSandbox({
      tls: TLS,
      pollsToFinish: 0,
      echoRequests: true,
      failDevices: { errorCode: '', errorDescription: `Proxy${HOSTILE}` },
    })
    close = sandbox.close
    const repo = gitRepository({
      'customers/contoso/customer.yml': customerYml({
        name: 'Contoso',
        customerId: '8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60',
      }),
      'customers/contoso/devices/order.csv': csvBytes([GWAI_HEADER, gwaiRow(device(1))]),
    })
    const args = (secret: string) =>
      runInProcess(registerArgs(repo.root, sandbox), {
        env: {
          AUTOPILOT_GITOPS_CLIENT_SECRET: secret,
          AUTOPILOT_GITOPS_REFRESH_TOKEN: SANDBOX_APP.refreshToken,
        },
      })
    // Refused: the description quotes the form, the wrong secret and the refresh token in it.
    const refused = await args('wrong-secret-value')
    expect(refused.stdout).toContain('client_secret=[redacted]')
    // Signed in: every device fails with a description that quotes the bearer token.
    const failed = await args(SANDBOX_APP.clientSecret)
    expect(failed.stdout).toContain('with Authorization: [redacted]')
    for (const run of [refused, failed]) {
      expect(secretsIn(run.stdout + run.stderr)).toEqual([])
      expect(run.stdout + run.stderr).not.toMatch(RAW_CONTROL)
    }
  }, 30_000)
})
