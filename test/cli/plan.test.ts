import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { gitRepository } from '../helpers/git-repo.js'
import { runCliBundle } from '../helpers/run-dist.js'
import {
  csvBytes,
  customerYml,
  device,
  GWAI_HEADER,
  gwaiFile,
  gwaiRow,
  hashOf,
} from '../helpers/synthetic.js'

describe('autopilot-gitops plan', () => {
  it('shows what merging registers, and with --base fails only on what changed', async () => {
    const repo = gitRepository({
      'customers/contoso/customer.yml': customerYml({
        name: 'Contoso Ltd',
        customerId: '8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60',
      }),
      'customers/contoso/devices/old.csv': csvBytes([
        GWAI_HEADER,
        gwaiRow(device(1), hashOf({ ...device(1), damage: 'checksum' })),
      ]),
    })
    // A new file, not yet committed: what a partner checks before opening the pull request.
    writeFileSync(
      path.join(repo.root, 'customers/contoso/devices/new.csv'),
      gwaiFile([device(2), device(3)]),
    )

    const whole = await runCliBundle(['plan'], { cwd: repo.root })
    expect(whole.code).toBe(1)
    expect(whole.stdout).toContain('customers/contoso/devices/old.csv:2:12  error   AP404')

    const scoped = await runCliBundle(['plan', '.', '--base', 'main', '--format', 'json'], {
      cwd: repo.root,
    })
    expect(scoped.code).toBe(0)
    const report = JSON.parse(scoped.stdout)
    expect(report.changedFiles).toEqual(['customers/contoso/devices/new.csv'])
    expect(report.summary).toMatchObject({ errors: 0, preExisting: 1, devices: 3, toRegister: 0 })
    expect(report.customers[0]).toMatchObject({
      slug: 'contoso',
      blocked: true,
      blockReasons: ['errors in its files'],
    })
    expect(report.customers[0].counts).toEqual({
      register: 0,
      retry: 0,
      retag: 0,
      already: 0,
      blocked: 3,
      removed: 0,
      deregister: 0,
    })
  })

  it('says why it cannot run outside a repository, and what to do', async () => {
    const run = await runCliBundle(['plan', '/'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(
      '/: no customers/<slug>/ folder here or above, so no customer to check. Add customers/<slug>/customer.yml',
    )
  })
})
