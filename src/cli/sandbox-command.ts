import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { TextError } from '../findings/error-words.js'
import { text } from '../messages/text-of.js'
import { SANDBOX_APP, SeedSchema, startSandbox } from '../sandbox/start-sandbox.js'
import { type CliIo, sayOf } from './cli-io.js'
import { sandboxBehaviour } from './sandbox-behaviour.js'

/** `sandbox`: Partner Center on this machine until interrupted, for trying the flow without an account. */
export async function runSandboxCommand(
  options: {
    port?: string
    seed?: string
    latencyMs?: string
    pollsToFinish?: string
    msToFinish?: string
    behave?: string
  },
  io: CliIo,
  stop: Promise<void>,
): Promise<number> {
  const port = options.port === undefined ? 0 : Number(options.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new TextError(text('cli.sandbox.port', { value: String(options.port) }))
  const seed = options.seed
    ? SeedSchema.parse(JSON.parse(await readFile(path.resolve(io.cwd, options.seed), 'utf8')))
    : undefined
  const latencyMs = count(options.latencyMs, '--latency-ms', 0)
  // Jobs end after a number of polls, or after a time, polled or not: whichever comes first.
  const timing =
    options.msToFinish === undefined
      ? { pollsToFinish: count(options.pollsToFinish, '--polls-to-finish', 2) }
      : {
          msToFinish: count(options.msToFinish, '--ms-to-finish', 0),
          ...(options.pollsToFinish === undefined
            ? {}
            : { pollsToFinish: count(options.pollsToFinish, '--polls-to-finish', 2) }),
        }
  const behaviour = sandboxBehaviour(options.behave, seed)
  const sandbox = await startSandbox({
    port,
    latencyMs,
    ...timing,
    ...behaviour,
    ...(seed ? { seed } : {}),
  })
  const ca = path.join(await mkdtemp(path.join(tmpdir(), 'autopilot-gitops-sandbox-')), 'ca.pem')
  await writeFile(ca, sandbox.certificate)
  const say = sayOf(io)
  io.stdout(
    [
      say('cli.sandbox.url', { url: sandbox.partnerCenterUrl }),
      say('cli.sandbox.tokens', { url: sandbox.authorityHost }),
      say('cli.sandbox.trust', { ca }),
      say('cli.sandbox.app', SANDBOX_APP),
      say('cli.sandbox.deviceCode', { url: sandbox.authorityHost }),
      say('cli.sandbox.stop'),
      '',
    ].join('\n'),
  )
  await stop
  await sandbox.close()
  const calls = sandbox.partnerCenter.calls
  const by = (method: string) => calls.filter((c) => c.method === method).length
  const served = { calls: calls.length, post: by('POST'), get: by('GET'), del: by('DELETE') }
  io.stdout(`${say('cli.sandbox.served', { ...served, tokens: sandbox.tokens.issued() })}\n`)
  return 0
}

function count(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0)
    throw new TextError(text('cli.sandbox.whole', { option: name, value }))
  return n
}
