import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { stateOf } from '../../src/ledger/fold-ledger.js'
import { buildPlan } from '../../src/plan/build-plan.js'
import { buildPlanReport } from '../../src/plan/plan-report.js'
import { inspectRepository } from '../../src/repo/inspect-repository.js'
import { renderPlanMarkdown } from '../../src/report/render-summary.js'
import { FIXTURES_DIR } from '../helpers/paths.js'
import { WHOLE_PLAN } from '../helpers/records.js'
import { messageOf, reasonOf } from '../helpers/words.js'

const root = path.join(FIXTURES_DIR, 'repos/deregister')
const LEAVERS = 'customers/northwind/deregister/leavers.csv'

describe('deregistration requests in the plan', () => {
  it('refuses each request it cannot carry out at its line (AP608), and blocks the customer', async () => {
    const plan = buildPlan(await inspectRepository({ root }))
    expect(
      plan.findings.filter((f) => f.rule === 'AP608').map((f) => `${f.line} ${messageOf(f)}`),
    ).toEqual([
      '3 SYN00702X is still in a device file of customer `northwind`: remove its row in the same pull request, or take it out of the request to keep it',
      `4 SYN00701X is asked for twice (also at ${LEAVERS}:2)`,
      '5 SYN00709X is not registered for customer `northwind` by its records: nothing to deregister',
      '6 SYN00704X is not registered (its records say `failed`): nothing to deregister',
      "7 serial `SYN00705X` names 2 devices of customer `northwind` (made by `Fabrikam`, `Contoso Devices`): give the manufacturer too (the Partner Center format's Manufacturer name column)",
    ])
    const [part] = plan.customers
    expect(part?.blocked).toBe(true)
    expect(part?.counts.deregister).toBe(0)
  })

  it('plans a deregistration the manufacturer makes certain, or one of a serial alone, first and loud', async () => {
    const inspection = await inspectRepository({ root })
    // Without its faulty file, the customer's two requests that can be carried out remain.
    const customer = inspection.customers[0]
    if (!customer) throw new Error('no customer')
    customer.deregister = customer.deregister.filter((r) => r.line === 2)
    customer.folder.deregisterFiles = []
    inspection.findings = inspection.findings.filter((f) => f.rule !== 'AP608')
    const plan = buildPlan(inspection)
    expect(
      plan.customers[0]?.devices
        .filter((d) => d.action === 'deregister')
        .map((d) => [d.serialNumber, d.manufacturer, d.source]),
    ).toEqual([
      ['SYN00705X', 'Contoso Devices', 'customers/northwind/deregister/by-maker.csv:2'],
      ['SYN00701X', 'Fabrikam', `${LEAVERS}:2`],
    ])
    const report = buildPlanReport(plan, null)
    expect(report.summary).toMatchObject({ toDeregister: 2, devices: 1, rows: 1 })
    const markdown = renderPlanMarkdown(report, WHOLE_PLAN)
    expect(markdown.indexOf('### ⚠️ Deregistrations')).toBeLessThan(
      markdown.indexOf('### Northwind'),
    )
    expect(markdown).toContain('**Merging deletes 2 devices from Partner Center**')
    expect(markdown).toContain(', and **deregisters 2 devices**.')
    // Over the cap, none goes, and each says why.
    const capped = buildPlan(inspection, { maxDeregistrations: 1 })
    expect(capped.customers[0]?.devices.filter((d) => d.action === 'deregister')).toEqual([])
    expect(reasonOf(capped.customers[0]?.devices.find((d) => d.serialNumber === 'SYN00701X'))).toBe(
      "not deregistered: 2 deregistrations asked for this customer, over the cap of 1 a run; raise max-deregistrations (the action's input, or --max-deregistrations) for the run that carries them out",
    )
  })

  it('says how to register again a device deregistered and back in a device file', async () => {
    const inspection = await inspectRepository({ root })
    const state = stateOf(
      inspection.ledger.customers.get('northwind'),
      'sm:fabrikam\u0000syn00702x',
    )
    if (!state) throw new Error('no state for SYN00702X')
    state.status = 'deregistered'
    const plan = buildPlan(inspection)
    expect(messageOf(plan.findings.find((f) => f.rule === 'AP608' && f.line === 3))).toBe(
      'SYN00702X was deregistered (customers/northwind/registrations/20261110T090000Z-6666666.json) and is back in a device file: to register it again, take it out of this request in the same pull request',
    )
  })
})
