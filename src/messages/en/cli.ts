import type { Messages } from '../messages.js'
import type { Text } from '../text.js'
import { cliInitEn } from './cli-init.js'
import { cliRunEn } from './cli-run.js'
import { cliUsageEn } from './cli-usage.js'

/** The cli messages in English: the reference every other language follows. */
export const cliEn = {
  ...cliUsageEn,
  ...cliRunEn,
  ...cliInitEn,
  'cli.unknownCommand': (p: { name: string }) => `unknown command ${p.name}`,
  'cli.helpTakesOne': () => 'help takes one command',
  'cli.lang': (p: { value: string; accepted: string }) =>
    `--lang takes ${p.accepted}, not ${p.value}`,
  'cli.couldNotRun': (p: { reason: string }) => `could not run: ${p.reason}`,
  /** A git revision given to an option was not found: `--base NOPE: no such commit…`. */
  'cli.optionFailed': (p: { option: string; reason: string }) => `--${p.option} ${p.reason}`,
  'cli.args.unknownOption': (p: { option: string }) => `Unknown option '${p.option}'`,
  'cli.args.missingValue': (p: { option: string }) => `Option '${p.option}' argument missing`,
  'cli.format': (p: { value: string }) => `--format must be text or json, not ${p.value}`,
  'cli.takesOnePath': (p: { command: string }) => `${p.command} takes one repository path`,
  'cli.needsCustomer': (p: { command: string }) => `${p.command} needs --customer SLUG`,
  'cli.needsSignIn': (p: { command: string }) => `${p.command} needs --tenant-id and --client-id`,
  'cli.decodeHash.takesOne': () =>
    'decode-hash takes one hash, or - to read it from standard input',
  'cli.decodeHash.empty': () => 'decode-hash: no hash given (standard input was empty)',
  'cli.sandbox.noPath': () => 'sandbox takes no path',
  'cli.init.takesOne': () => 'init takes one folder',
  'cli.init.together': () => 'init takes --customer and --customer-id together',
  'cli.schema.takesOne': () => 'schema takes one name',
  'cli.schema.unknown': (p: { names: string; name: string }) =>
    `schema takes ${p.names}, not ${p.name}`,
  'cli.badSetting': (p: { flag: string; value: string; problem: string }) =>
    `--${p.flag} is "${p.value}": ${p.problem}`,
  'cli.badSettings': (p: { problems: readonly Text[] }, f) => f.text(p.problems),
  'cli.sandbox.port': (p: { value: string }) => `--port must be a port number, not ${p.value}`,
  'cli.sandbox.whole': (p: { option: string; value: string }) =>
    `${p.option} must be a whole number, not ${p.value}`,
  'cli.behave.unknown': (p: { name: string; known: string }) =>
    `--behave: unknown \`${p.name}\`; known: ${p.known}`,
  'cli.behave.bytes': (p: { value: string }) =>
    `--behave max-body-bytes=N needs a number of bytes, not ${p.value}`,
  'cli.behave.bytesMissing': () => '--behave max-body-bytes=N needs a number of bytes, not nothing',
} satisfies Messages
