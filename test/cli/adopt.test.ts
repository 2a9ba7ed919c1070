import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { RegistrationRecordSchema } from '../../src/ledger/record-schema.js'
import { SANDBOX_APP, startSandbox } from '../../src/sandbox/start-sandbox.js'
import { gitRepository } from '../helpers/git-repo.js'
import { PROJECT } from '../helpers/paths.js'
import { cliEnv, signInArgs } from '../helpers/register-args.js'
import { customersRepository } from '../helpers/register-cli.js'
import { runNode } from '../helpers/run-dist.js'
import { device } from '../helpers/synthetic.js'

const TLS = JSON.parse(readFileSync(process.env.AUTOPILOT_GITOPS_TEST_TLS ?? '', 'utf8'))
const TAG = 'Microsoft365Managed_Autopilot'
const CONTOSO = '8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60'

let close: (() => Promise<void>) | undefined
afterEach(async () => {
  await close?.()
  close = undefined
})

/** 249 devices registered by hand, one of them with a comma in its model, and one the repository has a row for. */
function handRegistered() {
  const byHand = Array.from({ length: 249 }, (_, i) => ({
    serialNumber: `HAND-${String(i + 1).padStart(4, '0')}`,
    oemManufacturerName: 'Contoso Devices',
    modelName: i === 0 ? 'Book 1, 14"' : 'Book 1',
    ...(i === 1 ? { productKey: '3300000099999' } : {}),
  }))
  const inRow = {
    serialNumber: 'SYN00001X',
    oemManufacturerName: 'Fabrikam',
    modelName: 'Fabrikam Laptop 14',
  }
  return {
    customers: {
      [CONTOSO]: {
        batches: {
          [TAG]: [...byHand, inRow],
          Microsoft365Managed_Kiosk: [1, 2, 3].map((n) => ({ serialNumber: `KIOSK-${n}` })),
        },
      },
    },
  }
}

