// `npm test`: typecheck, lint and format, the stale-dist check, and every test (unit and
// end-to-end on dist/), closing with one plain `tests: N passed, N failed` line.
// The checks run beside the tests: most of the tests wait on child processes and sockets, so the
// machine's cores are free for the type checker and ncc meanwhile. Their output is shown after.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const scratch = mkdtempSync(path.join(tmpdir(), 'autopilot-gitops-test-'))
const results = path.join(scratch, 'vitest.json')
const checks = [
  ['typecheck', ['node_modules/.bin/tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint and format', ['node_modules/.bin/biome', 'check', '.']],
  ['dist is current', [process.execPath, 'scripts/check-dist.mjs']],
]
const tests = [
  'node_modules/.bin/vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${results}`,
  ...process.argv.slice(2),
]

/** Runs a command; with `capture`, keeps its output to show later instead of passing it through. */
function run([command, ...args], capture) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' })
    let output = ''
    child.stdout?.on('data', (chunk) => {
      output += chunk
    })
    child.stderr?.on('data', (chunk) => {
      output += chunk
    })
    child.on('exit', (code) => resolve({ code: code ?? 1, output }))
  })
}

const started = checks.map(([name, command]) => run(command, true).then((r) => ({ name, ...r })))
console.log('\n== tests')
const tested = await run(tests, false)
let failed = tested.code !== 0
for (const { name, code, output } of await Promise.all(started)) {
  console.log(`\n== ${name}`)
  if (output.trim()) console.log(output.trimEnd())
  if (code !== 0) {
    console.error(`${name} failed`)
    failed = true
  }
}
try {
  const { numPassedTests, numFailedTests } = JSON.parse(readFileSync(results, 'utf8'))
  console.log(
    `\ntests: ${numPassedTests} passed, ${numFailedTests + (failed && numFailedTests === 0 ? 1 : 0)} failed`,
  )
} catch {
  console.log('\ntests: 0 passed, 1 failed')
}
rmSync(scratch, { recursive: true, force: true })
process.exitCode = failed ? 1 : 0
