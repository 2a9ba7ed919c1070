import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseRecord } from '../../src/ledger/fold-ledger.js'
import { english } from '../../src/messages/catalogue.js'
import { buildPlan, planDigest } from '../../src/plan/build-plan.js'
import { inspectRepository } from '../../src/repo/inspect-repository.js'
import { FIXTURES_DIR } from '../helpers/paths.js'
import { messageOf, reasonOf } from '../helpers/words.js'

const root = path.join(FIXTURES_DIR, 'repos/ledger')

describe('the registration plan', () => {
  it('folds the records into each device outcome', async () => {
    const plan = buildPlan(await inspectRepository({ root }))
    const outcomes = (slug: string) =>
      plan.customers
        .find((c) => c.slug === slug)
        ?.devices.map((d) => `${d.serialNumber} ${d.action}${d.reason ? `: ${reasonOf(d)}` : ''}`)
    expect(outcomes('contoso')).toEqual([
      'SYN00101X already: registered 2026-11-02',
      'SYN00102X retry: pending upload',
      'SYN00103X retry: last attempt failed: StorageError',
      'SYN00104X blocked: failed permanently: 808 ZtdDeviceAssignedToOtherTenant',
      'SYN00105X register',
      'SYN00199X removed: registered (customers/contoso/registrations/20261102T090000Z-2222222.json); removing the row does not deregister it',
    ])
    expect(outcomes('fabrikam')).toEqual([
      'SYN00401X blocked: customer blocked: customerId changed',
      'SYN00301X removed: registered (customers/fabrikam/registrations/20261101T090000Z-3333333.json); removing the row does not deregister it',
      'SYN00400X removed: registered (customers/fabrikam/registrations/20261101T090000Z-3333333.json); removing the row does not deregister it',
    ])
    expect(outcomes('northwind')).toEqual([
      'SYN00501X blocked: customer blocked: a registration record cannot be read',
      'SYN00301X blocked: registered for customer fabrikam',
    ])
    expect(plan.customers.map((c) => [c.slug, c.blocked, c.blockReasons.map(english)])).toEqual([
      ['contoso', false, []],
      ['fabrikam', true, ['customerId changed']],
      ['northwind', true, ['a registration record cannot be read']],
    ])
  })

  it('reports what the records say as findings at their place', async () => {
    const plan = buildPlan(await inspectRepository({ root }))
    const at = (rule: string) =>
      plan.findings
        .filter((f) => f.rule === rule)
        .map((f) => `${f.file}:${f.line}:${f.column} ${messageOf(f)}`)
    expect(at('AP504')).toEqual([
      'customers/contoso/devices/a.csv:2:1 Fabrikam SYN00101X is already registered (customers/contoso/registrations/20261102T090000Z-2222222.json): skipped',
    ])
    expect(at('AP505')).toEqual([
      'customers/northwind/devices/n.csv:3:1 Fabrikam SYN00301X is recorded as registered for customer `fabrikam` (customers/fabrikam/registrations/20261101T090000Z-3333333.json)',
    ])
    expect(at('AP604')).toEqual([
      'customers/fabrikam/customer.yml:2:13 customerId changed from `99999999-9999-4999-8999-999999999999` to `0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0`, but 2 device(s) are registered for `99999999-9999-4999-8999-999999999999`',
    ])
    expect(at('AP606')).toEqual([
      'customers/northwind/registrations/20261101T090000Z-4444444.json:1:1 registration record is not JSON: Unexpected end of JSON input',
    ])
  })

  it('retries permanent failures when asked to', async () => {
    const plan = buildPlan(await inspectRepository({ root }), { retryFailed: true })
    const device = plan.customers[0]?.devices.find((d) => d.serialNumber === 'SYN00104X')
    expect(device?.action).toBe('retry')
    expect(reasonOf(device)).toBe('last attempt failed: 808 ZtdDeviceAssignedToOtherTenant')
  })

  it('digests what merging would register, whatever the order of the rows', async () => {
    const plan = buildPlan(await inspectRepository({ root: path.join(FIXTURES_DIR, 'repos/good') }))
    const reversed = plan.customers
      .map((c) => ({ ...c, devices: [...c.devices].reverse() }))
      .reverse()
    expect(planDigest(reversed)).toBe(plan.digest)
    const fewer = plan.customers.map((c, i) =>
      i === 0 ? { ...c, devices: c.devices.slice(1) } : c,
    )
    expect(planDigest(fewer)).not.toBe(plan.digest)
    // Partner Center compares manufacturer and model case-sensitively: so does the digest.
    const recased = plan.customers.map((c, i) =>
      i === 0
        ? {
            ...c,
            devices: c.devices.map((d, j) =>
              j === 0 ? { ...d, manufacturer: d.manufacturer.toUpperCase() } : d,
            ),
          }
        : c,
    )
    expect(planDigest(recased)).not.toBe(plan.digest)
    const blocked = plan.customers.map((c, i) => (i === 0 ? { ...c, blocked: true } : c))
    expect(planDigest(blocked)).not.toBe(plan.digest)
    expect(plan.customers.map((c) => [c.slug, c.counts.register])).toEqual([
      ['contoso', 3],
      ['fabrikam', 2],
    ])
  })

  it('names what in a record breaks the schema, a field of a device by its place', () => {
    const file = 'customers/contoso/registrations/20261102T090000Z-2222222.json'
    const text = readFileSync(path.join(root, file), 'utf8')
    const record = JSON.parse(text)
    record.devices[0].status = 'lost'
    record.devices[0].colour = 'blue'
    const broken = parseRecord({ file, customer: 'contoso', text: JSON.stringify(record) })
    expect(broken.record).toBeUndefined()
    expect(broken.findings.map((f) => f.rule)).toEqual(['AP606'])
    expect(messageOf(broken.findings[0])).toMatch(
      /^registration record does not match schema version 1: devices\.0\.status: .*; devices\.0: Unrecognized key: "colour"/,
    )
    const headless = parseRecord({
      file,
      customer: 'contoso',
      text: JSON.stringify({ ...record, commit: 'not a sha', devices: 'none' }),
    })
    expect(messageOf(headless.findings[0])).toContain('commit:')
    expect(messageOf(headless.findings[0])).toContain('devices:')
  })

  it('reads a record only under a record name, which keeps the time order', () => {
    const text = readFileSync(
      path.join(root, 'customers/contoso/registrations/20261102T090000Z-2222222.json'),
      'utf8',
    )
    expect(
      parseRecord({
        file: 'customers/contoso/registrations/20261102T090000Z-2222222.json',
        customer: 'contoso',
        text,
      }).record,
    ).toBeDefined()
    const renamed = parseRecord({
      file: 'customers/contoso/registrations/latest.json',
      customer: 'contoso',
      text,
    })
    expect(renamed.findings.map((f) => [f.rule, messageOf(f)])).toEqual([
      [
        'AP606',
        '`latest.json` is not a registration record name (<YYYYMMDDTHHMMSSmmmZ>-<sha7>-<run id>.json, or <…>-in-progress.json)',
      ],
    ])
    const elsewhere = parseRecord({
      file: 'customers/fabrikam/registrations/20261102T090000Z-2222222.json',
      customer: 'fabrikam',
      text,
    })
    expect(messageOf(elsewhere.findings[0])).toContain(
      'names customer `contoso` but lies in the folder of `fabrikam`',
    )
  })
})
