import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { RegistrationRecordSchema } from '../../src/ledger/record-schema.js'
import { SANDBOX_APP, startSandbox } from '../../src/sandbox/start-sandbox.js'
import { gitRepository } from '../helpers/git-repo.js'
import { CHILD_ENV, PROJECT } from '../helpers/paths.js'
import { registerArgs } from '../helpers/register-args.js'
import { runNode } from '../helpers/run-dist.js'
import { customerYml, device, gwaiFile } from '../helpers/synthetic.js'
import { runInProcess } from './in-process.js'

const TLS = JSON.parse(readFileSync(process.env.AUTOPILOT_GITOPS_TEST_TLS ?? '', 'utf8'))
const SECRET = 'client-secret-value-0123456789'

let close: (() => Promise<void>) | undefined
afterEach(async () => {
  await close?.()
  close = undefined
})

async function setUp() {
  const sandbox = await startSandbox({
    tls: TLS,
    pollsToFinish: 0,
    apps: [{ clientId: SANDBOX_APP.clientId, clientSecret: SECRET }],
  })
  close = sandbox.close
  const repo = gitRepository({
    'customers/contoso/customer.yml': customerYml({
      name: 'Contoso',
      customerId: '8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60',
    }),
    'customers/contoso/devices/order.csv': gwaiFile([device(1), device(2)]),
  })
  const register = (extra: string[] = [], env: Record<string, string> = {}) =>
    runNode('dist/cli/index.js', registerArgs(repo.root, sandbox, extra), {
      cwd: PROJECT,
      env: {
        ...CHILD_ENV,
        NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS ?? '',
        AUTOPILOT_GITOPS_CLIENT_SECRET: SECRET,
        AUTOPILOT_GITOPS_REFRESH_TOKEN: SANDBOX_APP.refreshToken,
        ...env,
      },
    })
  return { sandbox, repo, register }
}

describe('autopilot-gitops register (dist/cli/index.js against the sandbox)', () => {
  it('registers, writes the records into the working tree, and sends nothing on the next run', async () => {
    const { repo, register, sandbox } = await setUp()
    const first = await register()
    expect(first.stderr).toContain('contoso: uploaded 2 device(s)')
    expect(first.code).toBe(0)
    expect(first.stdout).toContain('2 registered, 0 already registered, 0 failed, 0 pending')
    const folder = path.join(repo.root, 'customers/contoso/registrations')
    // Written when the upload was accepted, then when Partner Center had processed it.
    const [inProgress, name] = readdirSync(folder).sort()
    expect(inProgress).toBe(name?.replace('.json', '-in-progress.json'))
    expect(first.stdout).toContain(`Record: customers/contoso/registrations/${name}`)
    const read = (file = '') =>
      RegistrationRecordSchema.parse(JSON.parse(readFileSync(path.join(folder, file), 'utf8')))
    const [trackingId] = read(name).trackingIds
    expect(read(inProgress).devices.map((d) => [d.status, d.trackingId])).toEqual([
      ['pending', trackingId],
      ['pending', trackingId],
    ])
    // App+User only where Partner Center requires it: the create; the polls as the app.
    expect(
      sandbox.partnerCenter.calls.map((c) => [c.method, c.path.split('/').at(-2), c.appUser]),
    ).toEqual([
      ['POST', '8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60', true],
      ['GET', 'batchJobStatus', false],
    ])
    const record = read(name)
    expect(record.commit).toBe(repo.git('rev-parse', 'HEAD'))
    expect(record.devices.map((d) => d.status)).toEqual(['registered', 'registered'])
    expect(first.stdout + first.stderr).not.toContain(SECRET)

    repo.git('add', '-A')
    repo.git('commit', '-q', '-m', 'records')
    const posts = sandbox.partnerCenter.calls.filter((c) => c.method === 'POST').length
    const second = await register()
    expect(second.code).toBe(0)
    expect(second.stdout).toContain('Nothing to send')
    expect(sandbox.partnerCenter.calls.filter((c) => c.method === 'POST')).toHaveLength(posts)
  }, 30_000)

  it('refuses uncommitted device files, and a missing sign-in, before sending anything', async () => {
    const { repo, register, sandbox } = await setUp()
    writeFileSync(path.join(repo.root, 'customers/contoso/devices/new.csv'), gwaiFile([device(3)]))
    const dirty = await register()
    expect(dirty.code).toBe(2)
    expect(dirty.stderr).toContain('customers/ has changes that are not committed')
    repo.git('add', '-A')
    repo.git('commit', '-q', '-m', 'new')
    const anonymous = await runNode('dist/cli/index.js', ['register', repo.root], {
      cwd: PROJECT,
    })
    expect(anonymous.code).toBe(2)
    expect(anonymous.stderr).toContain('register needs --tenant-id and --client-id')
    // The same bounds as the action's inputs.
    const tooBig = await register(['--chunk-size', '1001', '--concurrency', '0'])
    expect(tooBig.code).toBe(2)
    expect(tooBig.stderr).toContain('--concurrency is "0"')
    expect(tooBig.stderr).toContain('--chunk-size is "1001"')
    const wrong = await register([], { AUTOPILOT_GITOPS_CLIENT_SECRET: 'wrong-secret-value' })
    expect(wrong.code).toBe(1)
    // The CLI's own settings are named, not the action's inputs (issue 10).
    expect(wrong.stdout).toContain(
      'stopped: sign-in with AUTOPILOT_GITOPS_CLIENT_SECRET failed: invalid_client',
    )
    expect(wrong.stdout + wrong.stderr).not.toContain('wrong-secret-value')
    expect(sandbox.partnerCenter.calls).toEqual([])
  }, 30_000)
})

describe('autopilot-gitops register, in process: progress while Partner Center processes', () => {
  const args = registerArgs
  const env = {
    AUTOPILOT_GITOPS_CLIENT_SECRET: SECRET,
    AUTOPILOT_GITOPS_REFRESH_TOKEN: SANDBOX_APP.refreshToken,
  }

  it("writes each customer's standing as lines on standard error, the last one once it is over", async () => {
    const { repo, sandbox } = await setUp()
    const run = await runInProcess(args(repo.root, sandbox), { env })
    expect(run.code).toBe(0)
    const lines = run.stderr.split('\n')
    const waiting = lines.filter((l) => l.startsWith('Waiting for Partner Center, '))
    // The first standing is written at once (the sandbox answers faster than 30 s).
    expect(waiting).toHaveLength(1)
    expect(waiting[0]).toMatch(/^Waiting for Partner Center, \d+s: contoso \d of 2 sent, /)
    const last = lines.filter((l) => l.startsWith('Partner Center, '))
    expect(last).toEqual([
      expect.stringMatching(/^Partner Center, \d+s: contoso 2 of 2 sent, 2 processed, 0 pending$/),
    ])
    expect(run.stderr).not.toContain('\x1b')
    expect(run.stdout).toContain('2 registered, 0 already registered, 0 failed, 0 pending')
  }, 30_000)

  it('redraws them in place on a terminal, leaving the last standing', async () => {
    const { repo, sandbox } = await setUp()
    const run = await runInProcess(args(repo.root, sandbox), { env, columns: 120 })
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('\r\x1b[2A\x1b[J')
    expect(run.stderr).toMatch(
      /Partner Center, \d+s:\n {2}contoso {2}2 of 2 sent, 2 processed, 0 pending\n$/,
    )
  }, 30_000)
})
