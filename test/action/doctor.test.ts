import { afterEach, describe, expect, it } from 'vitest'
import { gitRepository } from '../helpers/git-repo.js'
import { device, gwaiFile } from '../helpers/synthetic.js'
import {
  closeAll,
  contoso,
  customers,
  fabrikam,
  github,
  pushRun,
  sandboxWith,
  TAG,
} from './register-setup.js'

afterEach(closeAll)

describe('command: doctor (dist/index.js)', () => {
  it('reports each customer in the job summary, sets ready, and fails the step unless all would register', async () => {
    const repo = gitRepository(customers(contoso, fabrikam))
    const head = repo.commit(
      {
        'customers/contoso/devices/order-1.csv': gwaiFile([device(1)]),
        'customers/fabrikam/devices/order-1.csv': gwaiFile([device(2)]),
      },
      'orders',
    )
    // Contoso has its batch; the partner has no relationship with Fabrikam.
    const sandbox = await sandboxWith({
      seed: {
        customers: { [contoso.customerId]: { batches: { [TAG]: [{ serialNumber: 'A1' }] } } },
      },
      relationships: [contoso.customerId],
    })
    const gh = await github({ git: { branch: 'main', headSha: head } })
    const run = await pushRun(repo, head, gh.url, sandbox, { command: 'doctor' })
    expect(run.code).toBe(1)
    expect(run.outputs.ready).toBe('false')
    expect(run.summary).toContain('## Autopilot preflight (doctor)')
    expect(run.summary).toContain('**Not ready: 1 of 2 customer(s) would register.**')
    expect(run.summary).toMatch(
      /\| <code>contoso<\/code> \| reachable \| Microsoft365Managed&#95;Autopilot: exists \(1 device\) \| ✅ \|/,
    )
    expect(run.summary).toMatch(/\| <code>fabrikam<\/code> \| not reached \| {2}\| ❌ \| .*403/)
    expect(run.stdout).toContain('::error::not every customer would register: see the job summary')
    expect(sandbox.partnerCenter.calls.every((c) => c.method === 'GET')).toBe(true)
    expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([])
  }, 60_000)
})
