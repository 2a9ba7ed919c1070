import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { errorText } from '../findings/error-words.js'
import { escapeControls } from '../findings/escape.js'
import type { Say } from '../messages/catalogue.js'
import { text } from '../messages/text-of.js'
import {
  InitRefused,
  type InitResult,
  initRepository,
  type ReleasePin,
} from '../repo/init-repository.js'
import { type CliIo, sayOf } from './cli-io.js'
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
    io.stdout(nextSteps(result, io.version, sayOf(io)))
    return 0
  } catch (error) {
    // The refusal's words are repo/'s: in the run's language when it gives them as a Text.
    if (error instanceof InitRefused)
      throw new UsageError(errorText(error) ?? text('verbatim', { words: error.message }))
    throw error
  }
}

function releasePin(): { pin?: ReleasePin } {
  const release = packageFile('dist', 'release.json')
  if (!existsSync(release)) return {}
  const { commit, version } = JSON.parse(readFileSync(release, 'utf8')) as ReleasePin
  return /^[0-9a-f]{40}$/.test(commit) ? { pin: { commit, version } } : {}
}

function nextSteps(result: InitResult, version: string, say: Say): string {
  const at = result.target
  const pin = say(result.pinned ? 'cli.init.pinned' : 'cli.init.placeholder', { version })
  const commit = result.commit.slice(0, 7)
  const lines = [
    say('cli.init.made', { at, files: result.files, commit }),
    '',
    ...say('cli.init.next', { at, pin, customer: result.customer }).split('\n'),
  ]
  return `${lines.map(escapeControls).join('\n')}\n`
}
