import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { escapeControls } from '../findings/escape.js'
import {
  InitRefused,
  type InitResult,
  initRepository,
  type ReleasePin,
} from '../repo/init-repository.js'
import type { CliIo } from './cli-io.js'
import { UsageError } from './command.js'

export interface InitCommandOptions {
  customer?: { slug: string; customerId: string; name?: string; groupTag?: string }
}

/**
 * The bundle is dist/engine/index.js: the package's template-repo/ is two folders up, and a
 * release's dist/release.json (written by the release workflow, never committed) names its
 * commit. Found when init runs, by a path ncc leaves alone (a `new URL` it would take for an
 * asset to copy).
 */
function packageFile(...parts: string[]): string {
  const bundleFolder = path.dirname(fileURLToPath(import.meta.url))
  return path.join(bundleFolder, '..', '..', ...parts)
}

/** `init <dir>`: the repository made, then what the partner does next. */
export async function runInit(
  dir: string,
  options: InitCommandOptions,
  io: CliIo,
): Promise<number> {
  const target = path.resolve(io.cwd, dir)
  try {
    const result = await initRepository({
      target,
      template: packageFile('template-repo'),
      ...(options.customer ? { customer: options.customer } : {}),
      ...releasePin(),
    })
    io.stdout(nextSteps(result, io.version))
    return 0
  } catch (error) {
    if (error instanceof InitRefused) throw new UsageError(error.message)
    throw error
  }
}

function releasePin(): { pin?: ReleasePin } {
  const release = packageFile('dist', 'release.json')
  if (!existsSync(release)) return {}
  const { commit, version } = JSON.parse(readFileSync(release, 'utf8')) as ReleasePin
  return /^[0-9a-f]{40}$/.test(commit) ? { pin: { commit, version } } : {}
}

function nextSteps(result: InitResult, version: string): string {
  const at = result.target
  const pin = result.pinned
    ? `The workflows run autopilot-gitops v${version}, pinned by its commit.`
    : `The workflows pin a placeholder commit: replace it in .github/workflows/ with the commit of the autopilot-gitops release you reviewed (this CLI is ${version}).`
  const lines = [
    `Made ${at}: ${result.files} files, one commit (${result.commit.slice(0, 7)}).`,
    '',
    'Next:',
    '  1. Create a private repository on GitHub, then push this one to it:',
    `       git -C ${at} remote add origin <its URL> && git -C ${at} push -u origin main`,
    '  2. In its Settings > Environments, create the environment partner-center, with the',
    '     variables PARTNER_TENANT_ID and PARTNER_CLIENT_ID (your partner tenant and the app',
    '     registration of Partner Center access; docs/partner-center-setup.md of autopilot-gitops).',
    '  3. Give that app registration a federated credential for the environment',
    '     (subject repo:<owner>/<repository>:environment:partner-center), so no secret is stored.',
    `  4. ${pin}`,
    `  5. On a branch, put the first device CSVs in customers/${result.customer}/devices/ and open a`,
    '     pull request: the plan appears on it. Before the first merge, run the register workflow',
    '     by hand with "Preflight only" (autopilot-gitops doctor).',
  ]
  return `${lines.map(escapeControls).join('\n')}\n`
}
