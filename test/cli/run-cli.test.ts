import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { COMMANDS } from '../../src/cli/commands.js'
import { commandUsage, generalUsage } from '../../src/cli/run-cli.js'
import { sayer } from '../../src/messages/catalogue.js'
import { gitRepository } from '../helpers/git-repo.js'
import { FIXTURES_DIR, PROJECT } from '../helpers/paths.js'
import { customerYml, device, gwaiFile } from '../helpers/synthetic.js'
import { runInProcess } from './in-process.js'

const mixed = path.join(FIXTURES_DIR, 'repos/mixed')
const good = path.join(FIXTURES_DIR, 'repos/good')
const CONTOSO = customerYml({ name: 'Contoso', customerId: '8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60' })

function tempFolder(): string {
  return mkdtempSync(path.join(tmpdir(), 'autopilot-gitops-cli-'))
}

describe('the command table', () => {
  it.each(COMMANDS.map((c) => [c.name, c]))(
    '%s --help and -h print its usage on standard output, exit 0',
    async (name, command) => {
      for (const flag of ['--help', '-h']) {
        const run = await runInProcess([name, flag])
        expect(run).toEqual({ code: 0, stdout: commandUsage(command), stderr: '' })
      }
      expect(commandUsage(command)).toContain(`autopilot-gitops ${name}`)
      // Asking for help wins over arguments the command would refuse, and runs nothing.
      expect((await runInProcess([name, 'a', 'b', 'c', '--no-such', '--help'])).code).toBe(0)
      expect(await runInProcess(['help', name])).toEqual({
        code: 0,
        stdout: commandUsage(command),
        stderr: '',
      })
    },
  )

  it('lists every command in the general usage, within 100 columns', () => {
    const usage = generalUsage()
    for (const command of COMMANDS) expect(usage).toContain(command.usage(sayer('en')))
    expect(usage).toContain('autopilot-gitops help [COMMAND]')
    expect(usage.split('\n').filter((line) => line.length > 100)).toEqual([])
    const french = generalUsage(sayer('fr'))
    for (const command of COMMANDS) expect(french).toContain(command.usage(sayer('fr')))
    expect(french.split('\n').filter((line) => [...line].length > 100)).toEqual([])
  })

  it.each([['--help'], ['-h'], ['help']])(
    '%s alone prints the general usage, exit 0',
    async (flag) => {
      expect(await runInProcess([flag])).toEqual({ code: 0, stdout: generalUsage(), stderr: '' })
    },
  )

  it('with no argument at all prints the general usage on standard error, exit 2', async () => {
    expect(await runInProcess([])).toEqual({ code: 2, stdout: '', stderr: generalUsage() })
  })

  it.each([
    [['frobnicate'], 'unknown command frobnicate'],
    [['help', 'frobnicate'], 'unknown command frobnicate'],
    [['help', 'plan', 'validate'], 'help takes one command'],
  ])('refuses %j with the general usage, exit 2', async (args, reason) => {
    expect(await runInProcess(args)).toEqual({
      code: 2,
      stdout: '',
      stderr: `autopilot-gitops: ${reason}\n${generalUsage()}`,
    })
  })

  it.each([
    [['validate', '--colour'], 'validate', "Unknown option '--colour'"],
    [['validate', '--format', 'xml'], 'validate', '--format must be text or json, not xml'],
    [['plan', 'a', 'b'], 'plan', 'plan takes one repository path'],
    [['plan', '--format', 'yaml'], 'plan', '--format must be text or json, not yaml'],
    [['plan', '--base'], 'plan', "Option '--base <value>' argument missing"],
    [['decode-hash'], 'decode-hash', 'decode-hash takes one hash, or - to read it'],
    [['decode-hash', 'AAAA', 'BBBB'], 'decode-hash', 'decode-hash takes one hash'],
    [['decode-hash', 'AAAA', '--format', 'csv'], 'decode-hash', '--format must be text or json'],
    [['register', 'a', 'b'], 'register', 'register takes one repository path'],
    [['register', '--tenant'], 'register', "Unknown option '--tenant'"],
    [['sandbox', 'somewhere'], 'sandbox', 'sandbox takes no path'],
    [
      ['schema', 'nope'],
      'schema',
      'schema takes customer, record, validate, plan, decode-hash, doctor, drift, not nope',
    ],
  ])('refuses %j with the reason and the usage of %s, exit 2', async (args, name, reason) => {
    const run = await runInProcess(args, { cwd: good })
    const command = COMMANDS.find((c) => c.name === name)
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    const [first, ...rest] = run.stderr.split('\n')
    expect(first).toContain(`autopilot-gitops: ${reason}`)
    expect(`${rest.join('\n')}`).toBe(command && commandUsage(command))
  })

  it('prints its version', async () => {
    expect(await runInProcess(['--version'])).toEqual({
      code: 0,
      stdout: '0.0.0-test\n',
      stderr: '',
    })
  })
})

