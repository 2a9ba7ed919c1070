// The licences of every package the bundles hold, for dist/THIRD-PARTY-NOTICES.txt. ncc's own
// `--license` list is not used: for a bundle with a chunk (the action's libsodium) it writes the
// chunk's list over the bundle's, so the action's would name libsodium alone. The packages come
// from ncc's stats instead (each bundled module's path), the texts from their own folders.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** `./node_modules/a/node_modules/@b/c/dist/x.js` → `node_modules/a/node_modules/@b/c`. */
function packageRoot(modulePath) {
  const match = /^(?:\.\/)?((?:.*\/)?node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(modulePath)
  return match?.[1]
}

/** Every module path a webpack stats file names, nested modules and chunks included. */
function modulePaths(stats) {
  const paths = new Set()
  const walk = (modules = []) => {
    for (const m of modules) {
      walk(m.modules)
      const name = m.name ?? m.identifier ?? ''
      if (name.includes('node_modules/')) paths.add(name)
    }
  }
  walk(stats.modules)
  for (const chunk of stats.chunks ?? []) walk(chunk.modules)
  return paths
}

/** The package's licence file, and its NOTICE file where it has one (Apache-2.0 asks for both). */
function licenceText(root) {
  const files = readdirSync(root)
  const pick = (pattern) => files.find((f) => pattern.test(f))
  const read = (file) => readFileSync(path.join(root, file), 'utf8').trim()
  const licence = pick(/^(licen[cs]e|copying)(\.(md|txt))?$/i)
  const notice = pick(/^notice(\.(md|txt))?$/i)
  if (!licence) return undefined
  return notice ? `${read(licence)}\n\n${read(notice)}` : read(licence)
}

/** The notices of the packages in these stats files, each package once, in name order. */
export function notices(statsFiles, projectRoot) {
  const roots = new Set()
  for (const file of statsFiles) {
    for (const modulePath of modulePaths(JSON.parse(readFileSync(file, 'utf8')))) {
      const root = packageRoot(modulePath)
      if (root) roots.add(root)
    }
  }
  const entries = new Map()
  for (const root of roots) {
    const folder = path.join(projectRoot, root)
    const manifest = path.join(folder, 'package.json')
    if (!existsSync(manifest)) continue
    const pkg = JSON.parse(readFileSync(manifest, 'utf8'))
    const text =
      licenceText(folder) ?? `No licence file in the package; its package.json says ${pkg.license}.`
    entries.set(
      `${pkg.name}@${pkg.version}`,
      `${pkg.name} ${pkg.version} (${pkg.license})\n\n${text}`,
    )
  }
  const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, text]) => text)
  const header = `Third-party software bundled into dist/ (${sorted.length} packages), each with its licence.`
  return `${[header, ...sorted].join(`\n\n${'='.repeat(78)}\n\n`)}\n`
}
