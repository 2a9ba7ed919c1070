// `npm start`: the whole story on this machine, with no account. The template repository becomes
// a git repository with a pull request that adds Contoso's devices; the plan the pull request
// shows is printed; the merge is registered against the built-in Partner Center sandbox; the
// records are committed; a second run shows that nothing is sent twice; the daily drift check then
// finds the one device someone registered by hand in Partner Center, which the records do not know;
// last, a pull request moves one device to the Kiosk tag, and its merge retags it.
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
    const child = spawn(process.execPath, [cli, ...args], {
      env: { ...process.env, ...isolatedGit, ...env },
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    child.on('error', reject)
    child.on('close', (code) => resolve(code ?? 2))
  })
}

step('A partner repository, made from template-repo/')
cpSync(path.join(project, 'template-repo'), repo, { recursive: true })
const devices = path.join(repo, 'customers/contoso/devices')
const kept = path.join(path.dirname(repo), 'order')
cpSync(devices, kept, { recursive: true })
rmSync(devices, { recursive: true })
git('init', '-q', '-b', 'main')
git('add', '-A')
git('commit', '-q', '-m', 'Start from the autopilot-gitops template')
console.log(repo)

step('A pull request adds the devices Contoso ordered')
git('checkout', '-q', '-b', 'add-contoso-devices')
cpSync(kept, devices, { recursive: true })
rmSync(kept, { recursive: true })
git('add', '-A')
git('commit', '-q', '-m', 'Add the devices of Contoso order 1001')
console.log(git('show', '--stat', '--format=%s', 'HEAD'))

step('The plan the pull request shows (autopilot-gitops plan --base main)')
const planned = await autopilotGitops(['plan', repo, '--base', 'main'])
if (planned !== 0) {
  console.error(`\nThe plan found errors (exit ${planned}): nothing is registered.`)
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
  step(`A pull request moves one device to the ${KIOSK} tag`)
  git('checkout', '-q', '-b', 'kiosk-for-reception')
  const config = path.join(repo, 'customers/contoso/customer.yml')
  writeFileSync(
    config,
    `${readFileSync(config, 'utf8')}# More tags, each its own batch.\ngroupTags: [${KIOSK}]\n`,
  )
  const order = path.join(repo, 'customers/contoso/devices/order-1001.csv')
  const [header, moved, ...rest] = readFileSync(order, 'utf8').split('\r\n')
  writeFileSync(order, [header, ...rest].join('\r\n'))
  mkdirSync(path.join(repo, 'customers/contoso/devices', KIOSK))
  writeFileSync(
    path.join(repo, 'customers/contoso/devices', KIOSK, 'reception.csv'),
    `${header}\r\n${moved}\r\n`,
  )
  git('add', '-A')
  git('commit', '-q', '-m', 'Contoso reception laptop becomes a kiosk')
  const planned = await autopilotGitops(['plan', repo, '--base', 'main'])
  if (planned !== 0) return planned
  step('Merged: the run deletes it from its old batch and adds it to the Kiosk batch')
  git('checkout', '-q', 'main')
  git('merge', '-q', '--ff-only', 'kiosk-for-reception')
  const code = await autopilotGitops(
    ['register', repo, ...sandbox.registerArgs],
    sandbox.registerEnv,
  )
  git('add', 'customers')
  git('commit', '-q', '-m', 'Record the retag [skip ci]')
  return code
}

async function mergeAndRegister() {
  step('Reviewed, approved and merged')
  git('checkout', '-q', 'main')
  git('merge', '-q', '--ff-only', 'add-contoso-devices')
  console.log(git('log', '--oneline', '-1'))

  step('The merge run registers the devices in the Partner Center sandbox')
  const sandbox = await startSandboxProcess(cli, ['--seed', byHand()])
  let code = 2
  try {
    const register = () =>
      autopilotGitops(['register', repo, ...sandbox.registerArgs], sandbox.registerEnv)
    code = await register()
    const head = git('rev-parse', '--short', 'HEAD')
    if (git('status', '--porcelain', 'customers') === '') {
      console.error('\nThe registration wrote no record: see above.')
      code ||= 2
    } else {
      git('add', 'customers')
      git('commit', '-q', '-m', `Record Autopilot registrations for ${head} [skip ci]`)
      step('The records, committed: the audit trail')
      console.log(git('show', '--stat', '--format=%h %s', 'HEAD'))
    }

    step('The next run sends nothing twice')
    const again = await register()
    code = code || again

    step('The daily drift check (autopilot-gitops drift): Partner Center against the records')
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
  console.log(`\nThe repository is at ${repo}`)
  process.exitCode = code
}
