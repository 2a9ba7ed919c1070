import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { RULES } from '../../src/findings/catalogue.js'
import { PROJECT } from '../helpers/paths.js'

const doc = readFileSync(path.join(PROJECT, 'docs/rules.md'), 'utf8')

describe('docs/rules.md', () => {
  it.each(Object.entries(RULES))('documents %s with its severity', (id, rule) => {
    expect(doc).toMatch(
      new RegExp(`\\| \\[${id}\\]\\(#${id.toLowerCase()}\\) +\\| ${rule.severity} +\\|`),
    )
    const section = doc.split(`### ${id}\n`)[1]?.split('\n### ')[0] ?? ''
    expect(section.trimStart()).toMatch(new RegExp(`^\\*\\*${rule.severity}\\*\\*`))
  })
})
