import { execFileSync } from 'node:child_process'
import {
  closeSync,
  ftruncateSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { RuleId } from '../../src/findings/catalogue.js'
import { english } from '../../src/messages/catalogue.js'
import { buildPlan } from '../../src/plan/build-plan.js'
import { inspectRepository } from '../../src/repo/inspect-repository.js'
import { validateRepository } from '../../src/use-cases/validate-repository.js'
import { customerYml, device, gwaiFile } from '../helpers/synthetic.js'
import { hintOf, messageOf } from '../helpers/words.js'

const CONTOSO = '8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60'
const FABRIKAM = '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0'
const RECORD = 'customers/contoso/registrations/20261101T090000Z-1111111.json'
const posix = process.platform !== 'win32'

/**
 * Outside the repository: a customer folder, its customer.yml and a device file that a link
 * would read. Nothing of them may show in any finding or summary.
 */
function outside(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'autopilot-gitops-outside-'))
  mkdirSync(path.join(dir, 'contoso/devices'), { recursive: true })
  writeFileSync(
    path.join(dir, 'contoso/customer.yml'),
    customerYml({ name: 'Outside Ltd', customerId: CONTOSO }),
  )
  writeFileSync(
    path.join(dir, 'contoso/devices/x.csv'),
    gwaiFile([device(666, { serialNumber: 'OUTSIDE666' })]),
  )
  return dir
}

/** A repository with contoso (one device file) and fabrikam, the customer that must still be checked. */
function repository(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'autopilot-gitops-links-'))
  const write = (file: string, bytes: string | Buffer) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), bytes)
  }
  write('customers/contoso/customer.yml', customerYml({ name: 'Contoso', customerId: CONTOSO }))
  write('customers/contoso/devices/a.csv', gwaiFile([device(1)]))
  write('customers/fabrikam/customer.yml', customerYml({ name: 'Fabrikam', customerId: FABRIKAM }))
  write('customers/fabrikam/devices/f.csv', gwaiFile([device(2)]))
  return root
}

const replace = (root: string, file: string, make: (at: string) => void) => {
  const at = path.join(root, file)
  rmSync(at, { recursive: true, force: true })
  mkdirSync(path.dirname(at), { recursive: true })
  make(at)
}
const link = (target: string) => (at: string) => symlinkSync(target, at)
const fifo = (at: string) => execFileSync('mkfifo', [at])
/** A sparse file: its size without its bytes on disk. */
const sized = (bytes: number) => (at: string) => {
  const fd = openSync(at, 'w')
  ftruncateSync(fd, bytes)
  closeSync(fd)
}

interface Case {
  name: string
  posixOnly?: boolean
  setUp: (root: string, away: string) => void
  expected: [rule: RuleId, file: string, message: string]
  /** How the plan treats contoso: blocked for that reason, or gone from the repository. */
  contoso: { blockedFor: string } | 'absent' | 'ready'
  /** customers/ itself replaced: fabrikam is gone with it. */
  noOtherCustomer?: boolean
}

