// The pull-request case: one new 1,000-device file in a large repository. Times
// `autopilot-gitops plan --base HEAD` (whole repository read, findings scoped to the new file).
// The new file is written in the repository's dialect: every field quoted when its files are.
import { spawnSync } from 'node:child_process'
import { existsSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { commitAll, deviceRow, HEADER } from './make-repository.mjs'

export function timePlan(root, runs, { cli = 'dist/cli/index.js', quoted = false } = {}) {
  if (!existsSync(path.join(root, '.git'))) commitAll(root)
  const file = path.join(root, 'customers/customer-0000/devices/pull-request.csv')
  const rows = [HEADER]
  for (let i = 0; i < 1000; i++) rows.push(deviceRow(`NEWPR${String(i).padStart(6, '0')}`, quoted))
  writeFileSync(file, `${rows.join('\r\n')}\r\n`)
  const times = []
  try {
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now()
      const run = spawnSync(
        process.execPath,
        [cli, 'plan', root, '--base', 'HEAD', '--format', 'json'],
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
