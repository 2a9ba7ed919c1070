import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export const PROJECT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')
export const FIXTURES_DIR = path.join(PROJECT, 'test/fixtures')
/** The real public samples live beside the project (../shared/samples), in CI too; never copied in. */
export const SAMPLES_DIR = path.resolve(PROJECT, '../shared/samples')
export const HAVE_SAMPLES = existsSync(path.join(SAMPLES_DIR, 'SOURCES.md'))
if (!HAVE_SAMPLES) {
  console.warn(
    `Real Autopilot samples not found at ${SAMPLES_DIR}: the tests that read them are skipped.`,
  )
}
export const NODE = path.join(PROJECT, 'node_modules/.bin/node')
/**
 * What a test's child process gets of this environment at least: PATH, and TMPDIR, so that the
 * folders it makes go under the run's scratch folder, which the run removes (test/global-setup.ts).
 */
export const CHILD_ENV = { PATH: process.env.PATH ?? '', TMPDIR: tmpdir() }
