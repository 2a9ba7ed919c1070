import { parseArgs } from 'node:util'
import { customerJsonSchema } from '../config/customer-schema.js'
import { errorMessage } from '../findings/error-message.js'
import { compareFindings, type Finding } from '../findings/finding.js'
import type { FileChecker } from '../repo/file-checker.js'
import { renderText } from '../report/render-text.js'
import { type ValidationReport, validateRepository } from '../use-cases/validate-repository.js'
import { runDecodeHash } from './decode-hash-command.js'
import { locateTargets, MissingPathError } from './locate.js'
import { runPlanCommand } from './plan-command.js'
import { runRegisterCommand } from './register-command.js'
import { runSandboxCommand } from './sandbox-command.js'

export interface CliIo {
  cwd: string
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Reads standard input whole, for `decode-hash -`. */
  readStdin: () => Promise<string>
  checker?: FileChecker
  version: string
  /** Settles when the user interrupts (Ctrl+C): long-running commands then close what they opened. */
  interrupted: () => Promise<void>
  /** Where `register` reads secrets (AUTOPILOT_GITOPS_CLIENT_SECRET, …). */
  env?: NodeJS.ProcessEnv
}

export const USAGE = `Usage:
  autopilot-gitops validate [PATH...] [--format text|json]
      Check device CSVs and customer.yml files offline. PATH is a repository root (default .),
      a customer folder or single files. Exit 0: no errors; 1: errors found; 2: could not run.
  autopilot-gitops plan [PATH] [--base REF] [--format text|json]
      What merging would register, per customer, from the CSVs and the registration records.
      With --base, findings count only in the files changed since REF (committed or not).
      Exit 0: no errors; 1: errors found; 2: could not run.
  autopilot-gitops decode-hash <HASH|-> [--format text|json]
      Show what a Windows Autopilot hardware hash holds ('-' reads it from standard input).
      Exit 0: valid hash; 1: damaged or not a hash; 2: could not run.
  autopilot-gitops register [PATH] --tenant-id ID --client-id ID [--partner-center-url URL]
      [--authority-host URL] [--dry-run] [--retry-failed] [--concurrency N]
      [--poll-timeout-minutes N] [--chunk-size N]
      Register what the plan says in Partner Center (or the sandbox), as the merge run does, and
      write one record per customer into the working tree. The checkout's customers/ must be
      committed. Secrets come from the environment only: AUTOPILOT_GITOPS_CLIENT_SECRET,
      AUTOPILOT_GITOPS_CLIENT_CERTIFICATE (PEM), AUTOPILOT_GITOPS_REFRESH_TOKEN.
      Exit 0: all registered; 1: a device failed or a customer was skipped; 2: could not run.
  autopilot-gitops sandbox [--port N] [--seed FILE] [--latency-ms N] [--polls-to-finish N]
      [--ms-to-finish N]
      Run the Partner Center sandbox (device-batch API and token endpoint) until Ctrl+C, then
      say how many calls it served. --latency-ms delays every answer (a network's round trip);
      --polls-to-finish is how many status polls an upload stays queued or processing (2);
      --ms-to-finish ends an upload after that long, polled or not (then only with
      --polls-to-finish does a poll count end it sooner).
  autopilot-gitops schema
      Print the JSON Schema of customer.yml, for editors.
  autopilot-gitops --version | --help
`

class UsageError extends Error {
  override readonly name = 'UsageError'
}

