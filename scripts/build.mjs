// Bundles the action (dist/index.js), the CLI's launcher (dist/cli/index.js), the CLI's engine it
// runs in its own thread or in a worker (dist/engine/index.js) and the file-check worker the action
// and the engine start (dist/worker/index.js) with ncc, the four at once.
// `node scripts/build.mjs OUT` writes elsewhere, which the stale-dist check uses. The licences of
// what the bundles hold go into one file, dist/THIRD-PARTY-NOTICES.txt (scripts/notices.mjs).
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { notices } from './notices.mjs'

const out = path.resolve(process.argv[2] ?? 'dist')
rmSync(out, { recursive: true, force: true })
const ncc = path.resolve('node_modules/.bin/ncc')
// ncc's stats of each bundle, for the notices: kept out of dist/.
const stats = mkdtempSync(path.join(tmpdir(), 'autopilot-gitops-stats-'))
const bundles = [
  ['src/action.ts', out, 'dist/index.js, the action'],
  ['src/cli.ts', path.join(out, 'cli'), 'dist/cli/index.js, the CLI'],
  ['src/cli-engine.ts', path.join(out, 'engine'), "dist/engine/index.js, the CLI's engine"],
  ['src/file-check-worker.ts', path.join(out, 'worker'), 'dist/worker/index.js, the file checks'],
]
const codes = await Promise.all(
  bundles.map(
    ([entry, dir], index) =>
      new Promise((resolve) => {
        const build = spawn(
          ncc,
          [
            'build',
            entry,
            '-o',
            dir,
            '--minify',
            '--quiet',
            '--target',
            'es2023',
            '--stats-out',
            path.join(stats, `${index}.json`),
          ],
          { stdio: 'inherit' },
        )
        build.on('exit', (code) => resolve(code ?? 1))
      }),
  ),
)
process.exitCode = codes.some((code) => code !== 0) ? 1 : 0
if (process.exitCode === 0) {
  writeFileSync(
    path.join(out, 'THIRD-PARTY-NOTICES.txt'),
    notices(
      bundles.map((_, i) => path.join(stats, `${i}.json`)),
      process.cwd(),
    ),
  )
}
rmSync(stats, { recursive: true, force: true })
