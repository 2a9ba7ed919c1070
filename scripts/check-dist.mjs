// Fails when the committed dist/ is not what the sources build: the runner executes dist/, not src/.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * Everything dist/ may hold: the four bundles, ncc's module-type files, the notices of what they
 * bundle, and the chunks (`<id>.index.js`, their ids ncc's) of the action and of the CLI's engine:
 * each command's code, which they load only to run it, and libsodium, which the action loads only
 * to seal a secret. Anything else is a stray (ncc copies files a bundle seems to read at run time
 * as assets: a plan report once).
 */
const CHUNK = /^((?:engine\/)?)\d+\.index\.js$/
const EXPECTED = [
  'CHUNK',
  'THIRD-PARTY-NOTICES.txt',
  'cli/index.js',
  'cli/package.json',
  'engine/CHUNK',
  'engine/index.js',
  'engine/package.json',
  'index.js',
  'package.json',
  'worker/index.js',
  'worker/package.json',
]

const fresh = mkdtempSync(path.join(tmpdir(), 'autopilot-gitops-dist-'))
try {
  execFileSync(process.execPath, ['scripts/build.mjs', fresh], { stdio: 'inherit' })
  const list = (dir) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
      .sort()
  const built = list(fresh)
  const committed = list('dist')
  for (const [name, files] of [
    ['a fresh build', built],
    ['dist/', committed],
  ]) {
    const named = [...new Set(files.map((file) => file.replace(CHUNK, '$1CHUNK')))]
    if (named.join('\n') !== EXPECTED.join('\n')) {
      console.error(
        `${name} holds ${files.join(', ')}; expected exactly ${EXPECTED.join(', ')}: a bundle reads a file ncc copied as an asset, or a file was left in dist/.`,
      )
      process.exitCode = 1
    }
  }
  const stale = [...new Set([...built, ...committed])].filter((file) => {
    try {
      return !readFileSync(path.join(fresh, file)).equals(readFileSync(path.join('dist', file)))
    } catch {
      return true
    }
  })
  if (process.exitCode === 1) {
    // Said above.
  } else if (stale.length > 0) {
    console.error(`dist/ is stale (${stale.join(', ')}): run \`npm run build\` and commit dist/.`)
    process.exitCode = 1
  } else {
    console.log('dist/ matches a fresh build.')
  }
} finally {
  rmSync(fresh, { recursive: true, force: true })
}
