// `node scripts/release-notes.mjs 1.2.3`: the notes of that version, its section of CHANGELOG.md
// (`## 1.2.3` up to the next `## `), for the release workflow. Exit 1 when it has none: a release
// without notes is not made.
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

export function releaseNotes(changelog, version) {
  const lines = changelog.split(/\r?\n/)
  const start = lines.findIndex((line) => line.trim() === `## ${version}`)
  if (start === -1) return undefined
  const rest = lines.slice(start + 1)
  const end = rest.findIndex((line) => line.startsWith('## '))
  const notes = (end === -1 ? rest : rest.slice(0, end)).join('\n').trim()
  return notes === '' ? undefined : `${notes}\n`
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const version = process.argv[2] ?? ''
  const notes = releaseNotes(readFileSync('CHANGELOG.md', 'utf8'), version)
  if (notes === undefined) {
    console.error(`CHANGELOG.md has no section "## ${version}" with notes: write one, then tag.`)
    process.exitCode = 1
  } else process.stdout.write(notes)
}
