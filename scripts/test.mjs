// `npm test`: typecheck, lint and format, the stale-dist check, then every test (unit and end-to-end on dist/).
import { spawnSync } from 'node:child_process'

const steps = [
  ['typecheck', ['node_modules/.bin/tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint and format', ['node_modules/.bin/biome', 'check', '.']],
  ['dist is current', [process.execPath, 'scripts/check-dist.mjs']],
  ['tests', ['node_modules/.bin/vitest', 'run', ...process.argv.slice(2)]],
]
for (const [name, [command, ...args]] of steps) {
  console.log(`\n== ${name}`)
  const { status } = spawnSync(command, args, { stdio: 'inherit' })
  if (status !== 0) {
    console.error(`\n${name} failed`)
    process.exit(status ?? 1)
  }
}
