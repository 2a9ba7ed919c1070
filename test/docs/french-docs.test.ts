import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { RULES } from '../../src/findings/catalogue.js'
import { initRepository } from '../../src/repo/init-repository.js'
import { PROJECT } from '../helpers/paths.js'

const read = (file: string) => readFileSync(path.join(PROJECT, file), 'utf8')
const FRENCH = [
  ...readdirSync(path.join(PROJECT, 'docs/fr'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/fr/${f}`),
  'template-repo/README.fr.md',
]
const SEVERITY = { error: 'erreur', warning: 'avertissement', notice: 'remarque' } as const

/** The `### APnnn` sections of a rules document, in order, each with its text up to the next heading. */
function ruleSections(doc: string): Map<string, string> {
  const sections = new Map<string, string>()
  for (const part of doc.split(/^### /m).slice(1)) {
    const [id = '', ...rest] = part.split('\n')
    sections.set(id.trim(), rest.join('\n').split(/^## /m)[0] ?? '')
  }
  return sections
}

const fencedBlocks = (text: string) =>
  [...text.matchAll(/^```[^\n]*\n[\s\S]*?^```$/gm)].map((m) => m[0])
const codeSpans = (text: string) =>
  [...text.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '').matchAll(/`([^`\n]+)`/g)].map((m) => m[1])
const tableIds = (doc: string) =>
  [...doc.matchAll(/^\| \[(AP\d{3})\]\(#ap\d{3}\)/gm)].map((m) => m[1])

/**
 * A document's prose, one line at a time: fenced blocks, code spans, link targets, URLs, times
 * and HTML entities taken out, so that what is left is French words and their marks.
 */
function proseLines(doc: string): { line: number; text: string }[] {
  const lines: { line: number; text: string }[] = []
  let fenced = false
  doc.split('\n').forEach((raw, index) => {
    if (/^\s*```/.test(raw)) fenced = !fenced
    else if (!fenced) {
      const text = raw
        .replace(/`+[^`]*`+/g, '‹code›')
        .replace(/\]\([^)]*\)/g, ']')
        .replace(/\bhttps?:\/\/\S+/g, '‹url›')
        .replace(/\b\d{1,2}:\d{2}\b/g, '‹time›')
        .replace(/&[a-z]+;/g, '‹entity›')
      lines.push({ line: index + 1, text })
    }
  })
  return lines
}

describe('docs/fr/rules.md, the rules in French', () => {
  const english = read('docs/rules.md')
  const french = read('docs/fr/rules.md')
  const [enSections, frSections] = [ruleSections(english), ruleSections(french)]

  it('documents every rule of the catalogue, in the order of docs/rules.md, in its table and its sections', () => {
    const ids = Object.keys(RULES).sort()
    expect([...enSections.keys()].sort()).toEqual(ids)
    expect([...frSections.keys()]).toEqual([...enSections.keys()])
    expect(tableIds(french)).toEqual(tableIds(english))
  })

  it.each(Object.entries(RULES))(
    'gives %s its severity, in French, in the table and the section',
    (id, rule) => {
      const severity = SEVERITY[rule.severity]
      expect(french).toMatch(
        new RegExp(`\\| \\[${id}\\]\\(#${id.toLowerCase()}\\) +\\| ${severity} +\\|`),
      )
      expect(frSections.get(id)?.trimStart()).toMatch(new RegExp(`^\\*\\*${severity}\\*\\*`))
    },
  )

  it.each([...enSections.keys()])(
    'keeps the examples of %s exactly as the English has them',
    (id) => {
      const [en, fr] = [enSections.get(id) ?? '', frSections.get(id) ?? '']
      expect(fencedBlocks(fr)).toEqual(fencedBlocks(en))
      // Every value the English quotes in code style (headers, rows, paths, tags) is quoted alike.
      const quoted = new Set(codeSpans(fr))
      for (const span of codeSpans(en)) expect(quoted.has(span), `${id}: \`${span}\``).toBe(true)
    },
  )

  it('keeps the code blocks outside the rule sections too (accepted headers, customer.yml)', () => {
    expect(fencedBlocks(french)).toEqual(fencedBlocks(english))
  })
})

describe('the French documents', () => {
  it.each(FRENCH)('%s links only to files that exist', (document) => {
    const text = read(document)
    const targets = [...text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1] ?? '')
    expect(targets.length).toBeGreaterThan(0)
    for (const target of targets) {
      if (/^[a-z]+:/.test(target)) continue
      const resolved = path.resolve(path.dirname(path.join(PROJECT, document)), target)
      expect(existsSync(resolved), `${document} → ${target}`).toBe(true)
    }
  })

  it.each(FRENCH)('%s puts a non-breaking space before : ; ? ! and inside « »', (document) => {
    const wrong: string[] = []
    for (const { line, text } of proseLines(read(document))) {
      // U+00A0, or the narrow U+202F that Intl writes in numbers, is the only space allowed there.
      if (/(^|[^\u00a0\u202f])[:;?!]/.test(text)) wrong.push(`${line}: ${text}`)
      if (/«(?!\u00a0)|(?<!\u00a0)»/.test(text)) wrong.push(`${line}: ${text}`)
    }
    expect(wrong).toEqual([])
  })

  it('writes thousands as French does, with a non-breaking space (1 205), never 1,205', () => {
    for (const document of FRENCH)
      for (const { line, text } of proseLines(read(document)))
        expect(text, `${document}:${line}`).not.toMatch(/\b\d{1,3}[, ]\d{3}\b/)
  })

  it('says in the setup guide, the rules and the template that Managed Desktop ended and that any Intune tag is first-class', () => {
    for (const document of [
      'docs/fr/partner-center-setup.md',
      'docs/fr/rules.md',
      'template-repo/README.fr.md',
    ]) {
      const text = read(document)
      expect(text, document).toContain('Microsoft Managed Desktop a pris fin le')
      expect(text.replace(/\s+/g, ' '), document).toContain('31 juillet 2024')
      expect(text, document).toMatch(/groupes Intune/)
    }
  })
})

describe('template-repo/README.fr.md, the template README in French', () => {
  it('links each README to the other at its top', () => {
    expect(read('template-repo/README.md').split('\n').slice(0, 4)).toContain(
      '[Français](README.fr.md)',
    )
    expect(read('template-repo/README.fr.md').split('\n').slice(0, 4)).toContain(
      '[English](README.md)',
    )
  })

  it('is in the npm package, which carries the whole template', () => {
    const pkg = JSON.parse(read('package.json')) as { files: string[] }
    expect(pkg.files).toContain('template-repo')
    const tracked = execFileSync('git', ['ls-files', 'template-repo'], {
      cwd: PROJECT,
      encoding: 'utf8',
    })
    expect(tracked.split('\n')).toContain('template-repo/README.fr.md')
  })

  it('is in a repository init makes', async () => {
    const target = path.join(mkdtempSync(path.join(tmpdir(), 'autopilot-gitops-fr-')), 'devices')
    await initRepository({ target, template: path.join(PROJECT, 'template-repo') })
    expect(readFileSync(path.join(target, 'README.fr.md'), 'utf8')).toBe(
      read('template-repo/README.fr.md'),
    )
  })
})
