// The pull-request case: one new 1,000-device file in a large repository. Times
// `autopilot-gitops plan --base HEAD` (whole repository read, findings scoped to the new file).
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { encodeHardwareHash } from '../src/hash/encode-hardware-hash.ts'

export function timePlan(root, runs) {
  if (!existsSync(path.join(root, '.git'))) {
    const git = (...args) => execFileSync('git', ['-C', root, ...args], { stdio: 'ignore' })
    git('init', '-q', '-b', 'main')
    git('add', '-A')
    git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '-m', 'base')
  }
  const file = path.join(root, 'customers/customer-0000/devices/pull-request.csv')
  const rows = ['Device Serial Number,Windows Product ID,Hardware Hash']
  for (let i = 0; i < 1000; i++) {
    const serialNumber = `NEWPR${String(i).padStart(6, '0')}`
    rows.push(
      `${serialNumber},,${encodeHardwareHash({ serialNumber, manufacturer: 'Fabrikam', model: 'Fabrikam Laptop 14' })}`,
    )
  }
  writeFileSync(file, `${rows.join('\r\n')}\r\n`)
  const times = []
  try {
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now()
      const run = spawnSync(
        process.execPath,
        ['dist/cli/index.js', 'plan', root, '--base', 'HEAD', '--format', 'json'],
        {
          encoding: 'utf8',
          maxBuffer: 1 << 30,
        },
      )
      times.push(performance.now() - t0)
      const report = JSON.parse(run.stdout)
      if (report.changedFiles?.length !== 1 || report.summary.errors !== 0) {
        throw new Error(`unexpected plan: ${JSON.stringify(report.summary)} ${report.changedFiles}`)
      }
    }
  } finally {
    rmSync(file)
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]
}
