import { execFileSync } from 'node:child_process'
import {
  closeSync,
  ftruncateSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHILD_ENV, PROJECT } from '../helpers/paths.js'
import { runNode } from '../helpers/run-dist.js'
import { customerYml, PARTNER_HEADER } from '../helpers/synthetic.js'

const ROWS = 130_000
const posix = process.platform !== 'win32'

/**
 * One repository holding every input that crashed or hung the whole run, one customer each, and
 * one good customer: fabrikam.
 */
function repository(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'autopilot-gitops-bounds-'))
  const at = (file: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    return path.join(root, file)
  }
  const write = (file: string, text: string) => writeFileSync(at(file), text)
  const sparse = (file: string, bytes: number) => {
    const fd = openSync(at(file), 'w')
    ftruncateSync(fd, bytes)
    closeSync(fd)
  }
  const yml = (name: string) =>
    customerYml({ name, customerId: '8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60' })
  const csv = (rows: readonly string[]) => `${[PARTNER_HEADER, ...rows].join('\r\n')}\r\n`
  write('customers/fabrikam/customer.yml', yml('Fabrikam'))
  write('customers/fabrikam/devices/f.csv', csv(['FAB1,,,Fabrikam,Laptop']))
  // The stack overflowed: 130,000 findings.
  write('customers/oem/customer.yml', yml('OEM'))
  write(
    'customers/oem/devices/spaces.csv',
    csv(Array.from({ length: ROWS }, (_, i) => `SN${String(i).padStart(8, '0')} ,,,Contoso,Book`)),
  )
  write(
    'customers/oem/devices/blank.csv',
    csv(['SN1,,,Contoso,Book', ...Array<string>(ROWS).fill(''), 'SN2,,,Contoso,Book']),
  )
  // "Excessive alias count…" stopped the whole repository.
  write('customers/aliases/customer.yml', `name: &n A\nx: [${Array(120).fill('*n').join(',')}]\n`)
  // 24 s and 2 GB; a crash.
  sparse('customers/huge/customer.yml', 50 * 1024 * 1024)
  write('customers/records/customer.yml', yml('Records'))
  sparse('customers/records/registrations/20261101T090000Z-1111111.json', 600 * 1024 * 1024)
  if (posix) {
    // 680 MB, then "Invalid string length"; a FIFO blocked for ever.
    mkdirSync(path.join(root, 'customers/zero'), { recursive: true })
    symlinkSync('/dev/zero', path.join(root, 'customers/zero/customer.yml'))
    mkdirSync(path.join(root, 'customers/fifo/devices'), { recursive: true })
    execFileSync('mkfifo', [path.join(root, 'customers/fifo/customer.yml')])
    execFileSync('mkfifo', [path.join(root, 'customers/fifo/devices/live.csv')])
  }
  return root
}

describe('inputs that crashed or hung the whole run (on the bundled CLI)', () => {
  it('are findings on their files, within a time and memory bound, and the run goes on', {
    timeout: 60_000,
  }, async () => {
    const root = repository()
    const started = Date.now()
    const run = await runNode('dist/cli/index.js', ['validate', root, '--format', 'json'], {
      env: {
        ...CHILD_ENV,
        NODE_OPTIONS: `--import ${path.join(PROJECT, 'bench/report-rss.mjs')}`,
      },
      signal: AbortSignal.timeout(45_000),
    })
    const seconds = (Date.now() - started) / 1000
    // Exit 1: errors found. 2 was the crash; null, killed on the time bound, the hang.
    expect(run.code, run.stderr).toBe(1)
    // Measured here (Node 24, 2 cores): 2 s, 300 MB, nearly all of it the 260,000 rows' devices.
    expect(seconds).toBeLessThan(30)
    const peakMb = Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(run.stderr)?.[1]) / 1024
    expect(peakMb).toBeLessThan(500)
    const report = JSON.parse(run.stdout) as {
      findings: { file: string; rule: string; message: string }[]
      customers: { slug: string; devices: number }[]
    }
    const has = (file: string, rule: string, text: string) =>
      expect(
        report.findings.some((f) => f.file === file && f.rule === rule && f.message.includes(text)),
        `${file} ${rule} ${text}`,
      ).toBe(true)
    has('customers/oem/devices/spaces.csv', 'AP306', 'and 129,950 more like this in this file')
    has('customers/oem/devices/blank.csv', 'AP302', 'and 129,950 more like this in this file')
    has('customers/aliases/customer.yml', 'AP601', 'more than 100 times')
    has('customers/huge/customer.yml', 'AP601', 'over the limit of 16.0 KiB')
    has(
      'customers/records/registrations/20261101T090000Z-1111111.json',
      'AP606',
      'over the limit of 128.0 MiB',
    )
    if (posix) {
      has('customers/zero/customer.yml', 'AP109', '(to `/dev/zero`)')
      has('customers/fifo/customer.yml', 'AP109', 'FIFO')
      has('customers/fifo/devices/live.csv', 'AP109', 'FIFO')
    }
    expect(report.findings.length).toBeLessThan(200)
    expect(report.customers.find((c) => c.slug === 'fabrikam')?.devices).toBe(1)
  })
})
