import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCustomer } from '../../src/config/read-customer.js'
import { foldRecords, parseRecord, stateOf } from '../../src/ledger/fold-ledger.js'
import { buildPlan } from '../../src/plan/build-plan.js'
import { buildPlanReport } from '../../src/plan/plan-report.js'
import { registrationRecords } from '../../src/register/registration-records.js'
import { inspectRepository } from '../../src/repo/inspect-repository.js'
import { renderPlanMarkdown } from '../../src/report/render-summary.js'
import { validateRepository } from '../../src/use-cases/validate-repository.js'
import { FIXTURES_DIR } from '../helpers/paths.js'
import { WHOLE_PLAN } from '../helpers/records.js'
import { messageOf, reasonOf } from '../helpers/words.js'

const AUTOPILOT = 'Microsoft365Managed_Autopilot'
const KIOSK = 'Microsoft365Managed_Kiosk'
const STANDARD = 'Microsoft365Managed_Standard'
const ID = '3c4d5e6f-7a8b-4c9d-8e0f-112233445566'
const at = { file: 'customers/woodgrove/customer.yml', slug: 'woodgrove' }

describe('several group tags for one customer', () => {
  it('plans one part per tag, each device under the tag of its column, folder or customer', async () => {
    const plan = buildPlan(await inspectRepository({ root: path.join(FIXTURES_DIR, 'repos/tags') }))
    const parts = plan.customers.map((c) => [
      c.groupTag,
      c.devices.map((d) => `${d.serialNumber} ${d.action}${d.reason ? `: ${reasonOf(d)}` : ''}`),
    ])
    expect(parts).toEqual([
      [
        AUTOPILOT,
        [
          'SYN00601X register',
          'SYN00602X register',
          'SYN00621X register',
          'SYN00623X register',
          'SYN00632X removed: registered (customers/woodgrove/registrations/20261110T090000Z-5555555.json); removing the row does not deregister it',
        ],
      ],
      [KIOSK, ['SYN00611X register', `SYN00631X retag: retag ${AUTOPILOT} → ${KIOSK}`]],
      [STANDARD, ['SYN00622X register']],
    ])
    expect(plan.customers.every((c) => c.slug === 'woodgrove' && !c.blocked)).toBe(true)
    expect(plan.findings.filter((f) => f.severity === 'error')).toEqual([])
  })

  it('follows an upload still out under the old tag in its own batch first, and registers anew a device deregistered then listed again', async () => {
    const inspection = await inspectRepository({ root: path.join(FIXTURES_DIR, 'repos/tags') })
    const state = stateOf(
      inspection.ledger.customers.get('woodgrove'),
      'sm:fabrikam\u0000syn00631x',
    )
    if (!state) throw new Error('no state for SYN00631X')
    const outcome = () => {
      for (const part of buildPlan(inspection).customers) {
        const found = part.devices.find((d) => d.serialNumber === 'SYN00631X')
        if (found) return [part.groupTag, found.action, reasonOf(found)]
      }
      return undefined
    }
    state.status = 'pending'
    state.trackingId = 't-1'
    expect(outcome()).toEqual([AUTOPILOT, 'retry', `pending upload t-1; then moved to ${KIOSK}`])
    state.status = 'deregistered'
    expect(outcome()).toEqual([KIOSK, 'register', undefined])
  })

  it('shows the retags in a section of their own and counts customers once', async () => {
    const plan = buildPlan(await inspectRepository({ root: path.join(FIXTURES_DIR, 'repos/tags') }))
    const report = buildPlanReport(plan, null)
    expect(report.summary).toMatchObject({ toRegister: 6, toRetag: 1 })
    const markdown = renderPlanMarkdown(report, WHOLE_PLAN)
    expect(markdown).toContain(
      '**Merging registers 6 devices** for 1 customer in Partner Center, and **moves 1 device to another group tag**.',
    )
    expect(markdown).toContain('### Group tag changes')
    const md = (text: string) => text.replaceAll('_', '&#95;')
    expect(markdown).toContain(
      `| <code>woodgrove</code> | SYN00631X | Fabrikam Laptop 14 | ${md(`customers/woodgrove/devices/${KIOSK}/moved.csv:2`)} | ${md(`retag ${AUTOPILOT} → ${KIOSK}`)} |`,
    )
    // The retag column only for the part that has retags.
    expect(markdown.match(/\| register \| retry \| retag \|/g)).toHaveLength(1)
  })

  it('refuses a misspelt tag folder (AP607) and a Group Tag cell the row cannot have (AP307)', async () => {
    const report = await validateRepository({ root: path.join(FIXTURES_DIR, 'repos/mistagged') })
    expect(
      report.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${messageOf(f)}`),
    ).toEqual([
      `customers/woodgrove/devices/${KIOSK}/tagged.csv:2:4013 AP307 Group Tag \`${AUTOPILOT}\` differs from the tag of its folder, \`devices/${KIOSK}/\``,
      `customers/woodgrove/devices/microsoft365managed-kiosk/lobby.csv:1:1 AP607 folder \`devices/microsoft365managed-kiosk/\` names no group tag of customer \`woodgrove\`: did you mean \`${KIOSK}\`?`,
      `customers/woodgrove/devices/mixed.csv:2:4013 AP307 Group Tag \`${STANDARD}\` is none of the customer's group tags (\`${AUTOPILOT}\`, \`${KIOSK}\`)`,
    ])
    expect(report.customers).toEqual([
      {
        slug: 'woodgrove',
        name: 'Woodgrove Bank',
        customerId: ID,
        groupTag: AUTOPILOT,
        groupTags: [AUTOPILOT, KIOSK],
        devices: 3,
      },
    ])
    const plan = buildPlan(
      await inspectRepository({ root: path.join(FIXTURES_DIR, 'repos/mistagged') }),
    )
    expect(plan.customers.map((c) => [c.groupTag, c.blocked, c.counts.register])).toEqual([
      [AUTOPILOT, true, 0],
      [KIOSK, true, 0],
    ])
  })

  it('checks each tag of groupTags at its own line, and a tag listed twice', () => {
    const text = `name: Woodgrove\ncustomerId: ${ID}\ngroupTags:\n  - ${KIOSK}\n  - Microsoft365Managed_Kiosk_Shared\n  - ${KIOSK}\n`
    const { customer, findings } = parseCustomer(text, at)
    expect(customer).toBeUndefined()
    expect(findings.map((f) => `${f.line}:${f.column} ${f.rule} ${messageOf(f)}`)).toEqual([
      '5:5 AP603 group tag `Microsoft365Managed_Kiosk_Shared` is not a Managed Desktop group tag: did you mean `Microsoft365Managed_Kiosk-Shared`?',
      `6:5 AP601 groupTags lists \`${KIOSK}\` twice`,
    ])
    const outside = parseCustomer(
      `name: Woodgrove\ncustomerId: ${ID}\nmanagedDesktop: false\ngroupTag: Branch\ngroupTags: [Lab, Kiosk]\n`,
      at,
    )
    expect(outside.findings).toEqual([])
    expect(outside.customer).toMatchObject({ groupTag: 'Branch', groupTags: ['Lab', 'Kiosk'] })
  })

  it("writes one record per customer, each device of another tag than the record's carrying its own", () => {
    const part = (groupTag: string, serial: string) => ({
      slug: 'woodgrove',
      customerId: ID,
      groupTag,
      startedAt: '2026-12-01T10:00:00.000Z',
      finishedAt: '2026-12-01T10:01:00.000Z',
      trackingIds: [`t-${serial}`],
      uploaded: 1,
      devices: [
        {
          serialNumber: serial,
          manufacturer: 'Fabrikam',
          model: 'Fabrikam Laptop 14',
          productKeyId: '',
          hardwareHashSha256: '',
          source: `customers/woodgrove/devices/${serial}.csv:2`,
          status: 'registered' as const,
          deviceId: `id-${serial}`,
          trackingId: null,
          errorCode: null,
          errorName: null,
          errorDescription: null,
          transient: null,
        },
      ],
    })
    const approval = { pullRequests: [7], approvedBy: ['reviewer'], mergedBy: 'maintainer' }
    const meta = { commit: 'c'.repeat(40), startedAt: new Date(0), runId: '0a1b2c3d', approval }
    const [file, ...others] = registrationRecords(
      [part(AUTOPILOT, 'SYN00701X'), part(KIOSK, 'SYN00702X')],
      meta,
    )
    expect(others).toEqual([])
    expect(file?.record).toMatchObject({
      schemaVersion: 2,
      source: 'registration',
      groupTag: AUTOPILOT,
      trackingIds: ['t-SYN00701X', 't-SYN00702X'],
    })
    expect(file?.record.devices.map((d) => [d.serialNumber, d.groupTag])).toEqual([
      ['SYN00701X', undefined],
      ['SYN00702X', KIOSK],
    ])
    // Read back, each device is under its own tag.
    const parsed = parseRecord({
      file: file?.path ?? '',
      customer: 'woodgrove',
      text: file?.text ?? '',
    })
    expect(parsed.findings).toEqual([])
    if (!parsed.record) throw new Error('the record did not parse')
    const ledger = foldRecords([
      { file: file?.path ?? '', customer: 'woodgrove', record: parsed.record },
    ])
    expect(
      ledger.customers.get('woodgrove')?.devices.map((d) => [d.serialNumber, d.groupTag]),
    ).toEqual([
      ['SYN00701X', AUTOPILOT],
      ['SYN00702X', KIOSK],
    ])
    // A run of one tag writes version 1, as before.
    expect(registrationRecords([part(KIOSK, 'SYN00703X')], meta)[0]?.record).toMatchObject({
      schemaVersion: 1,
      groupTag: KIOSK,
    })
  })
})
