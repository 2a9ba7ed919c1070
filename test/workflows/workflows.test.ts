import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { releaseNotes } from '../../scripts/release-notes.mjs'
import { PROJECT } from '../helpers/paths.js'

// What a workflow linter would say, for the project's own workflows and the template's.
const FOLDERS = ['.github/workflows', 'template-repo/.github/workflows']
const workflows = FOLDERS.flatMap((folder) =>
  readdirSync(path.join(PROJECT, folder))
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => {
      const file = `${folder}/${name}`
      return [file, parse(readFileSync(path.join(PROJECT, file), 'utf8'))] as const
    }),
)

const TOP_KEYS = ['name', 'run-name', 'on', 'permissions', 'env', 'defaults', 'concurrency', 'jobs']
const EVENTS = ['push', 'pull_request', 'workflow_dispatch', 'schedule', 'workflow_call', 'release']
const JOB_KEYS = [
  'name',
  'needs',
  'runs-on',
  'permissions',
  'environment',
  'concurrency',
  'outputs',
  'env',
  'defaults',
  'if',
  'steps',
  'timeout-minutes',
  'strategy',
  'continue-on-error',
  'services',
]
const STEP_KEYS = [
  'id',
  'if',
  'name',
  'uses',
  'run',
  'shell',
  'with',
  'env',
  'continue-on-error',
  'timeout-minutes',
  'working-directory',
]
const SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'id-token',
  'issues',
  'discussions',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
]

function permissionProblems(permissions: unknown, where: string): string[] {
  if (permissions === undefined)
    return [`${where}: no permissions (the token would get the defaults)`]
  if (typeof permissions === 'string')
    return [`${where}: permissions ${permissions}, not scope by scope`]
  return Object.entries(permissions as Record<string, string>)
    .filter(
      ([scope, level]) => !SCOPES.includes(scope) || !['read', 'write', 'none'].includes(level),
    )
    .map(([scope, level]) => `${where}: permission ${scope}: ${level}`)
}

describe("every workflow, the project's and the template's", () => {
  it('finds them all', () => {
    expect(workflows.map(([file]) => file).sort()).toEqual([
      '.github/workflows/ci.yml',
      '.github/workflows/release.yml',
      'template-repo/.github/workflows/autopilot-adopt.yml',
      'template-repo/.github/workflows/autopilot-drift.yml',
      'template-repo/.github/workflows/autopilot-plan.yml',
      'template-repo/.github/workflows/autopilot-register.yml',
    ])
  })

  it.each(workflows)(
    '%s: known keys and events, minimal permissions, pinned actions, no expression in a script',
    (file, workflow) => {
      const problems: string[] = []
      for (const key of Object.keys(workflow))
        if (!TOP_KEYS.includes(key)) problems.push(`key ${key}`)
      const events =
        typeof workflow.on === 'string' ? [workflow.on] : Object.keys(workflow.on ?? {})
      for (const event of events) if (!EVENTS.includes(event)) problems.push(`event ${event}`)
      problems.push(...permissionProblems(workflow.permissions, 'workflow'))
      for (const [id, job] of Object.entries(
        workflow.jobs as Record<string, Record<string, unknown>>,
      )) {
        for (const key of Object.keys(job))
          if (!JOB_KEYS.includes(key)) problems.push(`${id}: key ${key}`)
        if (job.permissions !== undefined) problems.push(...permissionProblems(job.permissions, id))
        for (const [i, step] of (job.steps as Record<string, unknown>[]).entries()) {
          const at = `${id} step ${i + 1}`
          for (const key of Object.keys(step))
            if (!STEP_KEYS.includes(key)) problems.push(`${at}: key ${key}`)
          const uses = step.uses as string | undefined
          if (uses && !uses.startsWith('./') && !/@[0-9a-f]{40}$/.test(uses))
            problems.push(`${at}: ${uses} is not pinned to a full commit SHA`)
          // An expression in a script is a script injection waiting for its input: env instead.
          if (typeof step.run === 'string' && step.run.includes('${{'))
            problems.push(`${at}: an expression inside run`)
        }
      }
      expect(problems, file).toEqual([])
      // Never pull_request_target: it runs with the base's secrets on a fork's code.
      expect(events).not.toContain('pull_request_target')
    },
  )

  it("takes each release's notes from its CHANGELOG.md section, and refuses a version without one", () => {
    const changelog = readFileSync(path.join(PROJECT, 'CHANGELOG.md'), 'utf8')
    expect(releaseNotes(changelog, '0.1.0')).toMatch(/^The first version: validation/)
    expect(releaseNotes(changelog, '9.9.9')).toBeUndefined()
    expect(releaseNotes('## 1.0.0\n\n## 0.9.0\nnotes\n', '1.0.0')).toBeUndefined()
  })

  it('has Dependabot watch the npm packages and the pinned actions', () => {
    const dependabot = parse(readFileSync(path.join(PROJECT, '.github/dependabot.yml'), 'utf8'))
    expect(
      dependabot.updates.map((u: { 'package-ecosystem': string }) => u['package-ecosystem']),
    ).toEqual(['npm', 'github-actions'])
  })
})
