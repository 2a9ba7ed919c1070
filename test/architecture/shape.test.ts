import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { PROJECT } from '../helpers/paths.js'

// The plain facts of the code's shape (house style, architecture.md), checked on every run.

const SRC = path.join(PROJECT, 'src')
const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.split(path.sep).join('/'))
  .sort()
const sources = new Map(files.map((f) => [f, readFileSync(path.join(SRC, f), 'utf8')]))

/** Every module a file imports or re-exports, relative ones resolved to their file under src/. */
function importsOf(file: string): { local: string[]; packages: string[] } {
  const parsed = ts.preProcessFile(sources.get(file) ?? '', true, true)
  const local: string[] = []
  const packages: string[] = []
  for (const { fileName } of parsed.importedFiles) {
    if (!fileName.startsWith('.')) packages.push(fileName)
    else local.push(path.posix.join(path.posix.dirname(file), fileName).replace(/\.js$/, '.ts'))
  }
  return { local, packages }
}

/** The groups of nodes that import each other round in a circle (Tarjan's strongly connected components). */
function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const found: string[][] = []
  const visit = (node: string) => {
    index.set(node, index.size)
    low.set(node, index.get(node) ?? 0)
    stack.push(node)
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue
      if (!index.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0))
      } else if (stack.includes(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0))
      }
    }
    if (low.get(node) !== index.get(node)) return
    const group: string[] = []
    let member: string | undefined
    do {
      member = stack.pop()
      if (member !== undefined) group.push(member)
    } while (member !== node && member !== undefined)
    if (group.length > 1) found.push(group.sort())
  }
  for (const node of graph.keys()) if (!index.has(node)) visit(node)
  return found
}

/** Functions (declarations, methods, arrows, expressions) longer than `max` lines. */
function longFunctions(file: string, max: number): string[] {
  const source = ts.createSourceFile(file, sources.get(file) ?? '', ts.ScriptTarget.Latest, true)
  const long: string[] = []
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line
      const name = node.name?.getText() ?? '(anonymous)'
      if (end - start + 1 > max)
        long.push(`${file}:${start + 1} ${name} (${end - start + 1} lines)`)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return long
}

/** A file's room: its folder under src/, or for an entry beside them (action.ts, cli.ts) its own name. */
const room = (file: string): string =>
  file.includes('/') ? (file.split('/')[0] ?? file) : file.replace(/\.ts$/, '')

describe('the shape of src/', () => {
  it('keeps every file under 300 lines', () => {
    const long = files
      .map((f) => [f, (sources.get(f) ?? '').split('\n').length] as const)
      .filter(([, lines]) => lines > 300)
    expect(long).toEqual([])
  })

  it('keeps every function under 60 lines', () => {
    expect(files.flatMap((f) => longFunctions(f, 60))).toEqual([])
  })

  it('has no import circle between files, type imports included', () => {
    const graph = new Map(files.map((f) => [f, importsOf(f).local]))
    expect(circles(graph)).toEqual([])
  })

  it('has no import circle between its folders: arrows point one way', () => {
    const graph = new Map<string, string[]>()
    for (const file of files) {
      const edges = graph.get(room(file)) ?? []
      for (const target of importsOf(file).local)
        if (room(target) !== room(file)) edges.push(room(target))
      graph.set(room(file), edges)
    }
    expect(circles(graph)).toEqual([])
  })

  it('keeps messages/, then findings/ and context/, at the bottom: they import nothing of ours above them', () => {
    // The catalogue is the lowest room: findings carry its Texts; it imports nothing of ours.
    const below: Record<string, string[]> = { messages: [], findings: ['messages'], context: [] }
    const upward = files
      .filter((f) => room(f) in below)
      .flatMap((f) =>
        importsOf(f)
          .local.filter((t) => room(t) !== room(f) && !below[room(f)]?.includes(room(t)))
          .map((t) => `${f} → ${t}`),
      )
    expect(upward).toEqual([])
  })

  it.each([
    ['@actions/core', ['action'], 'the runner only renders through it'],
    ['@actions/github', ['github'], 'the one adapter onto GitHub'],
    ['@azure/msal-node', ['auth'], 'sign-in is in one place'],
  ])('imports %s only in %j (%s)', (pkg, rooms) => {
    const importers = files.filter((f) => importsOf(f).packages.some((p) => p === pkg))
    expect(importers.filter((f) => !rooms.includes(room(f)))).toEqual([])
    expect(importers.length).toBeGreaterThan(0)
  })

  it('speaks to the runner (@actions/core) through one file: the runner output every surface goes through', () => {
    const importers = files.filter((f) => importsOf(f).packages.includes('@actions/core'))
    expect(importers).toEqual(['action/runner-output.ts'])
  })

  it('reads process.env only at the entries (the action, the CLI and its engine), never in a use case or below', () => {
    const readers = files.filter((f) => /\bprocess\.env\b/.test(sources.get(f) ?? ''))
    expect(readers.filter((f) => !['action', 'cli', 'cli-engine'].includes(room(f)))).toEqual([])
  })
})
