import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { SANDBOX_APP, startSandbox } from '../../src/sandbox/start-sandbox.js'
import { gitRepository } from '../helpers/git-repo.js'
import { FIXTURES_DIR, PROJECT } from '../helpers/paths.js'
import { cliEnv, commandArgs, registerArgs } from '../helpers/register-args.js'
import { runNode } from '../helpers/run-dist.js'
import { customerYml, device, gwaiFile } from '../helpers/synthetic.js'

// The CLI bundle in French: asked with --lang fr, or by the locale (LANG=fr_FR.UTF-8).

const TLS = JSON.parse(readFileSync(process.env.AUTOPILOT_GITOPS_TEST_TLS ?? '', 'utf8'))
const SECRET = 'client-secret-value-fr-0123456789'
const NBSP = '\u00a0'
const good = path.join(FIXTURES_DIR, 'repos/good')

let close: (() => Promise<void>) | undefined
afterEach(async () => {
  await close?.()
  close = undefined
})

const cli = (args: readonly string[], env: NodeJS.ProcessEnv = {}) =>
  runNode('dist/cli/index.js', args, { cwd: PROJECT, env: { ...cliEnv(), ...env } })

/** The two ways of asking for French: the flag (after the command), and the locale. */
const FRENCH = [
  ['--lang fr', (args: string[]) => cli([...args, '--lang', 'fr'])],
  ['LANG=fr_FR.UTF-8', (args: string[]) => cli(args, { LANG: 'fr_FR.UTF-8' })],
] as const

/** Every key of a JSON value, nested, as paths: the field names a script reads. */
function fieldNames(value: unknown, at = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => fieldNames(item, `${at}[]`))
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, item]) => [
    `${at}.${key}`,
    ...fieldNames(item, `${at}.${key}`),
  ])
}

describe.each(FRENCH)('autopilot-gitops in French (%s, dist/cli/index.js)', (_, french) => {
  it('validates, with the same JSON field names as in English', async () => {
    const text = await french(['validate', good])
    expect(text.code).toBe(0)
    expect(text.stderr).toBe('')
    const english = await cli(['validate', good, '--format', 'json', '--lang', 'en'])
    const json = await french(['validate', good, '--format', 'json'])
    expect(json.code).toBe(0)
    expect(new Set(fieldNames(JSON.parse(json.stdout)))).toEqual(
      new Set(fieldNames(JSON.parse(english.stdout))),
    )
  })

  it('plans, in French', async () => {
    const run = await french(['plan', good])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(
      /\d+ appareils\u00a0; la fusion en inscrit \d+\. 0 erreur, 0 avertissement/,
    )
    expect(run.stdout).toContain('empreinte du plan ')
    expect(run.stdout).toMatch(/locataire \S+ balise de groupe \S+\u00a0: \d+ à inscrire/)
  })

  it('refuses bad arguments in French, with the usage in French, exit 2', async () => {
    const run = await french(['plan', 'a', 'b'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('autopilot-gitops: plan prend un seul chemin de dépôt\n')
    expect(run.stderr).toContain(`Utilisation${NBSP}:\n  autopilot-gitops plan [PATH]`)
    expect(run.stderr).toContain('Ce que la fusion inscrirait, par client')
    const missing = await french(['validate', 'nowhere-at-all'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe(
      `autopilot-gitops: fichier ou dossier introuvable${NBSP}: nowhere-at-all\n`,
    )
  })

  it('registers against the sandbox, then says a failed sign-in in French, never the secret', async () => {
    const sandbox = await startSandbox({
      tls: TLS,
      pollsToFinish: 0,
      apps: [{ clientId: SANDBOX_APP.clientId, clientSecret: SECRET }],
    })
    close = sandbox.close
    const repo = gitRepository({
      'customers/contoso/customer.yml': customerYml({
        name: 'Contoso',
        customerId: '8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60',
      }),
      'customers/contoso/devices/order.csv': gwaiFile([device(1), device(2)]),
    })
    const secrets = {
      AUTOPILOT_GITOPS_CLIENT_SECRET: SECRET,
      AUTOPILOT_GITOPS_REFRESH_TOKEN: SANDBOX_APP.refreshToken,
    }
    const frenchEnv = (env: Record<string, string>) =>
      _ === '--lang fr' ? env : { ...env, LANG: 'fr_FR.UTF-8' }
    const withLang = (args: string[]) => (_ === '--lang fr' ? [...args, '--lang', 'fr'] : args)
    const registered = await cli(withLang(registerArgs(repo.root, sandbox)), frenchEnv(secrets))
    expect(registered.code).toBe(0)
    expect(registered.stdout).toContain(
      `Validez (commit) les registres d’inscription${NBSP}: ils sont la piste d’audit.`,
    )
    expect(registered.stderr).toMatch(/^Envois en cours enregistrés\u00a0: customers\/contoso\//)
    expect(registered.stderr).toMatch(/Espace partenaires, \d+s\u00a0: contoso 2 sur 2 envoyés/)
    // A sign-in that fails where the command stops: adopt signs in before anything else.
    const wrong = { AUTOPILOT_GITOPS_CLIENT_SECRET: 'wrong-secret-value-fr' }
    const refused = await cli(
      withLang(commandArgs('adopt', repo.root, sandbox, ['--customer', 'contoso'])),
      frenchEnv(wrong),
    )
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain(
      `autopilot-gitops: exécution impossible${NBSP}: la connexion avec AUTOPILOT_GITOPS_CLIENT_SECRET a échoué${NBSP}: invalid_client`,
    )
    for (const run of [registered, refused]) {
      expect(run.stdout + run.stderr).not.toContain(SECRET)
      expect(run.stdout + run.stderr).not.toContain('wrong-secret-value-fr')
      expect(run.stdout + run.stderr).not.toContain(SANDBOX_APP.refreshToken)
    }
  }, 60_000)
})

describe('the language of the CLI', () => {
  it('takes --lang before the command, and --lang=fr', async () => {
    const before = await cli(['--lang', 'fr', 'help', 'plan'])
    expect(before.stdout).toContain(`Utilisation${NBSP}:`)
    const joined = await cli(['plan', '--help', '--lang=fr'])
    expect(joined.stdout).toBe(before.stdout)
  })

  it('speaks English by default, and when --lang en overrides a French locale', async () => {
    expect((await cli(['help'])).stdout).toMatch(/^Usage:\n/)
    expect((await cli(['help', '--lang', 'en'], { LANG: 'fr_FR.UTF-8' })).stdout).toMatch(
      /^Usage:\n/,
    )
  })

  it('refuses a language it does not speak, naming those it does, exit 2', async () => {
    const run = await cli(['validate', '--lang', 'de'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^autopilot-gitops: --lang takes en\|fr, not de\nUsage:\n/)
    const french = await cli(['--lang=es'], { LANG: 'fr_FR.UTF-8' })
    expect(french.stderr).toMatch(/^autopilot-gitops: --lang prend en\|fr, pas es\n/)
  })
})
