import { errorMessage } from '../findings/error-message.js'
import { escapeControls } from '../findings/escape.js'
import { createRedactor } from '../findings/redact.js'
import { GitError } from '../repo/git.js'
import type { CliIo } from './cli-io.js'
import { asksForHelp, type CliCommand, parseCommandArgs, UsageError } from './command.js'
import { COMMANDS, findCommand } from './commands.js'
import { MissingPathError, NoCustomersError } from './locate.js'
import { SECRET_VARIABLES } from './register-command.js'

const HELP = `  autopilot-gitops help [COMMAND]   (or: autopilot-gitops COMMAND --help)
      Print this, or the usage of one command.
  autopilot-gitops --version
`

/** Every command's usage: `--help` prints it on standard output, a bad command on standard error. */
export function generalUsage(): string {
  return `Usage:\n${COMMANDS.map((c) => c.usage).join('')}${HELP}`
}

export function commandUsage(command: CliCommand): string {
  return `Usage:\n${command.usage}`
}

/**
 * The CLI as a function: arguments in, exit code out. Everything it prints passes the run's
 * Redactor, which knows the secrets in the environment from the start and is told each token the
 * sign-in obtains; what it prints of the partner's files is escaped by the renderers.
 */
export async function runCli(argv: readonly string[], given: CliIo): Promise<number> {
  const secrets = Object.values(SECRET_VARIABLES).map((name) => given.env?.[name])
  const redactor = given.redactor ?? createRedactor(secrets)
  const io: CliIo = {
    ...given,
    redactor,
    stdout: (text) => given.stdout(redactor.redact(text)),
    stderr: (text) => given.stderr(redactor.redact(text)),
  }
  const [name, ...rest] = argv
  if (name === undefined) {
    io.stderr(generalUsage())
    return 2
  }
  if (name === '--help' || name === '-h') {
    io.stdout(generalUsage())
    return 0
  }
  if (name === '--version') {
    io.stdout(`${io.version}\n`)
    return 0
  }
  if (name === 'help') return help(rest, io)
  const command = findCommand(name)
  if (!command) return usageFailure(`unknown command ${name}`, generalUsage(), io)
  if (asksForHelp(rest)) {
    io.stdout(commandUsage(command))
    return 0
  }
  return runCommand(command, rest, io)
}

function help(args: readonly string[], io: CliIo): number {
  const [name, ...extra] = args
  if (name === undefined) {
    io.stdout(generalUsage())
    return 0
  }
  const command = findCommand(name)
  if (!command || extra.length > 0)
    return usageFailure(
      command ? 'help takes one command' : `unknown command ${name}`,
      generalUsage(),
      io,
    )
  io.stdout(commandUsage(command))
  return 0
}

async function runCommand(command: CliCommand, args: readonly string[], io: CliIo) {
  let values: Record<string, unknown> = {}
  try {
    const parsed = parseCommandArgs(command, args)
    values = parsed.values
    return await command.run(parsed, io)
  } catch (error) {
    if (error instanceof UsageError) return usageFailure(error.message, commandUsage(command), io)
    io.stderr(`autopilot-gitops: ${escapeControls(failureLine(error, values))}\n`)
    return 2
  }
}

/** The reason quotes the arguments, which may hold anything: its controls are escaped. */
function usageFailure(reason: string, usage: string, io: CliIo): number {
  io.stderr(`autopilot-gitops: ${escapeControls(reason)}\n${usage}`)
  return 2
}

/** One line for an error that stopped a command, naming the option whose value git could not find. */
function failureLine(error: unknown, values: Record<string, unknown>): string {
  if (error instanceof GitError) {
    // The message starts with the revision: `--base NOPE: no such commit or branch in …`.
    const named = error.problem === 'unknown-revision' || error.problem === 'no-merge-base'
    const option = Object.keys(values).find((key) => named && values[key] === error.revision)
    return option ? `--${option} ${error.message}` : error.message
  }
  if (error instanceof MissingPathError || error instanceof NoCustomersError) return error.message
  return `could not run: ${errorMessage(error)}`
}
