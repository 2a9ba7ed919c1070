import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { WORKER_THRESHOLD_BYTES } from '../../src/repo/worker-limits.js'
import { CHILD_ENV, NODE, PROJECT } from '../helpers/paths.js'
import { bundlePath } from '../helpers/run-dist.js'
import { customerYml, device, GWAI_HEADER, gwaiRow } from '../helpers/synthetic.js'

/** The CLI's environment: no git configuration of the machine's. */
const CLI_ENV = { ...CHILD_ENV, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' }

/**
 * Runs the bundled CLI with its standard output read by nobody: the reader end is closed before
 * the CLI writes a byte, as `autopilot-gitops validate | head -1` closes it after one line.
 */
function runIntoClosedPipe(
  args: readonly string[],
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [bundlePath('dist/cli/index.js'), ...args], {
      cwd: PROJECT,
      env: CLI_ENV,
      stdio: ['ignore', 'pipe', 'pipe'],
      signal: AbortSignal.timeout(60_000),
    })
    child.stdout.destroy()
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString()
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stderr }))
  })
}

/** A repository whose one customer has `rows` devices with a broken hash each: errors, exit 1. */
function repositoryWithErrors(rows: number): string {
  const root = mkdtempSync(path.join(tmpdir(), 'autopilot-gitops-pipe-'))
  mkdirSync(path.join(root, 'customers/contoso/devices'), { recursive: true })
  writeFileSync(
    path.join(root, 'customers/contoso/customer.yml'),
    customerYml({ name: 'Contoso', customerId: '8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60' }),
  )
  const bad = gwaiRow(device(1)).replace(',T0', ',X0')
  const lines = Array.from({ length: rows }, (_, i) => bad.replace('SYN00001X', `SYN${i}X`))
  writeFileSync(
    path.join(root, 'customers/contoso/devices/all.csv'),
    `${[GWAI_HEADER, ...lines].join('\r\n')}\r\n`,
  )
  return root
}

describe('a closed standard output (validate | head -1)', () => {
  it.each([
    {
      name: 'a clean repository, in the main thread',
      args: ['validate', 'template-repo', '--format', 'json'],
      code: 0,
    },
    { name: 'a repository with errors', args: ['validate', repositoryWithErrors(10)], code: 1 },
    {
      // Over WORKER_THRESHOLD_BYTES of CSV: the command runs in the engine worker, which writes
      // its output to the pipe itself (src/cli/direct-output.ts).
      name: 'a large repository, in the engine worker',
      args: ['validate', repositoryWithErrors(Math.ceil(WORKER_THRESHOLD_BYTES / 4000) + 100)],
      code: 1,
    },
  ])(
    'ends $name quietly, with the exit code of the run',
    { timeout: 90_000 },
    async ({ args, code }) => {
      const run = await runIntoClosedPipe(args)
      expect(run.stderr).toBe('')
      expect(run.code).toBe(code)
    },
  )
})

const HAVE_SCRIPT = spawnSync('script', ['--version']).status === 0

describe.skipIf(!HAVE_SCRIPT)('a terminal as standard output (util-linux script)', () => {
  it('gets the engine worker’s text through Node’s stream, whole, with the exit code', async () => {
    const root = repositoryWithErrors(Math.ceil(WORKER_THRESHOLD_BYTES / 4000) + 100)
    const log = path.join(root, 'terminal.log')
    const command = `${NODE} ${bundlePath('dist/cli/index.js')} validate ${root}`
    const run = spawnSync('script', ['-qec', command, log], {
      env: CLI_ENV,
      encoding: 'utf8',
      timeout: 90_000,
    })
    expect(run.status).toBe(1)
    const shown = readFileSync(log, 'utf8')
    expect(shown).toMatch(/AP4\d\d/)
    expect(shown).toMatch(/\d[\d,]* error/)
  }, 120_000)
})
