import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { INPUT_NAMES } from '../../src/action/inputs.js'
import { PROJECT } from '../helpers/paths.js'

const actionYml = parse(readFileSync(path.join(PROJECT, 'action.yml'), 'utf8'))

import { runActionBundle } from '../helpers/run-dist.js'

describe('the action (dist/index.js), driven as the runner drives it', () => {
  it('annotates each finding on its file and line and fails on errors', async () => {
    const run = await runActionBundle(
      { command: 'validate', path: 'test/fixtures/repos/mixed' },
      PROJECT,
    )
    expect(run.code).toBe(1)
    const lines = run.stdout.split('\n')
    expect(lines).toContain(
      "::error title=AP307 error,file=test/fixtures/repos/mixed/customers/contoso/devices/b.csv,line=3,col=4013::Group Tag `Microsoft365Managed_Standard` differs from the customer's group tag `Microsoft365Managed_Autopilot`%0AFix: Partner Center has no per-device tag: the batch name is the tag. Empty the column, or make it one of customer.yml's groupTag and groupTags (in a devices/<group tag>/ folder, that folder's tag).",
    )
    // GitHub shows 10 annotations of a severity per step: the other 4 errors stay in the log.
    expect(lines.filter((l) => l.startsWith('::error title='))).toHaveLength(10)
    expect(run.stdout).toContain('4 more finding(s) in the job summary.')
    expect(run.stdout).toContain(
      'test/fixtures/repos/mixed/incoming/new-order.csv:1:1  error   AP605',
    )
    expect(lines.at(-2)).toBe(
      '::error::14 error(s) in the repository: see the annotations and the job summary',
    )
    expect(run.outputs).toMatchObject({
      errors: '14',
      warnings: '0',
      notices: '0',
      devices: '7',
      rows: '9',
      'to-register': '1',
    })
    expect(run.summary).toContain('### Findings')
    // action.yml declares the outputs the action sets (test/action/register.test.ts checks the
    // registration's make up the rest), and exactly the inputs it reads.
    expect(Object.keys(actionYml.outputs)).toEqual(expect.arrayContaining(Object.keys(run.outputs)))
    expect(Object.values(INPUT_NAMES).sort()).toEqual(Object.keys(actionYml.inputs).sort())
    expect(actionYml.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('passes a clean repository, with notices annotated', async () => {
    const run = await runActionBundle(
      { command: 'auto', path: 'test/fixtures/repos/good' },
      PROJECT,
    )
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(
      '::notice title=AP102 notice,file=test/fixtures/repos/good/customers/contoso/devices/order-1001.csv,line=1,col=1::file is UTF-16LE: accepted',
    )
    expect(run.stdout).toContain('::debug::checking 3 file(s)')
    expect(run.outputs.errors).toBe('0')
  })

  it('fails with one clear line on a bad input', async () => {
    const run = await runActionBundle({ command: 'register-everything' }, PROJECT)
    expect(run.code).toBe(1)
    expect(run.stdout.trim().split('\n').at(-1)).toBe(
      '::error::autopilot-gitops could not run: input command is "register-everything": it takes one of auto, validate, plan, register, doctor, drift, adopt',
    )
  })

  it('refuses pull_request_target, which would run untrusted content with write access', async () => {
    const run = await runActionBundle({}, PROJECT, { GITHUB_EVENT_NAME: 'pull_request_target' })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      '::error::autopilot-gitops could not run: refusing to run on pull_request_target',
    )
  })
})
