import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHILD_ENV, PROJECT } from '../helpers/paths.js'
import { runNode } from '../helpers/run-dist.js'
import { customerYml, device, GWAI_HEADER, gwaiRow } from '../helpers/synthetic.js'

/** A repository with one device file of the given size. */
function repositoryWithOneFile(devices: number): string {
  const root = mkdtempSync(path.join(tmpdir(), 'autopilot-gitops-memory-'))
  mkdirSync(path.join(root, 'customers/contoso/devices'), { recursive: true })
  writeFileSync(
    path.join(root, 'customers/contoso/customer.yml'),
    customerYml({ name: 'Contoso', customerId: '8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60' }),
  )
  const rows = Array.from({ length: devices }, (_, i) => gwaiRow(device(i)))
  writeFileSync(
    path.join(root, 'customers/contoso/devices/all.csv'),
    `${[GWAI_HEADER, ...rows].join('\r\n')}\r\n`,
  )
  return root
}

async function peakRssMb(root: string): Promise<number> {
  const run = await runNode('dist/cli/index.js', ['validate', root], {
    env: {
      ...CHILD_ENV,
      NODE_OPTIONS: `--import ${path.join(PROJECT, 'bench/report-rss.mjs')}`,
    },
  })
  expect(run.code).toBe(0)
  const kb = Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(run.stderr)?.[1])
  return kb / 1024
}

/** The lower of two runs: peak RSS only ever errs upwards (a late GC), never below what is needed. */
async function leastPeakRssMb(root: string): Promise<number> {
  const first = await peakRssMb(root)
  return Math.min(first, await peakRssMb(root))
}

describe('memory', () => {
  it('stays flat as a file grows: a file ten times larger (40 MB) costs little more', async () => {
    const small = await leastPeakRssMb(repositoryWithOneFile(1_000))
    const large = await leastPeakRssMb(repositoryWithOneFile(10_000))
    // Measured here (Node 24, 2 cores): 81 MB and 115-118 MB, 34-37 MB apart. The file is streamed;
    // what grows is the duplicate check. Reading the whole 40 MB file at once would add about
    // 80 MB to the larger run (a Buffer and its string), 8 MB to the smaller: the gap goes past 100.
    expect(large - small).toBeLessThan(60)
    expect(large).toBeLessThan(200)
  })
})
