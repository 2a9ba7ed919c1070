import { describe, expect, it } from 'vitest'
import type { CustomerPlan, PlannedDevice } from '../../src/plan/registration-plan.js'
import { addedLines, approveDeregistrations } from '../../src/use-cases/deregister-approval.js'
import { reasonOf } from '../helpers/words.js'

const REQUEST = 'customers/contoso/deregister/leavers.csv'

function planAsking(...serials: string[]) {
  const devices: PlannedDevice[] = serials.map((serialNumber, i) => ({
    action: 'deregister',
    serialNumber,
    manufacturer: 'Fabrikam',
    model: 'Laptop',
    productKeyId: '',
    source: `${REQUEST}:${i + 2}`,
  }))
  const customer = {
    slug: 'contoso',
    devices,
    counts: {},
    blocked: false,
  } as unknown as CustomerPlan
  return { customers: [customer], digest: '', findings: [], strayDevices: 0 }
}
const pull = { number: 5, author: 'alice', approvedBy: ['bob'], mergedBy: 'lead', planDigest: null }

describe('the approval of a deregistration', () => {
  it('counts only for the devices whose lines the approved pull request added, not for the whole file', async () => {
    const plan = planAsking('S1', 'S2')
    const patch = '@@ -1,2 +1,3 @@\n Device Serial Number\n S2\n+S1\n'
    await approveDeregistrations(plan, [pull], async () => [
      { path: REQUEST, added: addedLines(patch) },
    ])
    const [customer] = plan.customers
    expect(customer?.devices.map((d) => [d.serialNumber, d.action])).toEqual([
      ['S1', 'deregister'],
      ['S2', 'blocked'],
    ])
    expect(reasonOf(customer?.devices[1])).toBe(
      'not deregistered: no pull request merged since the last run added its line to the request file, so none approved it: add it in a pull request and have that approved',
    )
    expect(customer?.approvals?.get(customer.devices[0] as PlannedDevice)).toEqual({
      pullRequest: 5,
      requestedBy: 'alice',
      approvedBy: ['bob'],
    })
  })

  it('refuses them all when only the author approved, or GitHub could not list the files', async () => {
    const selfApproved = planAsking('S1')
    await approveDeregistrations(selfApproved, [{ ...pull, approvedBy: ['alice'] }], async () => [
      { path: REQUEST },
    ])
    expect(reasonOf(selfApproved.customers[0]?.devices[0])).toContain(
      'no approval from someone other than its author (@alice)',
    )
    const unlisted = planAsking('S1')
    await approveDeregistrations(unlisted, [pull], async () => {
      throw new Error('500 Server Error')
    })
    expect(reasonOf(unlisted.customers[0]?.devices[0])).toContain(
      "GitHub could not list the pull requests' files (500 Server Error)",
    )
  })
})
