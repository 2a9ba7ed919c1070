// `npm start`: the whole story on this machine, with no account. The template repository becomes
// a git repository with a pull request that adds Contoso's devices; the plan the pull request
// shows is printed; the merge is registered against the built-in Partner Center sandbox; the
// records are committed; a second run shows that nothing is sent twice; the daily drift check then
// finds the one device someone registered by hand in Partner Center, which the records do not know;
// last, a pull request moves one device to the Kiosk tag, and its merge retags it.
// `npm start -- --lang fr` tells the same story in French: each step's title, and every command.
import { execFileSync, spawn } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { startSandboxProcess } from './sandbox-process.mjs'

const project = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const cli = path.join(project, 'dist/cli/index.js')
const repo = path.join(mkdtempSync(path.join(tmpdir(), 'autopilot-gitops-demo-')), 'devices-repo')

// The demo's git, and the CLI's, ignore the machine's git config: core.autocrlf, commit.gpgsign or
// hooks there would change the story or stop a commit.
const isolatedGit = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' }
const KIOSK = 'Microsoft365Managed_Kiosk'

/** --lang en|fr (or --lang=fr): English unless asked, whatever the machine's locale. */
function languageOf(args) {
  const at = args.indexOf('--lang')
  const given = at === -1 ? args.find((a) => a.startsWith('--lang='))?.slice(7) : args[at + 1]
  if (given === undefined) return 'en'
  if (given === 'en' || given === 'fr') return given
  console.error(`npm start: --lang takes en|fr, not ${given}`)
  process.exit(2)
}
const lang = languageOf(process.argv.slice(2))

/** The story's own words (step titles, commit messages), in English and in French. */
const WORDS = {
  en: {
    template: 'A partner repository, made from template-repo/',
    start: 'Start from the autopilot-gitops template',
    pullRequest: 'A pull request adds the devices Contoso ordered',
    order: 'Add the devices of Contoso order 1001',
    plan: 'The plan the pull request shows (autopilot-gitops plan --base main)',
    planErrors: (code) => `The plan found errors (exit ${code}): nothing is registered.`,
    retagPullRequest: `A pull request moves one device to the ${KIOSK} tag`,
    moreTags: '# More tags, each its own batch.',
    kiosk: 'Contoso reception laptop becomes a kiosk',
    retagged: 'Merged: the run deletes it from its old batch and adds it to the Kiosk batch',
    recordRetag: 'Record the retag [skip ci]',
    merged: 'Reviewed, approved and merged',
    register: 'The merge run registers the devices in the Partner Center sandbox',
    noRecord: 'The registration wrote no record: see above.',
    record: (head) => `Record Autopilot registrations for ${head} [skip ci]`,
    records: 'The records, committed: the audit trail',
    again: 'The next run sends nothing twice',
    drift: 'The daily drift check (autopilot-gitops drift): Partner Center against the records',
    where: (at) => `The repository is at ${at}`,
  },
  fr: {
    template: 'Un dépôt de partenaire, créé à partir de template-repo/',
    start: 'Départ du modèle autopilot-gitops',
    pullRequest: 'Une demande de tirage (pull request) ajoute les appareils commandés par Contoso',
    order: 'Ajout des appareils de la commande Contoso 1001',
    plan: 'Le plan que montre la demande de tirage (autopilot-gitops plan --base main)',
    planErrors: (code) =>
      `Le plan a trouvé des erreurs (code de sortie ${code})\u00a0: rien n’est inscrit.`,
    retagPullRequest: `Une demande de tirage déplace un appareil vers la balise ${KIOSK}`,
    moreTags: '# D’autres balises, chacune son propre lot.',
    kiosk: 'Le portable de l’accueil de Contoso devient un kiosque',
    retagged: 'Fusionnée\u00a0: l’exécution le supprime de son ancien lot et l’ajoute au lot Kiosk',
    recordRetag: 'Enregistrement du changement de balise [skip ci]',
    merged: 'Relue, approuvée et fusionnée',
    register:
      'L’exécution de fusion inscrit les appareils dans le bac à sable de l’Espace partenaires',
    noRecord: 'L’inscription n’a écrit aucun registre d’inscription\u00a0: voir ci-dessus.',
    record: (head) => `Enregistrement des inscriptions Autopilot de ${head} [skip ci]`,
    records: 'Les registres d’inscription, validés\u00a0: la piste d’audit',
    again: 'L’exécution suivante n’envoie rien deux fois',
    drift:
      'Le contrôle quotidien des écarts (autopilot-gitops drift)\u00a0: l’Espace partenaires face aux registres d’inscription',
    where: (at) => `Le dépôt est dans ${at}`,
  },
}[lang]

/** Runs git quietly: what it says on failure goes into the error, not onto the partner's terminal. */
function git(...args) {
  try {
    return execFileSync('git', ['-C', repo, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        ...isolatedGit,
        GIT_AUTHOR_NAME: 'Partner device team',
        GIT_AUTHOR_EMAIL: 'devices@partner.example',
        GIT_COMMITTER_NAME: 'Partner device team',
        GIT_COMMITTER_EMAIL: 'devices@partner.example',
      },
    }).trim()
  } catch (error) {
    const said = String(error.stderr ?? '').trim()
    throw new Error(`git ${args.join(' ')} failed${said ? `: ${said}` : ''}`, { cause: error })
  }
}

