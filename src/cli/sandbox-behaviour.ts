import { TextError } from '../findings/error-words.js'
import type { Say } from '../messages/catalogue.js'
import type { cliUsageEn } from '../messages/en/cli-usage.js'
import { text } from '../messages/text-of.js'
import type { SandboxOptions } from '../sandbox/sandbox-options.js'

/** What a switch means, as the help says it: a message of its own that quotes nothing. */
type BehaviourKey = Extract<keyof typeof cliUsageEn, `cli.behave.${string}`>

/**
 * The sandbox's switches for Partner Center's ways, as `--behave` names them (a comma-separated
 * list), each with what it sets: so a partner or a test can make the sandbox as strict, or as
 * odd, as the real service is where the documentation is silent.
 */
type Seed = { customers?: Record<string, unknown> }

const SWITCHES: Record<
  string,
  {
    means: BehaviourKey
    set: (value: string | undefined, seed: Seed | undefined) => SandboxOptions
  }
> = {
  'described-success': {
    means: 'cli.behave.describedSuccess',
    set: () => ({ describedSuccess: true }),
  },
  'finished-despite-errors': {
    means: 'cli.behave.finishedDespiteErrors',
    set: () => ({ finishedDespiteErrors: true }),
  },
  'no-request-replay': {
    means: 'cli.behave.noRequestReplay',
    set: () => ({ replayRequestIds: false }),
  },
  'device-pages-links': {
    means: 'cli.behave.devicePagesLinks',
    set: () => ({ devicePages: { tokenIn: 'links' } }),
  },
  'device-pages-header': {
    means: 'cli.behave.devicePagesHeader',
    set: () => ({ devicePages: { tokenIn: 'header' } }),
  },
  'seeded-customers-only': {
    means: 'cli.behave.seededCustomersOnly',
    set: (_, seed) => ({ relationships: Object.keys(seed?.customers ?? {}) }),
  },
  'unregistered-app': {
    means: 'cli.behave.unregisteredApp',
    set: () => ({ registeredApp: () => false }),
  },
  'max-body-bytes': {
    means: 'cli.behave.maxBodyBytes',
    set: (value) => {
      const bytes = Number(value)
      if (!Number.isInteger(bytes) || bytes < 1)
        throw new TextError(
          value === undefined
            ? text('cli.behave.bytesMissing')
            : text('cli.behave.bytes', { value }),
        )
      return { maxBodyBytes: bytes }
    },
  },
}

/** The options `--behave a,b=1` sets; an unknown name is an error that lists the known ones. */
export function sandboxBehaviour(list: string | undefined, seed?: Seed): SandboxOptions {
  let options: SandboxOptions = {}
  for (const item of (list ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [name = '', value] = item.split('=', 2)
    const known = SWITCHES[name]
    if (!known)
      throw new TextError(
        text('cli.behave.unknown', { name, known: Object.keys(SWITCHES).join(', ') }),
      )
    options = { ...options, ...known.set(value, seed) }
  }
  return options
}

/** One line per switch, for the command's help. */
export function behaviourHelp(indent: string, say: Say): string {
  return Object.entries(SWITCHES)
    .map(([name, s]) => `${indent}${name}: ${say(s.means)}`)
    .join('\n')
}
