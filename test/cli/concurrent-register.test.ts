import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { SANDBOX_APP, startSandbox } from '../../src/sandbox/start-sandbox.js'
import { customersRepository, registerWithCli, uploadsBySerial } from '../helpers/register-cli.js'
import { device } from '../helpers/synthetic.js'

// Two `register` processes started together on one checkout (dist/cli/index.js, as a partner in
// two terminals): one runs, the other stops before sending anything; every device reaches Partner
// Center once, and no record is lost or written over.

const TLS = JSON.parse(readFileSync(process.env.AUTOPILOT_GITOPS_TEST_TLS ?? '', 'utf8'))
const SECRET = 'client-secret-value-0123456789'

let close: (() => Promise<void>) | undefined
afterEach(async () => {
  await close?.()
  close = undefined
})

const CUSTOMERS = ['00000001', '00000002'].map((n, i) => ({
  slug: `c${i}`,
  customerId: `${n}-0000-4000-8000-000000000000`,
  devices: [1, 2, 3].map((k) => device(100 * (i + 1) + k)),
}))

async function setUp(options: { overlap: boolean }) {
  // For two runs: slow enough (each call 40 ms, each upload a poll) that they surely overlap.
  const sandbox = await startSandbox({
    tls: TLS,
    pollsToFinish: options.overlap ? 1 : 0,
    latencyMs: options.overlap ? 40 : 0,
    apps: [{ clientId: SANDBOX_APP.clientId, clientSecret: SECRET }],
  })
  close = sandbox.close
  const repo = customersRepository(CUSTOMERS)
  const register = () => registerWithCli(repo.root, sandbox, { secret: SECRET })
  const sends = () => uploadsBySerial(sandbox)
  return { repo, register, sends }
}

const records = (root: string) =>
  CUSTOMERS.flatMap((c) =>
    readdirSync(path.join(root, 'customers', c.slug, 'registrations')).map((f) => `${c.slug}/${f}`),
  )

describe('two register runs at once on one checkout', () => {
  it('lets one run and stops the other before it sends anything', async () => {
    const { repo, register, sends } = await setUp({ overlap: true })
    const [a, b] = await Promise.all([register(), register()])
    const runs = [a, b]
    const refused = runs.filter((r) => r.code !== 0)
    expect(
      refused,
      runs.map((r) => `${r.code}\n${r.stdout}\n${r.stderr}`).join('\n---\n'),
    ).toHaveLength(1)
    // Refused by the lock, or, when the first run has already written its in-progress records,
    // by their not being committed: either way before sending anything.
    expect(refused[0]?.stderr).toMatch(
      /another register run \(process \d+\) is running on this checkout|customers\/ has changes that are not committed/,
    )
    expect(refused[0]?.stderr).not.toMatch(/\n\s+at /)
    // Every device once, from the run that ran.
    const all = CUSTOMERS.flatMap((c) => c.devices.map((d) => d.serialNumber)).sort()
    expect([...sends().keys()].sort()).toEqual(all)
    expect([...sends().values()].every((n) => n === 1)).toBe(true)
    // One final record per customer, each whole JSON; the in-progress ones of the same run beside them.
    const written = records(repo.root)
    const finals = written.filter((f) => !f.endsWith('-in-progress.json'))
    expect(finals.map((f) => f.split('/')[0]).sort()).toEqual(['c0', 'c1'])
    for (const f of written) {
      const [slug, name] = f.split('/')
      const text = readFileSync(
        path.join(repo.root, 'customers', slug ?? '', 'registrations', name ?? ''),
        'utf8',
      )
      expect(() => JSON.parse(text)).not.toThrow()
    }
    // The lock went with the run: the next one, once the records are committed, sends nothing.
    repo.git('add', '-A')
    repo.git('commit', '-q', '-m', 'records')
    const again = await register()
    expect(again.code, again.stderr).toBe(0)
    expect([...sends().values()].every((n) => n === 1)).toBe(true)
  }, 60_000)

  it('takes over a lock whose process is gone', async () => {
    const { repo, register, sends } = await setUp({ overlap: false })
    // A lock as a killed run leaves it: a process id that no longer runs.
    writeFileSync(path.join(repo.root, '.git', 'autopilot-gitops-register.lock'), '2147483646\n')
    const run = await register()
    expect(run.code, run.stderr).toBe(0)
    expect(sends().size).toBe(6)
    expect(
      readdirSync(path.join(repo.root, '.git')).filter((f) => f.includes('register.lock')),
    ).toEqual([])
  }, 60_000)
})