/** The CLI as a function: arguments in, exit code out. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(USAGE)
      return command === undefined ? 2 : 0
    }
    if (command === '--version') {
      io.stdout(`${io.version}\n`)
      return 0
    }
    if (command === 'schema') {
      io.stdout(`${JSON.stringify(customerJsonSchema(), null, 2)}\n`)
      return 0
    }
    const { values, positionals } = parseOptions(rest)
    const format = values.format ?? 'text'
    if (format !== 'text' && format !== 'json')
      throw new UsageError(`--format must be text or json, not ${format}`)
    if (command === 'validate') return await runValidate(positionals, format, io)
    if (command === 'plan') {
      const [where, ...extra] = positionals
      if (extra.length > 0) throw new UsageError('plan takes one repository path')
      return await runPlanCommand(
        where,
        { format, ...(values.base ? { base: values.base } : {}) },
        io,
      )
    }
    if (command === 'register') {
      const [where, ...extra] = positionals
      if (extra.length > 0) throw new UsageError('register takes one repository path')
      return await runRegisterCommand(
        where,
        {
          ...(values['tenant-id'] ? { tenantId: values['tenant-id'] } : {}),
          ...(values['client-id'] ? { clientId: values['client-id'] } : {}),
          ...(values['authority-host'] ? { authorityHost: values['authority-host'] } : {}),
          ...(values['partner-center-url']
            ? { partnerCenterUrl: values['partner-center-url'] }
            : {}),
          ...(values.concurrency ? { concurrency: values.concurrency } : {}),
          ...(values['poll-timeout-minutes']
            ? { pollTimeoutMinutes: values['poll-timeout-minutes'] }
            : {}),
          ...(values['chunk-size'] ? { chunkSize: values['chunk-size'] } : {}),
          dryRun: values['dry-run'] ?? false,
          retryFailed: values['retry-failed'] ?? false,
        },
        io,
      )
    }
    if (command === 'sandbox') {
      if (positionals.length > 0) throw new UsageError('sandbox takes no path')
      return await runSandboxCommand(
        {
          ...(values.port ? { port: values.port } : {}),
          ...(values.seed ? { seed: values.seed } : {}),
          ...(values['latency-ms'] ? { latencyMs: values['latency-ms'] } : {}),
          ...(values['polls-to-finish'] ? { pollsToFinish: values['polls-to-finish'] } : {}),
          ...(values['ms-to-finish'] ? { msToFinish: values['ms-to-finish'] } : {}),
        },
        io,
        io.interrupted(),
      )
    }
    if (command === 'decode-hash') {
      const [hash, ...extra] = positionals
      if (hash === undefined || extra.length > 0)
        throw new UsageError('decode-hash takes one hash, or - to read it from standard input')
      return await runDecodeHash(hash === '-' ? await io.readStdin() : hash, format, io)
    }
    throw new UsageError(`unknown command ${command}`)
  } catch (error) {
    if (error instanceof UsageError || error instanceof MissingPathError) {
      io.stderr(`autopilot-gitops: ${error.message}\n${error instanceof UsageError ? USAGE : ''}`)
      return 2
    }
    io.stderr(`autopilot-gitops: could not run: ${errorMessage(error)}\n`)
    return 2
  }
}

function parseOptions(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      options: {
        format: { type: 'string' },
        base: { type: 'string' },
        port: { type: 'string' },
        seed: { type: 'string' },
        'latency-ms': { type: 'string' },
        'polls-to-finish': { type: 'string' },
        'ms-to-finish': { type: 'string' },
        'tenant-id': { type: 'string' },
        'client-id': { type: 'string' },
        'authority-host': { type: 'string' },
        'partner-center-url': { type: 'string' },
        concurrency: { type: 'string' },
        'poll-timeout-minutes': { type: 'string' },
        'chunk-size': { type: 'string' },
        'dry-run': { type: 'boolean' },
        'retry-failed': { type: 'boolean' },
      },
      allowPositionals: true,
      strict: true,
    })
  } catch (error) {
    throw new UsageError(errorMessage(error))
  }
}

async function runValidate(
  paths: readonly string[],
  format: 'text' | 'json',
  io: CliIo,
): Promise<number> {
  const targets = await locateTargets(paths, io.cwd)
  const reports: ValidationReport[] = []
  for (const target of targets) {
    reports.push(
      await validateRepository({
        root: target.root,
        scope: target.scope,
        ...(target.looseFiles ? { looseFiles: target.looseFiles } : {}),
        ...(io.checker ? { checker: io.checker } : {}),
      }),
    )
  }
  const report = mergeReports(reports)
  io.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderText(report))
  return report.summary.errors > 0 ? 1 : 0
}

function mergeReports(reports: readonly ValidationReport[]): ValidationReport {
  const findings: Finding[] = reports.flatMap((r) => r.findings).sort(compareFindings)
  const sum = (key: keyof ValidationReport['summary']) =>
    reports.reduce((n, r) => n + r.summary[key], 0)
  return {
    schemaVersion: 1,
    summary: {
      files: sum('files'),
      devices: sum('devices'),
      errors: sum('errors'),
      warnings: sum('warnings'),
      notices: sum('notices'),
    },
    findings,
    customers: reports.flatMap((r) => r.customers),
  }
}
