import { afterEach, describe, expect, it } from 'vitest'
import { AGREEING_SEED, DRIFTED_SEED, driftingRepository } from '../helpers/drift-setup.js'
import { gitRepository } from '../helpers/git-repo.js'
import { runActionBundle, writeEvent } from '../helpers/run-dist.js'
import { closeAll, github, REPOSITORY, sandboxWith, signInInputs } from './register-setup.js'

afterEach(closeAll)

/** The scheduled drift check, as the template's workflow starts it. */
function scheduledRun(root: string, api: string, sandbox: Awaited<ReturnType<typeof sandboxWith>>) {
  const event = writeEvent({ schedule: '17 5 * * *', repository: REPOSITORY })
  return runActionBundle(
    {
      command: 'drift',
      'github-token': 'ghs_drift-token-value',
      ...signInInputs(sandbox),
    },
    root,
    {
      GITHUB_EVENT_NAME: 'schedule',
      GITHUB_EVENT_PATH: event,
      GITHUB_API_URL: api,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'partner/autopilot-devices',
      GITHUB_RUN_ID: '4242',
      NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS ?? '',
    },
  )
}

describe('command: drift (dist/index.js)', () => {
  it('opens one issue for a customer with drift, updates it in place, and closes it once the drift is gone', async () => {
    const repo = gitRepository(driftingRepository())
    const gh = await github({})
    const drifted = await sandboxWith({ seed: DRIFTED_SEED })

    const first = await scheduledRun(repo.root, gh.url, drifted)
    expect(first.code).toBe(1)
    expect(first.outputs).toMatchObject({
      drift: '4',
      'drift-unknown': '1',
      'drift-missing': '1',
      'drift-moved': '1',
      'drift-finished': '1',
    })
    expect(first.summary).toContain('## Autopilot drift')
    expect(first.summary).toContain('Issue #100 opened for contoso.')
    const [issue, ...more] = gh.issues
    expect(more).toEqual([])
    expect(issue).toMatchObject({
      number: 100,
      title: 'Autopilot drift: contoso',
      state: 'open',
      labels: [{ name: 'autopilot-drift' }],
    })
    expect(issue?.body).toMatch(/^<!-- autopilot-gitops:drift:contoso -->/)
    expect(issue?.body).toContain('1 unknown, 1 missing, 1 moved, 1 finished')
    expect(issue?.body).toContain(
      '[this run](https://github.com/partner/autopilot-devices/actions/runs/4242)',
    )

    // The next day, the same drift: the same issue, edited, not a second one.
    const second = await scheduledRun(repo.root, gh.url, drifted)
    expect(second.summary).toContain('Issue #100 updated for contoso.')
    expect(gh.issues).toHaveLength(1)

    // Partner Center agrees with the records again: the issue says so and is closed.
    const agreeing = await sandboxWith({ seed: AGREEING_SEED })
    const third = await scheduledRun(repo.root, gh.url, agreeing)
    expect(third.code).toBe(0)
    expect(third.outputs.drift).toBe('0')
    expect(third.summary).toContain(
      'No drift: Partner Center and the records agree for every customer.',
    )
    expect(gh.issues[0]).toMatchObject({ state: 'closed', state_reason: 'completed' })
    expect(gh.comments(100).at(-1)?.body).toMatch(
      /^No drift any more: Partner Center and the records agree\./,
    )
    // Read-only in Partner Center, every time.
    for (const sandbox of [drifted, agreeing])
      expect(sandbox.partnerCenter.calls.every((c) => c.method === 'GET')).toBe(true)
  }, 60_000)
})