const CASES: Case[] = [
  {
    name: 'a linked device file',
    setUp: (root, away) =>
      replace(
        root,
        'customers/contoso/devices/x.csv',
        link(path.join(away, 'contoso/devices/x.csv')),
      ),
    expected: ['AP109', 'customers/contoso/devices/x.csv', 'is a symbolic link (to `'],
    contoso: { blockedFor: 'errors in its files' },
  },
  {
    name: 'a FIFO named *.csv (it blocked for ever)',
    posixOnly: true,
    setUp: (root) => replace(root, 'customers/contoso/devices/live.csv', fifo),
    expected: [
      'AP109',
      'customers/contoso/devices/live.csv',
      '`customers/contoso/devices/live.csv` is a FIFO (named pipe), not a regular file: it is not read, and none of its devices is registered',
    ],
    contoso: { blockedFor: 'errors in its files' },
  },
  {
    name: 'a link to /dev/zero named *.csv',
    posixOnly: true,
    setUp: (root) => replace(root, 'customers/contoso/devices/z.csv', link('/dev/zero')),
    expected: [
      'AP109',
      'customers/contoso/devices/z.csv',
      '`customers/contoso/devices/z.csv` is a symbolic link (to `/dev/zero`): links are not followed, so it is not read, and none of its devices is registered',
    ],
    contoso: { blockedFor: 'errors in its files' },
  },
  {
    name: 'a linked devices/ folder',
    setUp: (root, away) =>
      replace(root, 'customers/contoso/devices', link(path.join(away, 'contoso/devices'))),
    expected: [
      'AP109',
      'customers/contoso/devices',
      'links are not followed, so nothing in it is read',
    ],
    contoso: { blockedFor: 'errors in its files' },
  },
  {
    name: 'a linked customer folder',
    setUp: (root, away) => replace(root, 'customers/contoso', link(path.join(away, 'contoso'))),
    expected: [
      'AP109',
      'customers/contoso',
      'links are not followed, so customer `contoso` is not read, and none of its devices is registered',
    ],
    contoso: 'absent',
  },
  {
    name: 'a linked customers/',
    setUp: (root, away) => replace(root, 'customers', link(away)),
    expected: ['AP109', 'customers', 'links are not followed, so no customer is read'],
    contoso: 'absent',
    noOtherCustomer: true,
  },
  {
    name: 'a file where a customer folder belongs',
    setUp: (root) =>
      replace(root, 'customers/contoso', (at) => writeFileSync(at, 'Contoso: to do\n')),
    expected: [
      'AP108',
      'customers/contoso',
      '`customers/contoso` is a file, not a customer folder: it is not read',
    ],
    contoso: 'absent',
  },
  {
    name: 'a linked customer.yml',
    setUp: (root, away) =>
      replace(
        root,
        'customers/contoso/customer.yml',
        link(path.join(away, 'contoso/customer.yml')),
      ),
    expected: [
      'AP109',
      'customers/contoso/customer.yml',
      'links are not followed, so customer `contoso` has no settings, and nothing is registered for it',
    ],
    contoso: { blockedFor: 'customer.yml is missing or invalid' },
  },
  {
    name: 'a customer.yml linked to /dev/zero (680 MB, then "Invalid string length")',
    posixOnly: true,
    setUp: (root) => replace(root, 'customers/contoso/customer.yml', link('/dev/zero')),
    expected: ['AP109', 'customers/contoso/customer.yml', '(to `/dev/zero`)'],
    contoso: { blockedFor: 'customer.yml is missing or invalid' },
  },
  {
    name: 'a customer.yml that is a FIFO',
    posixOnly: true,
    setUp: (root) => replace(root, 'customers/contoso/customer.yml', fifo),
    expected: [
      'AP109',
      'customers/contoso/customer.yml',
      'is a FIFO (named pipe), not a regular file',
    ],
    contoso: { blockedFor: 'customer.yml is missing or invalid' },
  },
  {
    name: 'a customer.yml that is a folder (EISDIR)',
    setUp: (root) => replace(root, 'customers/contoso/customer.yml', (at) => mkdirSync(at)),
    expected: [
      'AP601',
      'customers/contoso/customer.yml',
      'customer.yml is a folder, not a file: customer `contoso` has no settings',
    ],
    contoso: { blockedFor: 'customer.yml is missing or invalid' },
  },
  {
    name: 'a 50 MB customer.yml (24 s and 2 GB)',
    setUp: (root) => replace(root, 'customers/contoso/customer.yml', sized(50 * 1024 * 1024)),
    expected: [
      'AP601',
      'customers/contoso/customer.yml',
      'customer.yml is 50.0 MiB, over the limit of 16.0 KiB; it was not read',
    ],
    contoso: { blockedFor: 'customer.yml is missing or invalid' },
  },
  {
    name: 'a linked registration record',
    setUp: (root, away) => replace(root, RECORD, link(path.join(away, 'contoso/customer.yml'))),
    expected: [
      'AP109',
      RECORD,
      "links are not followed, so the customer's registration state is unknown and nothing is registered for it",
    ],
    contoso: { blockedFor: 'a registration record cannot be read' },
  },
  {
    name: 'a registration record that is a FIFO',
    posixOnly: true,
    setUp: (root) => replace(root, RECORD, fifo),
    expected: ['AP109', RECORD, 'is a FIFO (named pipe), not a regular file'],
    contoso: { blockedFor: 'a registration record cannot be read' },
  },
  {
    name: 'a 600 MB registration record (it crashed)',
    setUp: (root) => replace(root, RECORD, sized(600 * 1024 * 1024)),
    expected: [
      'AP606',
      RECORD,
      "registration record is 600.0 MiB, over the limit of 128.0 MiB; it was not read, so the customer's registration state is unknown",
    ],
    contoso: { blockedFor: 'a registration record cannot be read' },
  },
  {
    name: 'a linked CSV outside customers/',
    setUp: (root, away) =>
      replace(root, 'incoming/x.csv', link(path.join(away, 'contoso/devices/x.csv'))),
    expected: ['AP109', 'incoming/x.csv', 'links are not followed, so it is not read'],
    contoso: 'ready',
  },
]

describe('links and special files: a finding each, never read, never followed out', () => {
  it.each(CASES.filter((c) => posix || !c.posixOnly))('$name', { timeout: 10_000 }, async (c) => {
    const root = repository()
    const away = outside()
    c.setUp(root, away)
    const started = Date.now()
    const report = await validateRepository({ root })
    // A FIFO blocked for ever; /dev/zero and the 600 MB record took seconds and gigabytes.
    expect(Date.now() - started).toBeLessThan(5_000)
    const [rule, file, message] = c.expected
    const found = report.findings.filter((f) => f.file === file && f.rule === rule)
    expect(found).toHaveLength(1)
    expect(messageOf(found[0])).toContain(message)
    expect(found[0]?.severity).toBe(rule === 'AP108' ? 'warning' : 'error')
    expect(hintOf(found[0]).length).toBeGreaterThan(20)
    // The other customer is checked as ever, and nothing from outside the repository is read.
    if (!c.noOtherCustomer) {
      expect(report.customers.find((x) => x.slug === 'fabrikam')).toMatchObject({ devices: 1 })
    }
    expect(JSON.stringify(report)).not.toMatch(/OUTSIDE666|Outside Ltd/)
    const plan = buildPlan(await inspectRepository({ root }))
    const contoso = plan.customers.find((x) => x.slug === 'contoso')
    if (c.contoso === 'absent') expect(contoso).toBeUndefined()
    else if (c.contoso === 'ready') expect(contoso?.blocked).toBe(false)
    else expect(contoso?.blockReasons.map(english)).toContain(c.contoso.blockedFor)
    if (!c.noOtherCustomer) {
      expect(plan.customers.find((x) => x.slug === 'fabrikam')?.blocked).toBe(false)
    } else expect(plan.customers).toEqual([])
  })

  it('refuses a link even to a file inside the repository, and reads the file itself as ever', async () => {
    const root = repository()
    replace(root, 'customers/contoso/devices/z.csv', link('a.csv'))
    const report = await validateRepository({ root })
    expect(report.customers.find((x) => x.slug === 'contoso')).toMatchObject({ devices: 1 })
    expect(report.findings.map((f) => `${f.file} ${f.rule}`)).toEqual([
      'customers/contoso/devices/z.csv AP109',
    ])
  })
})
