import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { SANDBOX_APP, startSandbox } from '../../src/sandbox/start-sandbox.js'
import { customersRepository, registerWithCli, uploadsBySerial } from '../helpers/register-cli.js'
import { csvBytes, device, GWAI_HEADER, hashOf } from '../helpers/synthetic.js'

// `register` killed (SIGKILL, as a lost machine) at random moments, then run again until it is
// done: Partner Center must receive every device exactly once, whatever the moment was, the one
// between its answer and the write of the tracking id included.

const TLS = JSON.parse(readFileSync(process.env.AUTOPILOT_GITOPS_TEST_TLS ?? '', 'utf8'))
const SECRET = 'client-secret-value-0123456789'
/** Trials in the suite; `KILL_TRIALS=60 npx vitest run test/cli/kill-and-resume.test.ts` for more. */
const TRIALS = Number(process.env.KILL_TRIALS ?? 6)

let close: (() => Promise<void>) | undefined
afterEach(async () => {
  await close?.()
  close = undefined
})

const CUSTOMERS = ['00000001', '00000002', '00000003'].map((n, i) => ({
  slug: `c${i}`,
  customerId: `${n}-0000-4000-8000-000000000000`,
  devices: [1, 2, 3, 4].map((k) => device(100 * (i + 1) + k)),
}))

const HASH_ONLY = [1, 2].map((k) => device(900 + k))

async function trial(killAfterMs: number) {
  const sandbox = await startSandbox({
    tls: TLS,
    pollsToFinish: 0,
    latencyMs: 15,
    apps: [{ clientId: SANDBOX_APP.clientId, clientSecret: SECRET }],
  })
  close = sandbox.close
  // Rows with the hash alone, as some OEM exports have them: sent with the serial their hash
  // holds, so that a resumed run finds them in the batch instead of sending them again.
  const repo = customersRepository(CUSTOMERS, {
    'customers/c0/devices/hash-only.csv': csvBytes([
      GWAI_HEADER,
      ...HASH_ONLY.map((d) => `,,${hashOf(d)}`),
    ]),
  })
  const register = (signal?: AbortSignal) =>
    registerWithCli(repo.root, sandbox, {
      secret: SECRET,
      // Two uploads per customer: more moments to be killed at.
      args: ['--chunk-size', '2', '--concurrency', '2'],
      ...(signal ? { signal } : {}),
    })
  const kill = new AbortController()
  const timer = setTimeout(() => kill.abort(), killAfterMs)
  await register(kill.signal)
  clearTimeout(timer)
  // As the partner does after a stopped run: commit what it left (its in-progress records).
  repo.git('add', '-A')
  repo.git('commit', '-q', '--allow-empty', '-m', 'what the stopped run left')
  const again = await register()
  expect(again.code, `${again.stdout}\n${again.stderr}`).toBe(0)
  // Every device went to Partner Center in exactly one upload (a retry under the same
  // MS-RequestId is the same upload).
  const sends = uploadsBySerial(sandbox)
  const all = [...CUSTOMERS.flatMap((c) => c.devices), ...HASH_ONLY].map((d) => d.serialNumber)
  expect([...sends.keys()].sort()).toEqual([...all].sort())
  return [...sends.values()].filter((n) => n > 1).length
}

describe('register killed at random moments (dist/cli/index.js against the sandbox)', () => {
  it(
    `sends no device twice over ${TRIALS} kills between 0 and 700 ms`,
    async () => {
      let resent = 0
      for (let i = 0; i < TRIALS; i++) {
        resent += await trial(Math.floor(Math.random() * 700))
        await close?.()
        close = undefined
      }
      expect(resent).toBe(0)
    },
    120_000 + TRIALS * 5_000,
  )
})
