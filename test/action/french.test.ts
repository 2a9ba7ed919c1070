import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { SANDBOX_APP } from '../../src/sandbox/start-sandbox.js'
import { PROJECT } from '../helpers/paths.js'
import { runActionBundle, writeEvent } from '../helpers/run-dist.js'
import { device } from '../helpers/synthetic.js'
import { closeAll, contosoMerged, pushRun, REPOSITORY, signInInputs } from './register-setup.js'

// The bundled action with `language: fr` (INPUT_LANGUAGE=fr): a pull request validated and
// planned, then its merge registered. What it says of its own is French; what a script reads
// (outputs, the JSON report's field names) is the same as in English; no secret shows.

afterEach(closeAll)

const NBSP = '\u00a0'
const TOKEN = 'ghs_french-token-value-0123456789'

/** Every key of a JSON value, nested, as paths. */
function fieldNames(value: unknown, at = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => fieldNames(item, `${at}[]`))
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, item]) => [
    `${at}.${key}`,
    ...fieldNames(item, `${at}.${key}`),
  ])
}

/** What a run shows a person: its log (less the masks it asks the runner for) and its summary. */
const shown = (run: { stdout: string; summary: string }) =>
  `${run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')}${run.summary}`

const reportOf = (run: { outputs: Record<string, string> }) =>
  JSON.parse(readFileSync(run.outputs.report ?? '', 'utf8'))

describe('the action in French (dist/index.js, language: fr)', () => {
  it('validates and plans a pull request, its outputs and report named as in English', async () => {
    const { repo, head, gh } = await contosoMerged([device(1), device(2)])
    const event = writeEvent({
      pull_request: { number: 7, base: { sha: repo.base }, head: { sha: head } },
      repository: REPOSITORY,
    })
    const pr = {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_API_URL: gh.url,
    }
    const runs: Record<string, Awaited<ReturnType<typeof runActionBundle>>> = {}
    for (const language of ['en', 'fr'])
      for (const command of ['validate', 'plan'])
        runs[`${command} ${language}`] = await runActionBundle(
          { command, language, 'github-token': TOKEN },
          repo.root,
          pr,
        )
    for (const command of ['validate', 'plan']) {
      const [english, french] = [runs[`${command} en`], runs[`${command} fr`]]
      expect(french?.code, command).toBe(0)
      expect(Object.keys(french?.outputs ?? {}).sort()).toEqual(
        Object.keys(english?.outputs ?? {}).sort(),
      )
      if (english?.outputs.report)
        expect(new Set(fieldNames(reportOf(french ?? english)))).toEqual(
          new Set(fieldNames(reportOf(english))),
        )
      if (french) expect(shown(french)).not.toContain(TOKEN)
    }
  }, 60_000)

  it('registers on merge, and says in French what its setup lacks', async () => {
    const { repo, head, sandbox, gh } = await contosoMerged([device(1), device(2)])
    const run = await pushRun(repo, head, gh.url, sandbox, { language: 'fr' })
    expect(run.code).toBe(0)
    expect(run.outputs.registered).toBe('2')
    // The progress in the log, while Partner Center processes the upload.
    expect(run.stdout).toMatch(
      /\nEspace partenaires, \d+s\u00a0: contoso 2 sur 2 envoyés, 2 traités/,
    )
    const everything = `${shown(run)}${run.stderr}`
    for (const secret of [
      SANDBOX_APP.clientSecret,
      SANDBOX_APP.refreshToken,
      'ghs_register-token-value',
    ])
      expect(everything).not.toContain(secret)
    // The same merge without its app registration: the failure, in French, and in the summary.
    const { 'tenant-id': _, ...noTenant } = signInInputs(sandbox)
    const unsigned = await runActionBundle(
      { command: 'register', language: 'fr', ...noTenant },
      repo.root,
      {
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REF: 'refs/heads/main',
        GITHUB_REPOSITORY: 'partner/autopilot-devices',
      },
    )
    expect(unsigned.code).toBe(1)
    expect(unsigned.stdout).toContain(
      `::error::autopilot-gitops n’a pas pu s’exécuter${NBSP}: l’inscription a besoin de tenant-id (le locataire partenaire)`,
    )
    expect(unsigned.summary).toContain('### autopilot-gitops n’a pas pu s’exécuter\n\n')
    expect(shown(unsigned)).not.toContain(SANDBOX_APP.clientSecret)
  }, 60_000)

  it('names the languages it speaks when given another, and tells a bad input in French', async () => {
    const german = await runActionBundle({ command: 'validate', language: 'de' }, PROJECT)
    expect(german.code).toBe(1)
    expect(german.stdout.trim().split('\n').at(-1)).toBe(
      '::error::autopilot-gitops could not run: input language is "de": it takes one of en, fr',
    )
    const bad = await runActionBundle({ language: 'fr', 'fail-on': 'sometimes' }, PROJECT)
    expect(bad.stdout.trim().split('\n').at(-1)).toBe(
      `::error::autopilot-gitops n’a pas pu s’exécuter${NBSP}: l’entrée fail-on vaut «${NBSP}sometimes${NBSP}»${NBSP}: elle prend l’une des valeurs error, warning, never`,
    )
    const target = await runActionBundle({ language: 'fr' }, PROJECT, {
      GITHUB_EVENT_NAME: 'pull_request_target',
    })
    expect(target.stdout).toContain(
      `::error::autopilot-gitops n’a pas pu s’exécuter${NBSP}: exécution refusée sur pull_request_target`,
    )
  })
})
