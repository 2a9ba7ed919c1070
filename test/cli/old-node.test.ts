import { describe, expect, it } from 'vitest'
import { CHILD_ENV, PROJECT } from '../helpers/paths.js'
import { runNode } from '../helpers/run-dist.js'

// Node.js as an older release reports itself: the launcher must refuse before anything runs.
const OLD_NODE = `data:text/javascript,${encodeURIComponent(
  "Object.defineProperty(process, 'versions', { value: { ...process.versions, node: '20.19.0' } })",
)}`

describe('the CLI on an older Node.js (dist/cli/index.js)', () => {
  it('says which Node.js it needs, and exits 2 having read nothing', async () => {
    const run = await runNode('dist/cli/index.js', ['validate', 'template-repo'], {
      cwd: PROJECT,
      env: { ...CHILD_ENV, NODE_OPTIONS: `--import=${OLD_NODE}` },
    })
    expect(run.stderr).toBe(
      'autopilot-gitops needs Node.js 24 or later; this is Node.js 20.19.0. Install Node.js 24 (https://nodejs.org) and run it again.\n',
    )
    expect(run.stdout).toBe('')
    expect(run.code).toBe(2)
  })
})
