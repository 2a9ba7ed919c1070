import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { afterEach, describe, expect, it } from 'vitest'
import { DriftReportJsonSchema } from '../../src/report/drift-schema.js'
import { SANDBOX_APP, startSandbox } from '../../src/sandbox/start-sandbox.js'
import { AGREEING_SEED, CONTOSO, DRIFTED_SEED, driftingRepository } from '../helpers/drift-setup.js'
import { gitRepository } from '../helpers/git-repo.js'
import { PROJECT } from '../helpers/paths.js'
import { cliEnv, commandArgs } from '../helpers/register-args.js'
import { runNode } from '../helpers/run-dist.js'
import { customerYml } from '../helpers/synthetic.js'

const TLS = JSON.parse(readFileSync(process.env.AUTOPILOT_GITOPS_TEST_TLS ?? '', 'utf8'))

let close: (() => Promise<void>) | undefined
afterEach(async () => {
  await close?.()
  close = undefined
})

async function drift(root: string, seed: Parameters<typeof startSandbox>[0], extra: string[] = []) {
  const sandbox = await startSandbox({ tls: TLS, ...seed })
  close = sandbox.close
  const run = await runNode('dist/cli/index.js', commandArgs('drift', root, sandbox, extra), {
    cwd: PROJECT,
    env: cliEnv({
      AUTOPILOT_GITOPS_CLIENT_SECRET: SANDBOX_APP.clientSecret,
      AUTOPILOT_GITOPS_REFRESH_TOKEN: SANDBOX_APP.refreshToken,
    }),
  })
  return { run, sandbox }
}

describe('autopilot-gitops drift (dist/cli/index.js against the sandbox)', () => {
  it('finds each of the four kinds, read-only and app-only, exit 1', async () => {
    const repo = gitRepository(driftingRepository())
    const { run, sandbox } = await drift(repo.root, { seed: DRIFTED_SEED })
    expect(run.stdout).toContain(
      'Drift: 4 devices in 1 customer (1 unknown, 1 missing, 1 moved, 1 finished).',
    )
    expect(run.stdout).toMatch(
      / {4}unknown {3}Contoso Devices DRIFT-E \(in batch Microsoft365Managed_Autopilot\): in Partner Center, not registered in the records/,
    )
    expect(run.stdout).toMatch(
      / {4}missing {3}Contoso Devices DRIFT-B \(recorded in Microsoft365Managed_Autopilot\): recorded as registered, in no batch/,
    )
    expect(run.stdout).toMatch(
      / {4}moved {5}Contoso Devices DRIFT-D \(recorded in Microsoft365Managed_Autopilot, in batch Microsoft365Managed_Kiosk\): in another batch/,
    )
    expect(run.stdout).toMatch(
      / {4}finished {2}Contoso Devices DRIFT-C \(in batch Microsoft365Managed_Autopilot\): .*the next register run records it/,
    )
    expect(run.stdout).not.toContain('DRIFT-A')
    expect(run.code).toBe(1)
    expect(
      sandbox.partnerCenter.calls.every((c) => c.method === 'GET' && c.appUser === false),
    ).toBe(true)
    // The batch list, then each batch's devices: no refresh token redeemed for a read.
    expect(sandbox.partnerCenter.calls).toHaveLength(3)
    expect(sandbox.tokens.requests.some((r) => r.grantType === 'refresh_token')).toBe(false)
  })

  it('prints the JSON report its schema describes, and exit 0 without drift', async () => {
    const repo = gitRepository(driftingRepository())
    const { run } = await drift(repo.root, { seed: AGREEING_SEED }, ['--format', 'json'])
    const json: unknown = JSON.parse(run.stdout)
    const schema = JSON.parse(readFileSync(`${PROJECT}/schema/drift-report.schema.json`, 'utf8'))
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema)
    validate(json)
    expect(validate.errors ?? []).toEqual([])
    const report = DriftReportJsonSchema.parse(json)
    expect(report).toMatchObject({
      drift: false,
      counts: { unknown: 0, missing: 0, moved: 0, finished: 0 },
    })
    expect(report.customers).toEqual([
      {
        slug: 'contoso',
        customerId: CONTOSO,
        devices: [],
        counts: { unknown: 0, missing: 0, moved: 0, finished: 0 },
      },
    ])
    expect(run.code).toBe(0)
  })

  it('says which customer could not be compared, and goes on with the others', async () => {
    const repo = gitRepository({
      ...driftingRepository(),
      'customers/fabrikam/customer.yml': customerYml({
        name: 'Fabrikam',
        customerId: '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0',
      }),
    })
    const { run } = await drift(repo.root, { seed: AGREEING_SEED, relationships: [CONTOSO] })
    expect(run.stdout).toMatch(/ {2}fabrikam: could not compare: .*403/)
    expect(run.stdout).not.toContain('contoso:')
    expect(run.code).toBe(1)
  })
})
