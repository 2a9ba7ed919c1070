import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { expect } from 'vitest'
import { PROJECT } from './paths.js'

/** Compares rendered Markdown with test/golden/<name>; UPDATE_GOLDEN=1 rewrites it, to be reviewed in the diff. */
export function expectGolden(name: string, actual: string): void {
  const file = path.join(PROJECT, 'test/golden', name)
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, actual)
  }
  expect(actual).toBe(readFileSync(file, 'utf8'))
}
