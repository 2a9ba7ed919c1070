import { type ParseArgsOptionsConfig, parseArgs } from 'node:util'
import { errorMessage } from '../findings/error-message.js'
import { TextError } from '../findings/error-words.js'
import type { Say } from '../messages/catalogue.js'
import type { Text } from '../messages/text.js'
import { text } from '../messages/text-of.js'
import type { CliIo } from './cli-io.js'

/** Bad arguments: the reason and the command's usage go to standard error, exit 2. */
export class UsageError extends TextError {
  override readonly name = 'UsageError'
}

export type ParsedArgs<O extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>
>

/** One entry of the command table: `autopilot-gitops <name> …`. */
export interface CliCommand<O extends ParseArgsOptionsConfig = ParseArgsOptionsConfig> {
  name: string
  /** Its synopsis and what it does, as `<name> --help` and the general usage print it. */
  usage: (say: Say) => string
  /** For node:util parseArgs; --help and -h are answered before these are read. */
  options: O
  /** Runs with the parsed arguments; throws UsageError for arguments the options cannot say are wrong. */
  run(args: ParsedArgs<O>, io: CliIo): Promise<number>
}

/** Checks an entry against its own options, so that `run` sees exactly the values they give. */
export function defineCommand<const O extends ParseArgsOptionsConfig>(
  command: CliCommand<O>,
): CliCommand<O> {
  return command
}

export function parseCommandArgs<O extends ParseArgsOptionsConfig>(
  command: Pick<CliCommand<O>, 'options'>,
  args: readonly string[],
): ParsedArgs<O> {
  try {
    return parseArgs({
      args: [...args],
      options: command.options,
      allowPositionals: true,
      strict: true,
    })
  } catch (error) {
    throw new UsageError(argumentsProblem(error))
  }
}

/**
 * What parseArgs refused, in words of ours for the two refusals a person makes (an option it
 * does not know, an option without its value); anything else in Node's own words.
 */
function argumentsProblem(error: unknown) {
  const { code } = error as { code?: unknown }
  const said = errorMessage(error)
  const option = /^(?:Unknown option|Option) '([^']+)'/.exec(said)?.[1]
  if (option && code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return text('cli.args.unknownOption', { option })
  if (option && / argument missing/.test(said)) return text('cli.args.missingValue', { option })
  return text('verbatim', { words: said })
}

export { asksForHelp, FORMAT_OPTION, PLAN_OPTIONS } from './command-options.js'

/** The --format value: text (the default) or json. */
export function formatOf(values: { format?: string | undefined }): 'text' | 'json' {
  const format = values.format ?? 'text'
  if (format !== 'text' && format !== 'json')
    throw new UsageError(text('cli.format', { value: format }))
  return format
}

/** The positional arguments, refused with `reason` when there are more than `most`. */
export function atMost(positionals: readonly string[], most: number, reason: Text): string[] {
  if (positionals.length > most) throw new UsageError(reason)
  return [...positionals]
}

/** The string options that were given a value: an empty one counts as not given, as before. */
export function givenOnly<T extends Record<string, string | undefined>>(
  values: T,
): { [K in keyof T]?: string } {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value)) as {
    [K in keyof T]?: string
  }
}
