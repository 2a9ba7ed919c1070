import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { initRepository } from '../../src/repo/init-repository.js'
import { PROJECT } from '../helpers/paths.js'
import { runNode } from '../helpers/run-dist.js'
import { device, gwaiFile } from '../helpers/synthetic.js'

const cli = (args: string[]) => runNode('dist/cli/index.js', args, { cwd: PROJECT })
const fresh = () => path.join(mkdtempSync(path.join(tmpdir(), 'autopilot-gitops-init-')), 'devices')
const tracked = execFileSync('git', ['ls-files', 'template-repo'], {
  cwd: PROJECT,
  encoding: 'utf8',
})
  .trim()
  .split('\n')
  .map((file) => file.replace(/^template-repo\//, ''))
const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_AUTHOR_NAME: 'p',
      GIT_AUTHOR_EMAIL: 'p@example.com',
      GIT_COMMITTER_NAME: 'p',
      GIT_COMMITTER_EMAIL: 'p@example.com',
    },
  }).trim()

describe('autopilot-gitops init (dist/cli/index.js)', () => {
  it('makes the template a repository, hidden files and all, in one commit, which validates clean and plans its first pull request', async () => {
    const dir = fresh()
    const started = performance.now()
    const run = await cli(['init', dir])
    console.log(`init: ${Math.round(performance.now() - started)} ms`)
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain(`Made ${dir}: ${tracked.length} files, one commit`)
    expect(run.stdout).toContain('create the environment partner-center')
    expect(run.stdout).toContain('The workflows pin a placeholder commit')
    expect(git(dir, 'ls-files').split('\n').sort()).toEqual([...tracked].sort())
    expect(git(dir, 'log', '--format=%s')).toBe('Start from the autopilot-gitops template')
    for (const file of tracked)
      expect(
        readFileSync(path.join(dir, file)).equals(
          readFileSync(path.join(PROJECT, 'template-repo', file)),
        ),
      ).toBe(true)
    const validate = await cli(['validate', dir])
    expect(validate.stdout).toMatch(/ 0 errors/)
    expect(validate.code).toBe(0)
    // The partner's first pull request: a new order for the example customer.
    git(dir, 'checkout', '-q', '-b', 'order-2001')
    writeFileSync(
      path.join(dir, 'customers/contoso/devices/order-2001.csv'),
      gwaiFile([device(1), device(2)]),
    )
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', 'order 2001')
    const plan = await cli(['plan', dir, '--base', 'main'])
    expect(plan.stdout).toMatch(/merging registers 7\. 0 errors/)
    expect(plan.code).toBe(0)
  })

  it("writes the first customer's customer.yml instead of the example, and its CODEOWNERS line", async () => {
    const dir = fresh()
    const run = await cli([
      'init',
      dir,
      '--customer',
      'woodgrove',
      '--customer-id',
      '3c4d5e6f-7a8b-4c9d-8e0f-112233445566',
      '--name',
      'Woodgrove Bank',
      '--group-tag',
      'Branch-Laptops',
    ])
    expect(run.code, run.stderr).toBe(0)
    expect(existsSync(path.join(dir, 'customers/contoso'))).toBe(false)
    const yml = readFileSync(path.join(dir, 'customers/woodgrove/customer.yml'), 'utf8')
    expect(yml).toContain('name: "Woodgrove Bank"\n')
    expect(yml).toContain('groupTag: "Branch-Laptops"\nmanagedDesktop: false\n')
    expect(readFileSync(path.join(dir, '.github/CODEOWNERS'), 'utf8')).toContain(
      '/customers/woodgrove/ ',
    )
    expect((await cli(['validate', dir])).code).toBe(0)
  })

  it('refuses a folder that is not empty, a bad slug and a tenant id that is no GUID, writing nothing', async () => {
    const full = fresh()
    mkdirSync(full)
    writeFileSync(path.join(full, 'notes.txt'), 'mine\n')
    const refused = await cli(['init', full])
    expect(refused.stderr).toContain(`${full} is not empty`)
    expect(refused.code).toBe(2)
    const dir = fresh()
    const slug = await cli([
      'init',
      dir,
      '--customer',
      'Woodgrove_Bank',
      '--customer-id',
      '3c4d5e6f-7a8b-4c9d-8e0f-112233445566',
    ])
    expect(slug.stderr).toContain('--customer Woodgrove_Bank is not a slug')
    const guid = await cli([
      'init',
      dir,
      '--customer',
      'woodgrove',
      '--customer-id',
      'woodgrove.onmicrosoft.com',
    ])
    expect(guid.stderr).toContain('--customer-id woodgrove.onmicrosoft.com is not a GUID')
    expect(existsSync(dir)).toBe(false)
  })

  it("pins the workflows to the release's commit when the package knows it", async () => {
    const dir = fresh()
    const commit = 'ab'.repeat(20)
    const result = await initRepository({
      target: dir,
      template: path.join(PROJECT, 'template-repo'),
      pin: { commit, version: '1.2.3' },
    })
    expect(result.pinned).toBe(true)
    const plan = readFileSync(path.join(dir, '.github/workflows/autopilot-plan.yml'), 'utf8')
    expect(plan).toContain(`uses: autopilot-gitops/autopilot-gitops@${commit} # v1.2.3`)
    expect(plan).not.toMatch(/autopilot-gitops@[0-9a-f]{40} # v1\n/)
  })
})