describe('a folder with no customer', () => {
  const noCustomer = (given: string) =>
    `autopilot-gitops: ${given}: no customers/<slug>/ folder here or above, so no customer to check. Add customers/<slug>/customer.yml and the customer's device files under customers/<slug>/devices/ (see "Adding a customer" in the template's README)`

  // What a clone of the template looks like after its first step (customers/contoso/ deleted).
  function templateWithoutContoso(keepEmptyCustomers: boolean): string {
    const root = tempFolder()
    cpSync(path.join(PROJECT, 'template-repo'), root, { recursive: true })
    rmSync(path.join(root, 'customers/contoso'), { recursive: true })
    if (!keepEmptyCustomers) rmSync(path.join(root, 'customers'), { recursive: true })
    return root
  }

  it.each([
    ['no customers/ (a clone: git keeps no empty folder)', false],
    ['an empty customers/ (where it was deleted)', true],
  ])('makes validate, plan and register say so and what to do, exit 2: %s', async (_, keep) => {
    const root = templateWithoutContoso(keep)
    writeFileSync(path.join(root, 'order.csv'), gwaiFile([device(1)]))
    const validate = await runInProcess(['validate'], { cwd: root })
    expect(validate).toEqual({
      code: 2,
      stdout: '',
      stderr: `${noCustomer('.')}; to check loose CSV files, name them (*.csv)\n`,
    })
    const plan = await runInProcess(['plan', root, '--format', 'json'])
    expect(plan).toEqual({ code: 2, stdout: '', stderr: `${noCustomer(root)}\n` })
    const register = await runInProcess(['register', '--dry-run'], { cwd: root })
    expect(register).toEqual({ code: 2, stdout: '', stderr: `${noCustomer('.')}\n` })
  })

  it('still checks a loose file named on its own', async () => {
    const root = templateWithoutContoso(false)
    const file = path.join(root, 'order.csv')
    writeFileSync(file, readFileSync(path.join(FIXTURES_DIR, 'csv/AP404-checksum.csv')))
    const run = await runInProcess(['validate', 'order.csv'], { cwd: root })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('order.csv:2:12  error   AP404')
    expect(run.stderr).toBe('')
  })

  it('keeps a missing path a missing path', async () => {
    for (const command of ['validate', 'plan', 'register']) {
      expect(await runInProcess([command, 'no/such/path'], { cwd: good })).toEqual({
        code: 2,
        stdout: '',
        stderr: 'autopilot-gitops: no such file or folder: no/such/path\n',
      })
    }
  })
})

describe('git failures', () => {
  const files = {
    'customers/contoso/customer.yml': CONTOSO,
    'customers/contoso/devices/order.csv': gwaiFile([device(1)]),
  }

  it('names the --base that does not exist and the fix, in one line, exit 2', async () => {
    const repo = gitRepository(files)
    const run = await runInProcess(['plan', '--base', 'NOPE'], { cwd: repo.root })
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `autopilot-gitops: --base NOPE: no such commit or branch in ${repo.root}; give a branch, tag or commit that exists (git fetch it first)\n`,
    })
  })

  it('says that a folder is not a git repository where plan --base and register need one', async () => {
    const root = tempFolder()
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, name)), { recursive: true })
      writeFileSync(path.join(root, name), content)
    }
    const line = `autopilot-gitops: ${root} is not in a git repository; run this in a clone of the repository (git clone), or make it one (git init, then commit customers/)\n`
    for (const args of [
      ['plan', '--base', 'main'],
      ['register', '--dry-run'],
    ]) {
      expect(await runInProcess(args, { cwd: root })).toEqual({ code: 2, stdout: '', stderr: line })
    }
    // Without --base, plan needs no git.
    expect((await runInProcess(['plan'], { cwd: root })).code).toBe(0)
  })

  it('says that register needs a commit in a repository that has none', async () => {
    const repo = gitRepository(files)
    repo.git('update-ref', '-d', 'HEAD')
    const run = await runInProcess(['register', '--dry-run'], { cwd: repo.root })
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `autopilot-gitops: ${repo.root} has no commit yet; commit customers/ first\n`,
    })
  })
})

describe('decode-hash --format json', () => {
  it('carries schemaVersion first, as validate and plan do', async () => {
    const csv = readFileSync(path.join(FIXTURES_DIR, 'csv/valid-gwai-utf8-lf.csv'), 'utf8')
    const hash = csv.split('\n')[1]?.split(',')[2] ?? ''
    const run = await runInProcess(['decode-hash', hash, '--format', 'json'])
    expect(run.code).toBe(0)
    const report = JSON.parse(run.stdout)
    expect(Object.keys(report)[0]).toBe('schemaVersion')
    expect(report).toMatchObject({ schemaVersion: 1, verdict: 'valid', serialNumber: 'SYN00001X' })
  })
})

describe('validate, in process', () => {
  it('reports several repositories as one, counts added up', async () => {
    const run = await runInProcess(['validate', mixed, good, '--format', 'json'])
    expect(run.code).toBe(1)
    const report = JSON.parse(run.stdout)
    const [one, other] = [
      JSON.parse((await runInProcess(['validate', mixed, '--format', 'json'])).stdout),
      JSON.parse((await runInProcess(['validate', good, '--format', 'json'])).stdout),
    ]
    expect(report.summary).toEqual(
      Object.fromEntries(
        Object.keys(one.summary).map((key) => [key, one.summary[key] + other.summary[key]]),
      ),
    )
    expect(report.customers).toEqual([...one.customers, ...other.customers])
  })
})
