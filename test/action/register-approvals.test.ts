import { afterEach, describe, expect, it } from 'vitest'
import { RegistrationRecordSchema } from '../../src/ledger/record-schema.js'
import { device, gwaiFile } from '../helpers/synthetic.js'
import { checkOut, closeAll, contosoMerged, github, pushRun } from './register-setup.js'

afterEach(closeAll)

describe('registration on merge, the approvals it records (dist/index.js)', () => {
  it('credits the approvals of every merge since the last run, when a run was skipped, the newest 100 commits of a long range', async () => {
    const { repo, head, sandbox, gh } = await contosoMerged([device(1)])
    const first = await pushRun(repo, head, gh.url, sandbox)
    expect(first.code).toBe(0)
    const recorded = checkOut(repo, gh.git?.filesAt('main') ?? new Map())
    // Two more merges; the run of the first is skipped, the run of the second catches it up.
    const b = repo.commit(
      { 'customers/contoso/devices/order-2.csv': gwaiFile([device(2)]) },
      'pr 8',
    )
    const c = repo.commit(
      { 'customers/contoso/devices/order-3.csv': gwaiFile([device(3)]) },
      'pr 9',
    )
    const others = Array.from({ length: 250 }, (_, i) => (i + 1).toString(16).padStart(40, '0'))
    const merged = (number: number, sha: string, user: string) => ({
      number,
      sha,
      base: 'main',
      mergedBy: 'lead',
      reviews: [{ user, state: 'APPROVED' }],
    })
    const gh2 = await github({
      git: { branch: 'main', headSha: c },
      // Commits of other folders in between: more than the 100 looked at, the newest of which count.
      compare: { [`${head}...${c}`]: [recorded, ...others, b, c] },
      merged: [merged(8, b, 'alice'), merged(9, c, 'bob')],
    })
    const run = await pushRun(repo, c, gh2.url, sandbox)
    expect(run.code).toBe(0)
    expect(run.outputs.registered).toBe('2')
    const [path0] = (run.outputs.records ?? '').split('\n')
    const record = RegistrationRecordSchema.parse(
      JSON.parse(gh2.git?.filesAt('main').get(path0 ?? '') ?? ''),
    )
    expect(record).toMatchObject({ pullRequests: [8, 9], approvedBy: ['alice', 'bob'], commit: c })
    expect(gh2.comments(8)).toHaveLength(1)
    expect(gh2.comments(9)).toHaveLength(1)
  }, 60_000)
})
