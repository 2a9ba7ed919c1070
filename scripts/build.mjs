// Bundles the action (dist/index.js), the CLI's launcher (dist/cli/index.js), the CLI's engine it
// runs in its own thread or in a worker (dist/engine/index.js) and the file-check worker the action
// and the engine start (dist/worker/index.js) with ncc, the four at once.
// `node scripts/build.mjs OUT` writes elsewhere, which the stale-dist check uses.
import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'

const out = path.resolve(process.argv[2] ?? 'dist')
rmSync(out, { recursive: true, force: true })
const ncc = path.resolve('node_modules/.bin/ncc')
const bundles = [
  ['src/action.ts', out],
  ['src/cli.ts', path.join(out, 'cli')],
  ['src/cli-engine.ts', path.join(out, 'engine')],
  ['src/file-check-worker.ts', path.join(out, 'worker')],
]
const codes = await Promise.all(
  bundles.map(
    ([entry, dir]) =>
      new Promise((resolve) => {
        const build = spawn(
          ncc,
          ['build', entry, '-o', dir, '--minify', '--quiet', '--target', 'es2023'],
          { stdio: 'inherit' },
        )
        build.on('exit', (code) => resolve(code ?? 1))
      }),
  ),
)
process.exitCode = codes.some((code) => code !== 0) ? 1 : 0
