import { describe, expect, it } from 'vitest'
import { runNode } from '../helpers/run-dist.js'

describe('npm start (scripts/start.mjs): the main job on the embedded default', () => {
  it('plans the pull request of template-repo/, registers it against the sandbox, commits the records, sends nothing twice, and checks drift', async () => {
    const run = await runNode('scripts/start.mjs', [], { env: { PATH: process.env.PATH ?? '' } })
    // Progress goes to standard error; nothing else may (no warning, no stack trace).
    expect(run.stderr).toMatch(
      // The in-progress record comes first: it holds the upload before the upload goes.
      /^Uploads in progress recorded: customers\/contoso\/registrations\/\d{8}T\d{9}Z-[0-9a-f]{7}-[0-9a-f]{8}-in-progress\.json\ncontoso: uploaded 5 device\(s\), tracking id [0-9a-f-]{36}\nWaiting for Partner Center, \d+s: contoso [0-5] of 5 sent, 0 processed, [0-5] pending\nPartner Center, \d+s: contoso 5 of 5 sent, 5 processed, 0 pending\n$/,
    )
    expect(run.code).toBe(0)
    const steps = run.stdout.split('\n').filter((l) => l.startsWith('=== '))
    expect(steps).toEqual([
      '=== A partner repository, made from template-repo/',
      '=== A pull request adds the devices Contoso ordered',
      '=== The plan the pull request shows (autopilot-gitops plan --base main)',
      '=== Reviewed, approved and merged',
      '=== The merge run registers the devices in the Partner Center sandbox',
      '=== The records, committed: the audit trail',
      '=== The next run sends nothing twice',
      '=== The daily drift check (autopilot-gitops drift): Partner Center against the records',
    ])
    expect(run.stdout).toMatch(/5 devices; merging registers 5\. 0 errors/)
    expect(run.stdout).toContain('5 registered, 0 already registered, 0 failed, 0 pending')
    expect(run.stdout).toMatch(
      /Record: customers\/contoso\/registrations\/\d{8}T\d{9}Z-[0-9a-f]{7}-[0-9a-f]{8}\.json/,
    )
    expect(run.stdout).toMatch(/Record Autopilot registrations for [0-9a-f]{7} \[skip ci\]/)
    expect(run.stdout).toContain('Nothing to send')
    // The device someone registered by hand, beside the repository: found, and named.
    expect(run.stdout).toContain(
      'Drift: 1 device in 1 customer (1 unknown, 0 missing, 0 moved, 0 finished).',
    )
    expect(run.stdout).toContain(
      'unknown   Contoso Devices HAND-0001 (in batch Microsoft365Managed_Autopilot)',
    )
  }, 60_000)
})
