import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { RegistrationRecordSchema } from '../../src/ledger/record-schema.js'
import { SANDBOX_APP, startSandbox } from '../../src/sandbox/start-sandbox.js'
import { PROJECT } from '../helpers/paths.js'
import { cliEnv, commandArgs, registerArgs, signInArgs } from '../helpers/register-args.js'
import { customersRepository } from '../helpers/register-cli.js'
import { runNode } from '../helpers/run-dist.js'
import { device, gwaiFile } from '../helpers/synthetic.js'

const TLS = JSON.parse(readFileSync(process.env.AUTOPILOT_GITOPS_TEST_TLS ?? '', 'utf8'))
const SECRET = 'client-secret-value-0123456789'
const TAG = 'Microsoft365Managed_Autopilot'
const CONTOSO = '8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60'
const CODE = /enter the code ([A-Z]{8})/

let close: (() => Promise<void>) | undefined
afterEach(async () => {
  await close?.()
  close = undefined
})

async function setUp(app: { publicClient: boolean } = { publicClient: true }) {
  const sandbox = await startSandbox({
    tls: TLS,
    pollsToFinish: 0,
    apps: [{ clientId: SANDBOX_APP.clientId, clientSecret: SECRET, ...app }],
  })
  close = sandbox.close
  const repo = customersRepository([
    { slug: 'contoso', customerId: CONTOSO, devices: [device(1), device(2)] },
  ])
  return { sandbox, repo }
}

type Sandbox = Awaited<ReturnType<typeof setUp>>['sandbox']

/** The bundled CLI with these arguments; a partner admin answers the code it shows, if asked. */
function cli(
  args: readonly string[],
  sandbox: Sandbox,
  options: { secret?: string; admin?: 'approves' | 'declines' } = {},
) {
  let answered = false
  return runNode('dist/cli/index.js', args, {
    cwd: PROJECT,
    env: cliEnv(options.secret ? { AUTOPILOT_GITOPS_CLIENT_SECRET: options.secret } : {}),
    onStderr: (text) => {
      const code = CODE.exec(text)?.[1]
      if (!code || answered || !options.admin) return
      answered = true
      expect(sandbox.tokens.signInWithCode(code, options.admin === 'approves')).toBe(true)
    },
  })
}

/** The words of the command a run said to run, without the program's name. */
function toldCommand(stdout: string): string[] {
  const line = /To create the batch as a partner admin: autopilot-gitops (.+)/.exec(stdout)?.[1]
  expect(line).toBeDefined()
  return (line ?? '').split(' ')
}

const uploads = (sandbox: Sandbox) =>
  sandbox.partnerCenter.calls.filter((c) => c.method === 'POST' && c.status === 202)

