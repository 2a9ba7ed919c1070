import { errorWords } from '../findings/error-words.js'
import { escapeControls } from '../findings/escape.js'
import { createRedactor } from '../findings/redact.js'
import { type Say, sayer } from '../messages/catalogue.js'
import { isLanguage, LANGUAGES, languageFromEnvironment } from '../messages/language.js'
import { GitError } from '../repo/git.js'
import { type CliIo, sayOf } from './cli-io.js'
import { asksForHelp, type CliCommand, parseCommandArgs, UsageError } from './command.js'
import { COMMANDS, findCommand } from './commands.js'
import { takeLanguage } from './language-option.js'
import { MissingPathError, NoCustomersError } from './locate.js'
import { SECRET_VARIABLES } from './secret-variables.js'

/** Every command's usage: `--help` prints it on standard output, a bad command on standard error. */
export function generalUsage(say: Say = sayer('en')): string {
  const commands = COMMANDS.map((c) => c.usage(say)).join('')
  return `${say('cli.usage.heading')}\n${commands}${say('cli.usage.lang')}${say('cli.usage.help')}`
}

export function commandUsage(command: CliCommand, say: Say = sayer('en')): string {
  return `${say('cli.usage.heading')}\n${command.usage(say)}`
}

/**
 * The CLI as a function: arguments in, exit code out. Everything it prints passes the run's
 * Redactor, which knows the secrets in the environment from the start and is told each token the
 * sign-in obtains; what it prints of the partner's files is escaped by the renderers.
 */
export async function runCli(argv: readonly string[], given: CliIo): Promise<number> {
  const secrets = Object.values(SECRET_VARIABLES).map((name) => given.env?.[name])
  const redactor = given.redactor ?? createRedactor(secrets)
  const { given: lang, rest: args } = takeLanguage(argv)
  // --lang first, then the locale; a test's own Say (io.say) stands when neither is given.
  const chosen = lang === undefined ? undefined : isLanguage(lang) ? lang : null
  const fallback = given.say ?? sayer(languageFromEnvironment(given.env ?? {}))
  const io: CliIo = {
    ...given,
    redactor,
    say: chosen ? sayer(chosen) : fallback,
    stdout: (text) => given.stdout(redactor.redact(text)),
    stderr: (text) => given.stderr(redactor.redact(text)),
  }
  const say = sayOf(io)
  if (chosen === null) {
    const accepted = LANGUAGES.join('|')
    return usageFailure(say('cli.lang', { value: lang ?? '', accepted }), generalUsage(say), io)
  }
  const [name, ...rest] = args
  if (name === undefined) {
    io.stderr(generalUsage(say))
    return 2
  }
  if (name === '--help' || name === '-h') {
    io.stdout(generalUsage(say))
    return 0
  }
  if (name === '--version') {
    io.stdout(`${io.version}\n`)
    return 0
  }
  if (name === 'help') return help(rest, io)
  const command = findCommand(name)
  if (!command) return usageFailure(say('cli.unknownCommand', { name }), generalUsage(say), io)
  if (asksForHelp(rest)) {
    io.stdout(commandUsage(command, say))
    return 0
  }
  return runCommand(command, rest, io)
}

function help(args: readonly string[], io: CliIo): number {
  const say = sayOf(io)
  const [name, ...extra] = args
  if (name === undefined) {
    io.stdout(generalUsage(say))
    return 0
  }
  const command = findCommand(name)
  if (!command || extra.length > 0)
    return usageFailure(
      command ? say('cli.helpTakesOne') : say('cli.unknownCommand', { name }),
      generalUsage(say),
      io,
    )
  io.stdout(commandUsage(command, say))
  return 0
}

async function runCommand(command: CliCommand, args: readonly string[], io: CliIo) {
  let values: Record<string, unknown> = {}
  try {
    const parsed = parseCommandArgs(command, args)
    values = parsed.values
    return await command.run(parsed, io)
  } catch (error) {
    const say = sayOf(io)
    if (error instanceof UsageError)
      return usageFailure(say.text(error.text), commandUsage(command, say), io)
    io.stderr(`autopilot-gitops: ${escapeControls(failureLine(error, values, say))}\n`)
    return 2
  }
}

/** The reason quotes the arguments, which may hold anything: its controls are escaped. */
function usageFailure(reason: string, usage: string, io: CliIo): number {
  io.stderr(`autopilot-gitops: ${escapeControls(reason)}\n${usage}`)
  return 2
}

/**
 * One line for an error that stopped a command, in the run's language when it has words of ours,
 * naming the option whose value git could not find.
 */
function failureLine(error: unknown, values: Record<string, unknown>, say: Say): string {
  const reason = errorWords(error, say)
  if (error instanceof GitError) {
    // The words start with the revision: `--base NOPE: no such commit or branch in …`.
    const named = error.problem === 'unknown-revision' || error.problem === 'no-merge-base'
    const option = Object.keys(values).find((key) => named && values[key] === error.revision)
    return option ? say('cli.optionFailed', { option, reason }) : reason
  }
  if (error instanceof MissingPathError || error instanceof NoCustomersError) return reason
  return say('cli.couldNotRun', { reason })
}
