import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { SANDBOX_APP, SeedSchema, startSandbox } from '../sandbox/start-sandbox.js'
import type { CliIo } from './cli-io.js'
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
    throw new Error(`--port must be a port number, not ${options.port}`)
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
  io.stdout(
    [
      `Partner Center sandbox: ${sandbox.partnerCenterUrl}`,
      `Token endpoint (authority-host): ${sandbox.authorityHost}`,
      `Trust its certificate in the process that signs in: NODE_EXTRA_CA_CERTS=${ca}`,
      `Demo app registration: tenant-id ${SANDBOX_APP.tenantId}, client-id ${SANDBOX_APP.clientId}, client-secret ${SANDBOX_APP.clientSecret}, refresh-token ${SANDBOX_APP.refreshToken}`,
      `create-batch signs its partner admin in at ${sandbox.authorityHost}/device, with the code it prints.`,
      'Stop it with Ctrl+C.',
      '',
    ].join('\n'),
  )
  await stop
  await sandbox.close()
  const calls = sandbox.partnerCenter.calls
  const by = (method: string) => calls.filter((c) => c.method === method).length
  io.stdout(
    `Served ${calls.length} Partner Center call(s): ${by('POST')} POST, ${by('GET')} GET, ${by('DELETE')} DELETE; ${sandbox.tokens.issued()} token(s) issued.\n`,
  )
  return 0
}

function count(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, not ${value}`)
  return n
}
