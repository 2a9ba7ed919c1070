import type { SandboxOptions } from '../sandbox/sandbox-options.js'

/**
 * The sandbox's switches for Partner Center's ways, as `--behave` names them (a comma-separated
 * list), each with what it sets: so a partner or a test can make the sandbox as strict, or as
 * odd, as the real service is where the documentation is silent.
 */
type Seed = { customers?: Record<string, unknown> }

const SWITCHES: Record<
  string,
  { means: string; set: (value: string | undefined, seed: Seed | undefined) => SandboxOptions }
> = {
  'described-success': {
    means: 'success rows carry a description ("Success") and a code of 0',
    set: () => ({ describedSuccess: true }),
  },
  'finished-despite-errors': {
    means: "an upload's status is `finished` even when a device failed",
    set: () => ({ finishedDespiteErrors: true }),
  },
  'no-request-replay': {
    means: 'an upload sent again under its MS-RequestId is treated as a new one',
    set: () => ({ replayRequestIds: false }),
  },
  'device-pages-links': {
    means: 'device lists name the next page only in links.next (seekOperation=Next)',
    set: () => ({ devicePages: { tokenIn: 'links' } }),
  },
  'device-pages-header': {
    means: 'device lists name the next page only in an MS-ContinuationToken header',
    set: () => ({ devicePages: { tokenIn: 'header' } }),
  },
  'seeded-customers-only': {
    means: 'a customer not in the seed has no relationship with the partner: 403',
    set: (_, seed) => ({ relationships: Object.keys(seed?.customers ?? {}) }),
  },
  'unregistered-app': {
    means: 'the app is not registered in Partner Center: every call gets 403',
    set: () => ({ registeredApp: () => false }),
  },
  'max-body-bytes': {
    means: 'a request body over N bytes is refused with 413 (max-body-bytes=N)',
    set: (value) => {
      const bytes = Number(value)
      if (!Number.isInteger(bytes) || bytes < 1)
        throw new Error(
          `--behave max-body-bytes=N needs a number of bytes, not ${value ?? 'nothing'}`,
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
      throw new Error(`--behave: unknown \`${name}\`; known: ${Object.keys(SWITCHES).join(', ')}`)
    options = { ...options, ...known.set(value, seed) }
  }
  return options
}

/** One line per switch, for the command's help. */
export function behaviourHelp(indent: string): string {
  return Object.entries(SWITCHES)
    .map(([name, s]) => `${indent}${name}: ${s.means}`)
    .join('\n')
}
