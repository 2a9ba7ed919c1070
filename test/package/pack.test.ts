import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { PROJECT } from '../helpers/paths.js'

const pkg = JSON.parse(readFileSync(path.join(PROJECT, 'package.json'), 'utf8'))
// The template `init` copies, every tracked file of it (hidden ones too).
const TEMPLATE_FILES = execFileSync('git', ['ls-files', 'template-repo'], {
  cwd: PROJECT,
  encoding: 'utf8',
})
  .trim()
  .split('\n')
// npm as the machine has it; the packed CLI then runs on this Node.js 24, first on the PATH.
const PATH = `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`
const npm = (args: string[], cwd = PROJECT) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, PATH } })

describe('the npm package (npm pack), installed as a partner installs it', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'autopilot-gitops-pack-'))
  const [packed] = JSON.parse(
    npm(['pack', '--json', '--pack-destination', work, '--no-audit', '--no-fund']),
  ) as { filename: string; size: number; entryCount: number; files: { path: string }[] }[]

  it('holds exactly what a partner needs: the bundles, their notices, action.yml, the schemas, the template, README, LICENSE', () => {
    if (!packed) throw new Error('npm pack wrote nothing')
    // The bundles' chunks (what they load with import()) are numbered by the bundler.
    const chunk = (file: string) =>
      file.replace(/^(dist\/(?:engine\/)?)\d+\.index\.js$/, '$1<chunk>.index.js')
    expect([...new Set(packed.files.map((f) => chunk(f.path)))].sort()).toEqual(
      [
        'LICENSE',
        'README.md',
        'action.yml',
        'dist/<chunk>.index.js',
        'dist/THIRD-PARTY-NOTICES.txt',
        'dist/cli/index.js',
        'dist/cli/package.json',
        'dist/engine/<chunk>.index.js',
        'dist/engine/index.js',
        'dist/engine/package.json',
        'dist/index.js',
        'dist/package.json',
        'dist/worker/index.js',
        'dist/worker/package.json',
        'package.json',
        'schema/customer.schema.json',
        'schema/decode-hash-report.schema.json',
        'schema/doctor-report.schema.json',
        'schema/drift-report.schema.json',
        'schema/plan-report.schema.json',
        'schema/registration-record.schema.json',
        'schema/validate-report.schema.json',
        ...TEMPLATE_FILES,
      ].sort(),
    )
    // Everything the bundles hold is bundled: installing the package installs nothing else.
    expect(pkg.dependencies).toBeUndefined()
    expect(pkg.private).toBeUndefined()
    console.log(
      `package: ${packed.filename}, ${Math.round(packed.size / 1024)} KiB packed, ${packed.entryCount} files`,
    )
  })

  it('installs into a fresh prefix with nothing else, and runs validate on the template and --version', () => {
    if (!packed) throw new Error('npm pack wrote nothing')
    const prefix = path.join(work, 'prefix')
    npm([
      'install',
      '--prefix',
      prefix,
      '--offline',
      '--no-audit',
      '--no-fund',
      path.join(work, packed.filename),
    ])
    const installed = JSON.parse(npm(['ls', '--prefix', prefix, '--all', '--json']))
    expect(Object.keys(installed.dependencies)).toEqual(['autopilot-gitops'])
    expect(installed.dependencies['autopilot-gitops'].dependencies).toBeUndefined()
    const bin = path.join(prefix, 'node_modules/.bin/autopilot-gitops')
    const run = (args: string[]) =>
      spawnSync(bin, args, { encoding: 'utf8', env: { PATH, GIT_CONFIG_GLOBAL: '/dev/null' } })
    const version = run(['--version'])
    expect(version.stdout.trim()).toBe(pkg.version)
    const validate = run(['validate', path.join(PROJECT, 'template-repo')])
    expect(validate.stdout).toMatch(/0 errors/)
    expect(validate.status).toBe(0)
    // init from the installed package: its own template, then the repository validates clean.
    const made = path.join(work, 'partner-repo')
    const init = run(['init', made])
    expect(init.status, init.stderr).toBe(0)
    expect(run(['validate', made]).status).toBe(0)
  }, 60_000)

  it('describes the action as the Marketplace takes it: under 125 characters, with branding', () => {
    const action = parse(readFileSync(path.join(PROJECT, 'action.yml'), 'utf8'))
    expect(action.description.length).toBeLessThan(125)
    expect(action.branding).toMatchObject({ icon: expect.any(String), color: expect.any(String) })
    expect(action.runs.using).toBe('node24')
    // Every input and output says what it is; the long explanations are the docs'.
    const undocumented = [
      ...Object.entries(action.inputs as Record<string, { description?: string }>),
      ...Object.entries(action.outputs as Record<string, { description?: string }>),
    ]
      .filter(([, entry]) => !entry.description || entry.description.trim().length < 20)
      .map(([name]) => name)
    expect(undocumented).toEqual([])
  })
})