describe('autopilot-gitops create-batch (dist/cli/index.js against the sandbox)', () => {
  it('creates the batch a merge could not create app-only, with the command the merge named', async () => {
    const { sandbox, repo } = await setUp()
    // The merge run as a partner without a stored user token has it: app-only.
    const merge = await cli(registerArgs(repo.root, sandbox), sandbox, { secret: SECRET })
    expect(merge.code).toBe(1)
    expect(uploads(sandbox)).toHaveLength(0)
    const words = toldCommand(merge.stdout)
    expect(words).toEqual([
      'create-batch',
      repo.root,
      '--customer',
      'contoso',
      '--group-tag',
      TAG,
      ...signInArgs(sandbox),
    ])

    // The admin runs it with no secret at all, and signs in with the code it shows.
    const created = await cli(words, sandbox, { admin: 'approves' })
    expect(created.stderr).toMatch(/open the page https:\/\/127\.0\.0\.1:\d+\/device/)
    expect(created.stdout).toContain('contoso (Microsoft365Managed_Autopilot): 2 registered')
    expect(created.code).toBe(0)
    expect(sandbox.partnerCenter.state.batchesOf(CONTOSO).get(TAG)).toHaveLength(2)
    const [create] = uploads(sandbox)
    expect(create).toMatchObject({ path: `/customers/${CONTOSO}/deviceBatches`, appUser: true })
    const folder = path.join(repo.root, 'customers/contoso/registrations')
    const record = readdirSync(folder).find((name) => !name.endsWith('-in-progress.json'))
    const body = RegistrationRecordSchema.parse(
      JSON.parse(readFileSync(path.join(folder, record ?? ''), 'utf8')),
    )
    expect(body.devices.map((d) => [d.serialNumber, d.status])).toEqual([
      ['SYN00001X', 'registered'],
      ['SYN00002X', 'registered'],
    ])

    // Recorded and committed, the next merge adds a new device to the batch, app-only.
    repo.commit(
      {
        'customers/contoso/devices/order-2.csv': gwaiFile([device(3)]),
        ...Object.fromEntries(
          readdirSync(folder).map((name) => [
            `customers/contoso/registrations/${name}`,
            readFileSync(path.join(folder, name)),
          ]),
        ),
      },
      'records and one more device',
    )
    const next = await cli(registerArgs(repo.root, sandbox), sandbox, { secret: SECRET })
    expect(next.stdout).toContain('1 registered')
    expect(next.code).toBe(0)
    expect(uploads(sandbox).at(-1)).toMatchObject({
      path: `/customers/${CONTOSO}/deviceBatches/${TAG}/devices`,
      appUser: false,
    })
  })

  it('with the app secret, only the create is App+User; the status polls go app-only', async () => {
    const { sandbox, repo } = await setUp()
    const args = commandArgs('create-batch', repo.root, sandbox, ['--customer', 'contoso'])
    const created = await cli(args, sandbox, { secret: SECRET, admin: 'approves' })
    expect(created.code).toBe(0)
    const polls = sandbox.partnerCenter.calls.filter((c) => c.method === 'GET')
    expect(polls.length).toBeGreaterThan(0)
    expect(polls.every((c) => c.appUser === false)).toBe(true)
    expect(created.stdout + created.stderr).not.toContain(SECRET)
  })

  it('sends nothing when the admin declines, and says the sign-in failed', async () => {
    const { sandbox, repo } = await setUp()
    const args = commandArgs('create-batch', repo.root, sandbox, ['--customer', 'contoso'])
    const declined = await cli(args, sandbox, { admin: 'declines' })
    expect(declined.stdout).toMatch(
      /stopped: sign-in with a partner admin's device code \(App\+User\) failed: .*authorization_declined/,
    )
    expect(declined.code).toBe(1)
    expect(uploads(sandbox)).toHaveLength(0)
  })

  it('says what Entra says when the app registration does not allow public client flows', async () => {
    const { sandbox, repo } = await setUp({ publicClient: false })
    const args = commandArgs('create-batch', repo.root, sandbox, ['--customer', 'contoso'])
    const refused = await cli(args, sandbox)
    expect(refused.stdout).toContain('AADSTS7000218')
    expect(refused.stdout).toContain('does not allow public client flows')
    expect(refused.code).toBe(1)
    expect(uploads(sandbox)).toHaveLength(0)
  })

  it('refuses a customer the repository lacks, or another group tag, before any sign-in', async () => {
    const { sandbox, repo } = await setUp()
    const base = commandArgs('create-batch', repo.root, sandbox)
    const unknown = await cli([...base, '--customer', 'fabrikam'], sandbox)
    expect(unknown.stderr).toContain('no customer fabrikam in customers/ (there are: contoso)')
    expect(unknown.code).toBe(2)
    const otherTag = await cli([...base, '--customer', 'contoso', '--group-tag', 'Kiosk'], sandbox)
    expect(otherTag.stderr).toContain(
      `customers/contoso has no devices under the group tag Kiosk (its devices are under: ${TAG})`,
    )
    expect(otherTag.code).toBe(2)
    const missing = await cli(base, sandbox)
    expect(missing.stderr).toContain('create-batch needs --customer SLUG')
    expect(missing.code).toBe(2)
    expect(sandbox.tokens.requests).toHaveLength(0)
  })
})
