import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIXTURES_DIR, HAVE_SAMPLES, PROJECT, SAMPLES_DIR } from '../helpers/paths.js'
import { runCliBundle } from '../helpers/run-dist.js'

const mixed = path.join(FIXTURES_DIR, 'repos/mixed')
const good = path.join(FIXTURES_DIR, 'repos/good')

describe('autopilot-gitops validate (dist/cli/index.js)', () => {
  it('passes template-repo/ as shipped (what npm start runs)', async () => {
    const run = await runCliBundle(['validate', path.join(PROJECT, 'template-repo')])
    expect(run.stdout).toBe('1 file, 5 devices: 0 errors, 0 warnings, 0 notices\n')
    expect(run.code).toBe(0)
  })

  it('exits 0 on a clean repository, with a closing count', async () => {
    const run = await runCliBundle(['validate'], { cwd: good })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('3 files, 5 devices: 0 errors, 0 warnings, 1 notice')
    expect(run.stderr).toBe('')
  })

  it('exits 1 with compiler-style lines and their fixes when there are errors', async () => {
    const run = await runCliBundle(['validate', mixed])
    expect(run.code).toBe(1)
    const lines = run.stdout.split('\n')
    expect(lines).toContain(
      "customers/contoso/devices/b.csv:3:4013  error   AP307  Group Tag `Microsoft365Managed_Standard` differs from the customer's group tag `Microsoft365Managed_Autopilot`",
    )
    const at = lines.findIndex((l) => l.startsWith('customers/contoso/devices/b.csv:3:4013'))
    expect(lines[at + 1]).toMatch(/^ {4}fix: Partner Center has no per-device tag/)
    // A device listed twice counts once (issue 10): 7 devices in 9 rows.
    expect(lines.at(-2)).toBe('7 files, 7 devices in 9 rows: 14 errors, 0 warnings, 0 notices')
  })

  it('writes the documented JSON', async () => {
    const run = await runCliBundle(['validate', '--format', 'json', 'customers/contoso'], {
      cwd: mixed,
    })
    expect(run.code).toBe(1)
    const report = JSON.parse(run.stdout)
    expect(Object.keys(report)).toEqual(['schemaVersion', 'summary', 'findings', 'customers'])
    expect(report.schemaVersion).toBe(1)
    expect(report.summary).toEqual({
      files: 2,
      devices: 3,
      rows: 4,
      errors: 4,
      warnings: 0,
      notices: 0,
    })
    expect(Object.keys(report.findings[0])).toEqual([
      'rule',
      'severity',
      'file',
      'line',
      'column',
      'message',
      'hint',
    ])
    expect(
      report.findings.every((f: { file: string }) =>
        f.file.startsWith('customers/contoso/devices/'),
      ),
    ).toBe(true)
    expect(report.customers).toEqual([
      {
        slug: 'contoso',
        name: 'Contoso Ltd',
        customerId: '8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60',
        groupTag: 'Microsoft365Managed_Autopilot',
        devices: 3,
      },
    ])
  })

  it('checks a single file against its whole repository', async () => {
    const run = await runCliBundle(['validate', 'customers/fabrikam/devices/c.csv'], { cwd: mixed })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('customers/fabrikam/devices/c.csv:2:1  error   AP503')
    expect(run.stdout).not.toContain('contoso/devices/a.csv:2:1')
  })

  it('checks a loose file that belongs to no repository', async () => {
    const run = await runCliBundle(['validate', path.join(FIXTURES_DIR, 'csv/AP404-checksum.csv')])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      'AP404-checksum.csv:2:12  error   AP404  Hardware Hash is damaged or truncated',
    )
  })

  it.each([
    [['validate', 'no/such/path'], 'no such file or folder: no/such/path'],
    [['validate', '--format', 'xml'], '--format must be text or json'],
    [['validate', '--colour'], "Unknown option '--colour'"],
    [['frobnicate'], 'unknown command frobnicate'],
  ])('exits 2 with one reason for %j', async (args, reason) => {
    const run = await runCliBundle(args, { cwd: good })
    expect(run.code).toBe(2)
    expect(run.stderr.split('\n')[0]).toContain(reason)
    expect(run.stdout).toBe('')
  })

  it('prints its version and usage', async () => {
    const version = JSON.parse(readFileSync(path.join(PROJECT, 'package.json'), 'utf8')).version
    expect((await runCliBundle(['--version'])).stdout).toBe(`${version}\n`)
    const help = await runCliBundle(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('autopilot-gitops validate [PATH...] [--format text|json]')
  })
})

describe('autopilot-gitops decode-hash', () => {
  const csv = readFileSync(path.join(FIXTURES_DIR, 'csv/valid-gwai-utf8-lf.csv'), 'utf8')
  const hash = csv.split('\n')[1]?.split(',')[2] ?? ''

  it('prints what a hash holds, as text', async () => {
    const run = await runCliBundle(['decode-hash', hash])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('verdict:         valid (checksum matches)')
    expect(run.stdout).toContain('serial number:   SYN00001X')
    expect(run.stdout).toContain('manufacturer:    Fabrikam')
  })

  it('reads the hash from standard input and prints JSON', async () => {
    const run = await runCliBundle(['decode-hash', '-', '--format', 'json'], {
      stdin: `${hash}\r\n`,
    })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({
      verdict: 'valid',
      model: 'Fabrikam Laptop 14',
      hasTpm: true,
    })
  })

  it('exits 2 when standard input holds no hash', async () => {
    const run = await runCliBundle(['decode-hash', '-'], { stdin: '\n' })
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      'autopilot-gitops: decode-hash: no hash given (standard input was empty)\n',
    )
  })

  it('exits 1 on a damaged hash', async () => {
    const run = await runCliBundle(['decode-hash', `${hash.slice(0, 200)}AAAA`])
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/verdict: +damaged: truncated/)
  })

  it.skipIf(!HAVE_SAMPLES)('decodes a real hash from the samples', async () => {
    const bytes = readFileSync(path.join(SAMPLES_DIR, 'gwai-utf16-lenovo-thinkpad-t14s.csv'))
    const real = bytes.toString('utf16le').split('\r\n')[1]?.split(',')[2] ?? ''
    const run = await runCliBundle(['decode-hash', '-'], { stdin: real })
    expect(run.stdout).toContain('serial number:   PF5MT6SC')
    expect(run.stdout).toContain('model:           21R3001BUK')
  })
})
