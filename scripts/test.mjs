// `npm test`: typecheck, lint and format, the stale-dist check, then every test (unit and
// end-to-end on dist/), closing with one plain `tests: N passed, N failed` line.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const scratch = mkdtempSync(path.join(tmpdir(), 'autopilot-gitops-test-'))
const results = path.join(scratch, 'vitest.json')
const steps = [
  ['typecheck', ['node_modules/.bin/tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint and format', ['node_modules/.bin/biome', 'check', '.']],
  ['dist is current', [process.execPath, 'scripts/check-dist.mjs']],
  [
    'tests',
    [
      'node_modules/.bin/vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${results}`,
      ...process.argv.slice(2),
    ],
  ],
]
let failed = false
for (const [name, [command, ...args]] of steps) {
  console.log(`\n== ${name}`)
  const { status } = spawnSync(command, args, { stdio: 'inherit' })
  if (status !== 0) {
    console.error(`\n${name} failed`)
    failed = true
    break
  }
}
try {
  const { numPassedTests, numFailedTests } = JSON.parse(readFileSync(results, 'utf8'))
  console.log(`\ntests: ${numPassedTests} passed, ${numFailedTests} failed`)
} catch {
  console.log('\ntests: 0 passed, 1 failed')
}
rmSync(scratch, { recursive: true, force: true })
process.exitCode = failed ? 1 : 0
