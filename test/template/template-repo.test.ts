import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { PROJECT } from '../helpers/paths.js'
import { runActionBundle } from '../helpers/run-dist.js'

const TEMPLATE = path.join(PROJECT, 'template-repo')
const read = (file: string) => readFileSync(path.join(TEMPLATE, file), 'utf8')
const declaredInputs = Object.keys(
  parse(readFileSync(path.join(PROJECT, 'action.yml'), 'utf8')).inputs,
)

interface Step {
  uses?: string
  with?: Record<string, unknown>
}
const workflow = (name: string) => parse(read(`.github/workflows/${name}`))
/** A workflow expression as the YAML holds it: `${{ … }}`. */
const expression = (inner: string) => `\${{ ${inner} }}`
const stepsOf = (flow: { jobs: Record<string, { steps: Step[] }> }) =>
  Object.values(flow.jobs).flatMap((job) => job.steps)

describe('template-repo/, the repository a partner starts from', () => {
  it('passes the bundled action itself with no errors', async () => {
    const run = await runActionBundle({ command: 'validate', path: 'template-repo' }, PROJECT)
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ errors: '0', warnings: '0', devices: '5' })
  })

  it('has workflows that parse, pin every action to a commit, and pass only inputs action.yml declares', () => {
    for (const name of readdirSync(path.join(TEMPLATE, '.github/workflows'))) {
      const steps = stepsOf(workflow(name))
      for (const step of steps.filter((s) => s.uses)) {
        expect(step.uses, `${name}: ${step.uses}`).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/)
      }
      const ours = steps.filter((s) => s.uses?.startsWith('autopilot-gitops/autopilot-gitops@'))
      expect(ours.length, name).toBeGreaterThan(0)
      for (const step of ours) {
        expect(declaredInputs).toEqual(expect.arrayContaining(Object.keys(step.with ?? {})))
      }
    }
  })

  it('plans on pull requests without any secret, and registers from main with the environment and a queue', () => {
    const plan = workflow('autopilot-plan.yml')
    expect(Object.keys(plan.on)).toEqual(['pull_request'])
    expect(plan.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' })
    expect(read('.github/workflows/autopilot-plan.yml')).not.toMatch(/secrets\.|environment:/)

    const register = workflow('autopilot-register.yml')
    expect(register.on.push.branches).toEqual(['main'])
    expect(register.on).toHaveProperty('workflow_dispatch')
    expect(register.permissions).toEqual({
      contents: 'write',
      'pull-requests': 'write',
      'id-token': 'write',
    })
    expect(register.concurrency['cancel-in-progress']).toBe(false)
    const [job] = Object.values(register.jobs) as { environment: string; steps: Step[] }[]
    expect(job?.environment).toBe('partner-center')
    const step = job?.steps.find((s) => s.uses?.startsWith('autopilot-gitops/'))
    // A merge registers; a run by hand with "Preflight only" is the doctor.
    expect(step?.with).toMatchObject({
      command: expression("inputs.doctor == true && 'doctor' || 'register'"),
      'secrets-token': expression('secrets.AUTOPILOT_SECRETS_TOKEN'),
    })
    expect(register.on.workflow_dispatch.inputs.doctor).toMatchObject({
      type: 'boolean',
      default: false,
    })
    // Secretless by default: no client secret or certificate is passed.
    expect(Object.keys(step?.with ?? {})).not.toContain('client-secret')
  })

  it('checks drift daily and by hand, read-only, app-only, in the environment', () => {
    const drift = workflow('autopilot-drift.yml')
    expect(Object.keys(drift.on)).toEqual(['schedule', 'workflow_dispatch'])
    expect(drift.permissions).toEqual({ contents: 'read', issues: 'write', 'id-token': 'write' })
    const [job] = Object.values(drift.jobs) as { environment: string; steps: Step[] }[]
    expect(job?.environment).toBe('partner-center')
    const step = job?.steps.find((s) => s.uses?.startsWith('autopilot-gitops/'))
    expect(step?.with).toMatchObject({ command: 'drift' })
    // No secret beyond what app-only sign-in needs: none by default, and never a user's token.
    expect(read('.github/workflows/autopilot-drift.yml')).not.toMatch(/^[^#]*secrets\./m)
  })

  it('adopts a customer by hand, app-only, through a pull request', () => {
    const adopt = workflow('autopilot-adopt.yml')
    expect(Object.keys(adopt.on)).toEqual(['workflow_dispatch'])
    expect(adopt.on.workflow_dispatch.inputs.customer).toMatchObject({ required: true })
    expect(adopt.permissions).toEqual({
      contents: 'write',
      'pull-requests': 'write',
      'id-token': 'write',
    })
    const [job] = Object.values(adopt.jobs) as { environment: string; steps: Step[] }[]
    const step = job?.steps.find((s) => s.uses?.startsWith('autopilot-gitops/'))
    expect(step?.with).toMatchObject({ command: 'adopt', customer: expression('inputs.customer') })
    expect(read('.github/workflows/autopilot-adopt.yml')).not.toMatch(/^[^#]*secrets\./m)
  })

  it('names an owner for every customer folder, and keeps CSV bytes exact', () => {
    const owners = read('.github/CODEOWNERS')
    for (const slug of readdirSync(path.join(TEMPLATE, 'customers'))) {
      expect(owners).toMatch(new RegExp(`^/customers/${slug}/\\s+@\\S+`, 'm'))
    }
    expect(read('.gitattributes')).toMatch(/^\*\.csv -text$/m)
    expect(read('.github/pull_request_template.md')).toContain('- [ ]')
  })

  it('links only to files that exist, in its README and in the docs', () => {
    const documents = [
      ['README.md', PROJECT],
      ['template-repo/README.md', PROJECT],
      ...readdirSync(path.join(PROJECT, 'docs'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => [`docs/${f}`, PROJECT]),
    ]
    for (const [document] of documents) {
      const text = readFileSync(path.join(PROJECT, document ?? ''), 'utf8')
      for (const [, target] of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        if (!target || /^[a-z]+:/.test(target)) continue
        const resolved = path.resolve(path.dirname(path.join(PROJECT, document ?? '')), target)
        expect(() => readFileSync(resolved), `${document} → ${target}`).not.toThrow()
      }
    }
  })
})
