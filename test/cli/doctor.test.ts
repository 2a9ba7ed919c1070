import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { afterEach, describe, expect, it } from 'vitest'
import { DoctorReportJsonSchema } from '../../src/report/doctor-schema.js'
import { SANDBOX_APP, startSandbox } from '../../src/sandbox/start-sandbox.js'
import { PROJECT } from '../helpers/paths.js'
import { cliEnv, commandArgs } from '../helpers/register-args.js'
import { customersRepository } from '../helpers/register-cli.js'
import { runNode } from '../helpers/run-dist.js'
import { device } from '../helpers/synthetic.js'

const TLS = JSON.parse(readFileSync(process.env.AUTOPILOT_GITOPS_TEST_TLS ?? '', 'utf8'))
const SECRET = 'client-secret-value-0123456789'
const TAG = 'Microsoft365Managed_Autopilot'
const CONTOSO = '8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60'
const FABRIKAM = '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0'
const NORTHWIND = '11111111-2222-4333-8444-555555555555'

let close: (() => Promise<void>) | undefined
afterEach(async () => {
  await close?.()
  close = undefined
})

/** Contoso has its batch; Northwind none yet; Fabrikam has no relationship with the partner. */
async function setUp(contosoBatch = TAG) {
  const sandbox = await startSandbox({
    tls: TLS,
    apps: [{ clientId: SANDBOX_APP.clientId, clientSecret: SECRET }],
    seed: {
      customers: {
        [CONTOSO]: {
          batches: { [contosoBatch]: [{ serialNumber: 'A1' }, { serialNumber: 'A2' }] },
        },
        [NORTHWIND]: {},
      },
    },
    relationships: [CONTOSO, NORTHWIND],
  })
  close = sandbox.close
  const repo = customersRepository([
    { slug: 'contoso', customerId: CONTOSO, devices: [device(1)] },
    { slug: 'fabrikam', customerId: FABRIKAM, devices: [device(2)] },
    { slug: 'northwind', customerId: NORTHWIND, devices: [device(3)] },
  ])
  const doctor = (env: Record<string, string>, extra: string[] = []) =>
    runNode('dist/cli/index.js', commandArgs('doctor', repo.root, sandbox, extra), {
      cwd: PROJECT,
      env: cliEnv({ AUTOPILOT_GITOPS_CLIENT_SECRET: SECRET, ...env }),
    })
  return { sandbox, doctor }
}

describe('autopilot-gitops doctor (dist/cli/index.js against the sandbox)', () => {
  it('names the customer without a relationship and the batch no sign-in can create, sending nothing', async () => {
    const { sandbox, doctor } = await setUp()
    const run = await doctor({})
    expect(run.stdout).toContain('Not ready: 1 of 3 customer(s) would register.')
    expect(run.stdout).toContain('  sign-in app-only: ok: signed in')
    expect(run.stdout).toContain('  sign-in app+user: failed: not configured (no refresh token)')
    expect(run.stdout).toContain(`  contoso: ready; ${TAG}: exists (2 devices)`)
    expect(run.stdout).toMatch(
      / {2}fabrikam: not ready; .*403.*reseller relationship with this customer/,
    )
    expect(run.stdout).toContain(
      `  northwind: not ready; ${TAG}: to be created (needs create-batch); no batch ${TAG} yet, and no App+User sign-in to create it`,
    )
    expect(run.code).toBe(1)
    expect(sandbox.partnerCenter.calls.every((c) => c.method === 'GET')).toBe(true)
    // One list of batches a customer: a preflight costs what the customers are, not their devices.
    expect(sandbox.partnerCenter.calls).toHaveLength(3)
  })

  it('is ready when App+User can create the missing batch, and says so in JSON', async () => {
    const { sandbox, doctor } = await setUp()
    const run = await doctor({ AUTOPILOT_GITOPS_REFRESH_TOKEN: SANDBOX_APP.refreshToken }, [
      '--format',
      'json',
    ])
    const json: unknown = JSON.parse(run.stdout)
    // As a consumer's validator reads it: the committed JSON Schema.
    const schema = JSON.parse(readFileSync(`${PROJECT}/schema/doctor-report.schema.json`, 'utf8'))
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema)
    validate(json)
    expect(validate.errors ?? []).toEqual([])
    const report = DoctorReportJsonSchema.parse(json)
    expect(report.signIns).toEqual([
      { mode: 'app-only', ok: true, detail: 'signed in' },
      { mode: 'app+user', ok: true, detail: 'signed in' },
    ])
    const northwind = report.customers.find((c) => c.slug === 'northwind')
    expect(northwind).toMatchObject({
      ready: true,
      reachable: true,
      batches: [{ groupTag: TAG, exists: false, creatable: true }],
    })
    expect(report.ready).toBe(false)
    expect(run.code).toBe(1)
    expect(sandbox.tokens.requests.filter((r) => r.grantType === 'refresh_token')).toHaveLength(1)
  })

  it('refuses a batch named like the tag but for case, as a merge would', async () => {
    const { doctor } = await setUp(TAG.toLowerCase())
    const run = await doctor({})
    expect(run.stdout).toContain(
      `  contoso: not ready; ${TAG}: to be created (needs create-batch); the customer has a device batch \`${TAG.toLowerCase()}\`, which differs from the group tag \`${TAG}\` only in case`,
    )
    expect(run.code).toBe(1)
  })

  it("checks each of a customer's group tags, its batch existing or to be created", async () => {
    const sandbox = await startSandbox({
      tls: TLS,
      apps: [{ clientId: SANDBOX_APP.clientId, clientSecret: SECRET }],
      seed: { customers: { [CONTOSO]: { batches: { [TAG]: [{ serialNumber: 'A1' }] } } } },
      relationships: [CONTOSO],
    })
    close = sandbox.close
    const KIOSK = 'Microsoft365Managed_Kiosk'
    const repo = customersRepository(
      [{ slug: 'contoso', customerId: CONTOSO, devices: [device(1)] }],
      {
        'customers/contoso/customer.yml': `name: Contoso\ncustomerId: ${CONTOSO}\ngroupTags: [${KIOSK}]\n`,
      },
    )
    const run = await runNode('dist/cli/index.js', commandArgs('doctor', repo.root, sandbox), {
      cwd: PROJECT,
      env: cliEnv({ AUTOPILOT_GITOPS_CLIENT_SECRET: SECRET }),
    })
    expect(run.stdout).toContain(
      `  contoso: not ready; ${TAG}: exists (1 device); ${KIOSK}: to be created (needs create-batch); no batch ${KIOSK} yet, and no App+User sign-in to create it`,
    )
    expect(run.code).toBe(1)
    // One list of batches for the customer, whatever its number of tags.
    expect(sandbox.partnerCenter.calls).toHaveLength(1)
  })

  it('stops at a failed sign-in and checks no customer', async () => {
    const { sandbox, doctor } = await setUp()
    const run = await doctor({ AUTOPILOT_GITOPS_CLIENT_SECRET: 'wrong-secret' })
    expect(run.stdout).toMatch(/sign-in app-only: failed: .*AADSTS7000215/)
    expect(run.stdout).toContain('contoso: not ready; the app-only sign-in failed (above)')
    expect(run.code).toBe(1)
    expect(sandbox.partnerCenter.calls).toEqual([])
  })
})
