import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { RegistrationRecordSchema } from '../../src/ledger/record-schema.js'
import { SANDBOX_APP, startSandbox } from '../../src/sandbox/start-sandbox.js'
import { gitRepository } from '../helpers/git-repo.js'
import { PROJECT } from '../helpers/paths.js'
import { registerWithCli } from '../helpers/register-cli.js'
import { runNode } from '../helpers/run-dist.js'
import { device, gwaiFile } from '../helpers/synthetic.js'

const TLS = JSON.parse(readFileSync(process.env.AUTOPILOT_GITOPS_TEST_TLS ?? '', 'utf8'))
const SECRET = 'client-secret-value-0123456789'
const CONTOSO = '8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60'
const AUTOPILOT = 'Microsoft365Managed_Autopilot'
const KIOSK = 'Microsoft365Managed_Kiosk'

let close: (() => Promise<void>) | undefined
afterEach(async () => {
  await close?.()
  close = undefined
})

describe('retagging devices through a pull request (dist/cli/index.js against the sandbox)', () => {
  it('moves two devices to the batch of their new tag, finishing the move after a kill between the delete and the add', async () => {
    // Every call answered 150 ms late: the run is killed on the first delete's answer, long
    // before it could send anything else.
    const sandbox = await startSandbox({
      tls: TLS,
      pollsToFinish: 0,
      latencyMs: 150,
      apps: [{ clientId: SANDBOX_APP.clientId, clientSecret: SECRET }],
    })
    close = sandbox.close
    const [d1, d2, d3] = [device(1), device(2), device(3)]
    const repo = gitRepository({
      'customers/contoso/customer.yml': `name: Contoso\ncustomerId: ${CONTOSO}\ngroupTags: [${KIOSK}]\n`,
      'customers/contoso/devices/order.csv': gwaiFile([d1, d2, d3]),
    })
    const register = (signal?: AbortSignal) =>
      registerWithCli(repo.root, sandbox, { secret: SECRET, ...(signal ? { signal } : {}) })
    const batch = (tag: string) =>
      (sandbox.partnerCenter.state.findBatch(CONTOSO, tag)?.[1] ?? []).map((d) => d.serialNumber)
    const commitAll = (message: string) => {
      repo.git('add', '-A')
      repo.git('commit', '-q', '--allow-empty', '-m', message)
    }
    expect((await register()).code).toBe(0)
    commitAll('records')
    expect(batch(AUTOPILOT)).toEqual([d1, d2, d3].map((d) => d.serialNumber))

    // The pull request moves two rows into the Kiosk folder.
    repo.commit(
      {
        'customers/contoso/devices/order.csv': gwaiFile([d3]),
        [`customers/contoso/devices/${KIOSK}/moved.csv`]: gwaiFile([d1, d2]),
      },
      'move two devices to Kiosk',
    )
    const plan = await runNode('dist/cli/index.js', ['plan', repo.root, '--format', 'json'], {
      cwd: PROJECT,
    })
    const report = JSON.parse(plan.stdout)
    expect(report.summary).toMatchObject({ toRegister: 0, toRetag: 2 })
    expect(
      report.customers.flatMap((c: { devices: { action: string; reason?: string }[] }) =>
        c.devices.filter((d) => d.action === 'retag').map((d) => d.reason),
      ),
    ).toEqual([`retag ${AUTOPILOT} → ${KIOSK}`, `retag ${AUTOPILOT} → ${KIOSK}`])

    const kill = new AbortController()
    const watch = setInterval(() => {
      if (sandbox.partnerCenter.calls.some((c) => c.method === 'DELETE')) kill.abort()
    }, 2)
    await register(kill.signal)
    clearInterval(watch)
    // Killed between the delete and the add: one device out of its old batch, in no other.
    expect(batch(AUTOPILOT)).toEqual([d2, d3].map((d) => d.serialNumber))
    expect(batch(KIOSK)).toEqual([])
    commitAll('what the stopped run left')

    const again = await register()
    expect(again.code, `${again.stdout}\n${again.stderr}`).toBe(0)
    expect(again.stderr).toContain(
      `contoso: ${d1.serialNumber}: batch ${AUTOPILOT} no longer holds it: nothing to delete before the move`,
    )
    expect(again.stdout).toContain('0 registered, 0 already registered, 2 retagged, 0 failed')
    expect(batch(AUTOPILOT)).toEqual([d3.serialNumber])
    expect(batch(KIOSK)).toEqual([d1, d2].map((d) => d.serialNumber))
    const folder = path.join(repo.root, 'customers/contoso/registrations')
    const latest = readdirSync(folder)
      .filter((n) => !n.includes('in-progress'))
      .sort()
      .at(-1)
    const record = RegistrationRecordSchema.parse(
      JSON.parse(readFileSync(path.join(folder, latest ?? ''), 'utf8')),
    )
    expect(record).toMatchObject({ schemaVersion: 2, source: 'registration', groupTag: KIOSK })
    expect(
      record.devices.map((d) => [
        d.serialNumber,
        d.status,
        d.previousGroupTag,
        d.deviceId !== null,
      ]),
    ).toEqual([
      [d1.serialNumber, 'retagged', AUTOPILOT, true],
      [d2.serialNumber, 'retagged', AUTOPILOT, true],
    ])

    // Recorded, the move is done: the plan has nothing left to send or move.
    commitAll('records of the move')
    const after = JSON.parse(
      (
        await runNode('dist/cli/index.js', ['plan', repo.root, '--format', 'json'], {
          cwd: PROJECT,
        })
      ).stdout,
    )
    expect(after.summary).toMatchObject({ toRegister: 0, toRetag: 0 })
    expect(after.customers.map((c: { counts: { already: number } }) => c.counts.already)).toEqual([
      1, 2,
    ])
  }, 60_000)
})