describe('autopilot-gitops adopt (dist/cli/index.js against the sandbox)', () => {
  it('writes a device file and one adoption record for 250 devices (three pages), after which the plan has nothing to send', async () => {
    const sandbox = await startSandbox({ tls: TLS, seed: handRegistered() })
    close = sandbox.close
    const repo = customersRepository([
      { slug: 'contoso', customerId: CONTOSO, devices: [device(1)] },
    ])
    const cli = (args: string[]) =>
      runNode('dist/cli/index.js', args, {
        cwd: PROJECT,
        env: cliEnv({ AUTOPILOT_GITOPS_CLIENT_SECRET: SANDBOX_APP.clientSecret }),
      })
    const signIn = signInArgs(sandbox)
    const adopt = await cli(['adopt', repo.root, '--customer', 'contoso', ...signIn])
    expect(adopt.stdout).toContain(
      `contoso (${TAG}): 249 adopted into a new device file, 1 recorded from the repository's own rows, 0 recorded already.`,
    )
    expect(adopt.stdout).toContain(
      '  batch Microsoft365Managed_Kiosk (3 device(s)): not adopted: customer.yml names it in neither groupTag nor groupTags (add it there to adopt it)',
    )
    expect(adopt.code).toBe(0)
    // Read-only: the batch list and three pages of 100 devices.
    expect(sandbox.partnerCenter.calls.map((c) => c.method)).toEqual(['GET', 'GET', 'GET', 'GET'])

    const day = new Date().toISOString().slice(0, 10).replaceAll('-', '')
    const csv = readFileSync(
      path.join(repo.root, `customers/contoso/devices/adopted-${day}.csv`),
      'utf8',
    )
    const lines = csv.split('\r\n')
    expect(lines[0]).toBe(
      'Device Serial Number,Windows Product ID,Hardware Hash,Manufacturer name,Device model',
    )
    expect(lines[1]).toBe('HAND-0001,,,Contoso Devices,"Book 1, 14"""')
    // Serial, manufacturer and model name it; the product key id stays in the record.
    expect(lines[2]).toBe('HAND-0002,,,Contoso Devices,Book 1')
    expect(lines).toHaveLength(251)
    const folder = path.join(repo.root, 'customers/contoso/registrations')
    const [name] = readdirSync(folder)
    const record = RegistrationRecordSchema.parse(
      JSON.parse(readFileSync(path.join(folder, name ?? ''), 'utf8')),
    )
    expect(record).toMatchObject({
      schemaVersion: 2,
      source: 'adopted',
      groupTag: TAG,
      customerId: CONTOSO,
    })
    expect(record.devices).toHaveLength(250)
    expect(record.devices.every((d) => d.status === 'registered' && d.deviceId)).toBe(true)
    expect(record.devices.find((d) => d.serialNumber === 'SYN00001X')?.source).toBe(
      'customers/contoso/devices/order.csv:2',
    )
    expect(record.devices.find((d) => d.serialNumber === 'HAND-0002')).toMatchObject({
      source: `customers/contoso/devices/adopted-${day}.csv:3`,
      productKeyId: '3300000099999',
    })

    // Committed, the files check clean and the plan sends nothing; a second adoption finds nothing new.
    repo.commit({}, 'adopt contoso')
    const validate = await cli(['validate', repo.root])
    expect(validate.stdout).toMatch(/0 errors/)
    expect(validate.code).toBe(0)
    const plan = await cli(['plan', repo.root, '--format', 'json'])
    expect(JSON.parse(plan.stdout).customers[0].counts).toMatchObject({
      register: 0,
      retry: 0,
      already: 250,
    })
    const again = await cli(['adopt', repo.root, '--customer', 'contoso', ...signIn])
    expect(again.stdout).toContain(
      `Nothing to adopt for contoso (${TAG}): 250 device(s) in its batch, all recorded already.`,
    )
    expect(readdirSync(folder)).toHaveLength(1)
  })

  it("adopts every tag's batch (250 devices in two, paging each), each into its own folder, under one record, after which the plan has nothing to do", async () => {
    const KIOSK = 'Microsoft365Managed_Kiosk'
    const named = (serialNumber: string) => ({
      serialNumber,
      oemManufacturerName: 'Contoso Devices',
      modelName: 'Kiosk 10',
    })
    const seed = {
      customers: {
        [CONTOSO]: {
          // 250 devices in two batches, each over a page of 100.
          batches: {
            [TAG]: Array.from({ length: 150 }, (_, i) => named(`DESK-${i + 1}`)),
            [KIOSK]: Array.from({ length: 100 }, (_, i) => named(`KIOSK-${i + 1}`)),
          },
        },
      },
    }
    const sandbox = await startSandbox({ tls: TLS, seed })
    close = sandbox.close
    const repo = gitRepository({
      'customers/contoso/customer.yml': `name: Contoso\ncustomerId: ${CONTOSO}\ngroupTags: [${KIOSK}]\n`,
    })
    const env = cliEnv({ AUTOPILOT_GITOPS_CLIENT_SECRET: SANDBOX_APP.clientSecret })
    const cli = (args: string[]) => runNode('dist/cli/index.js', args, { cwd: PROJECT, env })
    const adopt = await cli(['adopt', repo.root, '--customer', 'contoso', ...signInArgs(sandbox)])
    expect(adopt.stdout).toContain(
      `contoso (${TAG}, ${KIOSK}): 250 adopted into 2 new device files, 0 recorded from the repository's own rows, 0 recorded already.`,
    )
    expect(adopt.code).toBe(0)
    const day = new Date().toISOString().slice(0, 10).replaceAll('-', '')
    const kiosks = readFileSync(
      path.join(repo.root, `customers/contoso/devices/${KIOSK}/adopted-${day}.csv`),
      'utf8',
    )
    expect(kiosks.split('\r\n').slice(1, 3)).toEqual([
      'KIOSK-1,,,Contoso Devices,Kiosk 10',
      'KIOSK-2,,,Contoso Devices,Kiosk 10',
    ])
    const folder = path.join(repo.root, 'customers/contoso/registrations')
    const [name] = readdirSync(folder)
    const record = RegistrationRecordSchema.parse(
      JSON.parse(readFileSync(path.join(folder, name ?? ''), 'utf8')),
    )
    expect(record.groupTag).toBe(TAG)
    expect(record.devices).toHaveLength(250)
    expect(record.devices.slice(149, 151).map((d) => [d.serialNumber, d.groupTag])).toEqual([
      ['DESK-150', undefined],
      ['KIOSK-1', KIOSK],
    ])
    // Committed, the plan finds each device registered under the tag its folder gives it.
    repo.commit({}, 'adopt contoso')
    const plan = JSON.parse((await cli(['plan', repo.root, '--format', 'json'])).stdout)
    expect(
      plan.customers.map((c: { groupTag: string; counts: object }) => [c.groupTag, c.counts]),
    ).toEqual([
      [
        TAG,
        { register: 0, retry: 0, retag: 0, already: 150, blocked: 0, removed: 0, deregister: 0 },
      ],
      [
        KIOSK,
        { register: 0, retry: 0, retag: 0, already: 100, blocked: 0, removed: 0, deregister: 0 },
      ],
    ])
  })

  it('leaves alone the batch of a tag no folder can be named after, and says why', async () => {
    const named = {
      serialNumber: 'EDGE-1',
      oemManufacturerName: 'Contoso Devices',
      modelName: 'Edge',
    }
    const seed = { customers: { [CONTOSO]: { batches: { Branch: [], 'Sales.': [named] } } } }
    const sandbox = await startSandbox({ tls: TLS, seed })
    close = sandbox.close
    const repo = gitRepository({
      'customers/contoso/customer.yml': `name: Contoso\ncustomerId: ${CONTOSO}\nmanagedDesktop: false\ngroupTag: Branch\ngroupTags: [Sales.]\n`,
    })
    const env = cliEnv({ AUTOPILOT_GITOPS_CLIENT_SECRET: SANDBOX_APP.clientSecret })
    const adopt = await runNode(
      'dist/cli/index.js',
      ['adopt', repo.root, '--customer', 'contoso', ...signInArgs(sandbox)],
      { cwd: PROJECT, env },
    )
    expect(adopt.stdout).toContain(
      '  batch Sales. (1 device(s)): not adopted: no folder can be named after this tag (devices/<group tag>/)',
    )
    expect(adopt.code).toBe(0)
  })
})
