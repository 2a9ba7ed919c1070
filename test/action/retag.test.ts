import { afterEach, describe, expect, it } from 'vitest'
import { RegistrationRecordSchema } from '../../src/ledger/record-schema.js'
import { gitRepository } from '../helpers/git-repo.js'
import { device, gwaiFile } from '../helpers/synthetic.js'
import { checkOut, closeAll, contoso, github, pushRun, sandboxWith, TAG } from './register-setup.js'

afterEach(closeAll)

const KIOSK = 'Microsoft365Managed_Kiosk'
const ORDER = 'customers/contoso/devices/order-1.csv'

describe('retagging on merge (dist/index.js against the sandbox and the GitHub fake)', () => {
  it('moves two devices to the batch of their new tag, creating it, and records them retagged', async () => {
    const [d1, d2, d3] = [device(1), device(2), device(3)]
    const repo = gitRepository({
      'customers/contoso/customer.yml': `name: Contoso\ncustomerId: ${contoso.customerId}\ngroupTags: [${KIOSK}]\n`,
    })
    const head = repo.commit({ [ORDER]: gwaiFile([d1, d2, d3]) }, 'order')
    const sandbox = await sandboxWith()
    const gh = await github({ git: { branch: 'main', headSha: head } })
    expect((await pushRun(repo, head, gh.url, sandbox)).outputs.registered).toBe('3')
    const recorded = checkOut(repo, gh.git?.filesAt('main') ?? new Map())

    const moved = repo.commit(
      {
        [ORDER]: gwaiFile([d3]),
        [`customers/contoso/devices/${KIOSK}/lobby.csv`]: gwaiFile([d1, d2]),
      },
      'two kiosks',
    )
    const gh2 = await github({
      git: { branch: 'main', headSha: moved },
      compare: { [`${head}...${moved}`]: [recorded, moved] },
    })
    const run = await pushRun(repo, moved, gh2.url, sandbox)
    expect(run.code, run.stdout).toBe(0)
    expect(run.outputs).toMatchObject({ retagged: '2', registered: '0', failed: '0' })
    const batch = (tag: string) =>
      (sandbox.partnerCenter.state.findBatch(contoso.customerId, tag)?.[1] ?? []).map(
        (d) => d.serialNumber,
      )
    expect(batch(TAG)).toEqual([d3.serialNumber])
    expect(batch(KIOSK)).toEqual([d1.serialNumber, d2.serialNumber])
    expect(run.summary).toContain('| Retagged |')
    const [recordPath] = (run.outputs.records ?? '').split('\n')
    const record = RegistrationRecordSchema.parse(
      JSON.parse(gh2.git?.filesAt('main').get(recordPath ?? '') ?? ''),
    )
    expect(record.devices.map((d) => [d.serialNumber, d.status, d.previousGroupTag])).toEqual([
      [d1.serialNumber, 'retagged', TAG],
      [d2.serialNumber, 'retagged', TAG],
    ])
  }, 60_000)
})