function step(title) {
  process.stdout.write(`\n=== ${title}\n\n`)
}

/** Runs the CLI bundle, echoing what it prints; resolves with its exit code. */
function autopilotGitops(args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args, '--lang', lang], {
      env: { ...process.env, ...isolatedGit, ...env },
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    child.on('error', reject)
    child.on('close', (code) => resolve(code ?? 2))
  })
}

step(WORDS.template)
cpSync(path.join(project, 'template-repo'), repo, { recursive: true })
const devices = path.join(repo, 'customers/contoso/devices')
const kept = path.join(path.dirname(repo), 'order')
cpSync(devices, kept, { recursive: true })
rmSync(devices, { recursive: true })
git('init', '-q', '-b', 'main')
git('add', '-A')
git('commit', '-q', '-m', WORDS.start)
console.log(repo)

step(WORDS.pullRequest)
git('checkout', '-q', '-b', 'add-contoso-devices')
cpSync(kept, devices, { recursive: true })
rmSync(kept, { recursive: true })
git('add', '-A')
git('commit', '-q', '-m', WORDS.order)
console.log(git('show', '--stat', '--format=%s', 'HEAD'))

step(WORDS.plan)
const planned = await autopilotGitops(['plan', repo, '--base', 'main'])
if (planned !== 0) {
  console.error(`\n${WORDS.planErrors(planned)}`)
  process.exitCode = planned
} else {
  await mergeAndRegister()
}

/**
 * The sandbox's seed: a device someone registered by hand in Contoso's batch, before this
 * repository or beside it, which the drift check then finds.
 */
function byHand() {
  const seed = path.join(path.dirname(repo), 'sandbox-seed.json')
  const device = {
    serialNumber: 'HAND-0001',
    oemManufacturerName: 'Contoso Devices',
    modelName: 'Book 1',
  }
  const customers = {
    '8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60': {
      batches: { Microsoft365Managed_Autopilot: [device] },
    },
  }
  writeFileSync(seed, JSON.stringify({ customers }))
  return seed
}

/** A pull request gives Contoso the Kiosk tag and moves one device into its folder; merged, it is retagged. */
async function retag(sandbox) {
  step(WORDS.retagPullRequest)
  git('checkout', '-q', '-b', 'kiosk-for-reception')
  const config = path.join(repo, 'customers/contoso/customer.yml')
  writeFileSync(config, `${readFileSync(config, 'utf8')}${WORDS.moreTags}\ngroupTags: [${KIOSK}]\n`)
  const order = path.join(repo, 'customers/contoso/devices/order-1001.csv')
  const [header, moved, ...rest] = readFileSync(order, 'utf8').split('\r\n')
  writeFileSync(order, [header, ...rest].join('\r\n'))
  mkdirSync(path.join(repo, 'customers/contoso/devices', KIOSK))
  writeFileSync(
    path.join(repo, 'customers/contoso/devices', KIOSK, 'reception.csv'),
    `${header}\r\n${moved}\r\n`,
  )
  git('add', '-A')
  git('commit', '-q', '-m', WORDS.kiosk)
  const planned = await autopilotGitops(['plan', repo, '--base', 'main'])
  if (planned !== 0) return planned
  step(WORDS.retagged)
  git('checkout', '-q', 'main')
  git('merge', '-q', '--ff-only', 'kiosk-for-reception')
  const code = await autopilotGitops(
    ['register', repo, ...sandbox.registerArgs],
    sandbox.registerEnv,
  )
  git('add', 'customers')
  git('commit', '-q', '-m', WORDS.recordRetag)
  return code
}

async function mergeAndRegister() {
  step(WORDS.merged)
  git('checkout', '-q', 'main')
  git('merge', '-q', '--ff-only', 'add-contoso-devices')
  console.log(git('log', '--oneline', '-1'))

  step(WORDS.register)
  const sandbox = await startSandboxProcess(cli, ['--seed', byHand()])
  let code = 2
  try {
    const register = () =>
      autopilotGitops(['register', repo, ...sandbox.registerArgs], sandbox.registerEnv)
    code = await register()
    const head = git('rev-parse', '--short', 'HEAD')
    if (git('status', '--porcelain', 'customers') === '') {
      console.error(`\n${WORDS.noRecord}`)
      code ||= 2
    } else {
      git('add', 'customers')
      git('commit', '-q', '-m', WORDS.record(head))
      step(WORDS.records)
      console.log(git('show', '--stat', '--format=%h %s', 'HEAD'))
    }

    step(WORDS.again)
    const again = await register()
    code = code || again

    step(WORDS.drift)
    const drift = await autopilotGitops(
      ['drift', repo, ...sandbox.registerArgs],
      sandbox.registerEnv,
    )
    // Exit 1 is the finding: the device registered by hand. Anything else is a failure.
    if (drift !== 1) code ||= drift === 0 ? 1 : drift
    code ||= await retag(sandbox)
  } finally {
    await sandbox.stop()
  }
  console.log(`\n${WORDS.where(repo)}`)
  process.exitCode = code
}
