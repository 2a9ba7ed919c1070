#!/usr/bin/env node
import { stat } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { setFlagsFromString } from 'node:v8'
import { Worker } from 'node:worker_threads'
import { isClosedPipe } from './cli/closed-pipe.js'
import { asksForHelp, FORMAT_OPTION, PLAN_OPTIONS } from './cli/command-options.js'
import { takeLanguage } from './cli/language-option.js'
import { languageFromEnvironment } from './messages/language.js'
import { deviceBytesUpTo } from './repo/scan-repository.js'
import { WORKER_LIMITS, WORKER_THRESHOLD_BYTES } from './repo/worker-limits.js'

// Entry of dist/cli/index.js: a launcher that holds only what it takes to choose the thread the
// command runs in. The command itself is dist/engine/index.js (src/cli-engine.ts): the main
// thread loading the whole 1.4 MB bundle only to hand a large run to a worker cost that run some
// 35 MB of its peak.
// The engine uses what Node.js 24 has (ArrayBuffer.transfer among them): on an older Node.js it
// would fail part way with a message about its own code. Say what is wrong instead.
// Its words are here, in both languages, and not in the catalogue: the launcher loads no more
// than it needs, and an old Node.js may not even load the catalogue.
const [major = 0] = process.versions.node.split('.').map(Number)
const args = process.argv.slice(2)
if (major < 24) {
  const { given } = takeLanguage(args)
  const french = (given ?? languageFromEnvironment(process.env)) === 'fr'
  const version = process.versions.node
  process.stderr.write(
    french
      ? `autopilot-gitops nécessite Node.js 24 ou ultérieur\u00a0; celui-ci est Node.js ${version}. Installez Node.js 24 (https://nodejs.org) et relancez.\n`
      : `autopilot-gitops needs Node.js 24 or later; this is Node.js ${version}. Install Node.js 24 (https://nodejs.org) and run it again.\n`,
  )
  process.exit(2)
}
const engine = import.meta.resolve('../engine/index.js')
if (await isLarge(args)) process.exitCode = await runInEngineWorker(args)
else await import(/* webpackIgnore: true */ engine)

/**
 * validate and plan gather what the file workers send about every device. In the main thread V8
 * lets the young generation swell with it; in a worker it can be capped: 100,000 devices then
 * peak about 25 MB lower (npm run bench). Output and the exit code pass through unchanged.
 */
async function runInEngineWorker(given: readonly string[]): Promise<number> {
  // The worker writes standard output itself (cli/direct-output.ts), and this thread leaves it
  // alone: opening it would make the descriptor non-blocking. So the worker's streams are its
  // own (`stdout: true`), not piped to this thread's, which Node would open for that; what they
  // carry is passed on by hand, and a reader that goes away is an EPIPE here, and harmless.
  process.stderr.on('error', ignoreClosedPipe)
  // The engine collects its garbage between phases (repo/collect-garbage.ts). Set before the
  // worker starts, the flag gives its context a `gc`; this thread's context has none.
  setFlagsFromString('--expose-gc')
  const worker = new Worker(fileURLToPath(engine), {
    argv: [...given],
    resourceLimits: WORKER_LIMITS,
    stdout: true,
    stderr: true,
  })
  worker.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk))
  // To a terminal, the worker writes through its process.stdout, which this thread passes on.
  worker.stdout.once('data', () => process.stdout.on('error', ignoreClosedPipe))
  worker.stdout.on('data', (chunk: Buffer) => process.stdout.write(chunk))
  return new Promise<number>((resolve) => worker.once('exit', resolve))
}

function ignoreClosedPipe(error: NodeJS.ErrnoException): void {
  if (!isClosedPipe(error)) throw error
}

/**
 * Whether a validate or plan run reads enough CSV for the engine worker: the device files named,
 * or under customers/ of the folders named. A small repository is spared a second start of the
 * engine, and so are --help and arguments the command will refuse.
 */
async function isLarge(given: readonly string[]): Promise<boolean> {
  const [name = '', ...rest] = takeLanguage(given).rest
  const options = name === 'validate' ? FORMAT_OPTION : name === 'plan' ? PLAN_OPTIONS : undefined
  if (!options || asksForHelp(rest)) return false
  let paths: string[]
  try {
    paths = parseArgs({ args: rest, options, allowPositionals: true, strict: true }).positionals
  } catch {
    return false
  }
  let bytes = 0
  for (const item of paths.length > 0 ? paths : ['.']) {
    bytes += await csvBytes(item, WORKER_THRESHOLD_BYTES - bytes)
    if (bytes >= WORKER_THRESHOLD_BYTES) return true
  }
  return false
}

/** The CSV bytes of `item`, counted until `enough`. */
async function csvBytes(item: string, enough: number): Promise<number> {
  const info = await stat(item).catch(() => undefined)
  if (info?.isFile()) return info.size
  if (!info?.isDirectory()) return 0
  return deviceBytesUpTo(item, enough)
}
