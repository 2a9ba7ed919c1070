import type { Redactor } from '../findings/redact.js'
import { type Say, sayer } from '../messages/catalogue.js'
import type { FileChecker } from '../repo/file-checker.js'

/** What a command may touch of the outside world: handed in whole by src/cli.ts, or by a test. */
export interface CliIo {
  cwd: string
  stdout: (text: string) => void
  /** Settles when standard output has room again: a long output waits on it between pieces. */
  stdoutDrained?: () => Promise<void>
  stderr: (text: string) => void
  /** Set when standard error is a terminal: progress is then redrawn in place, this many columns wide. */
  stderrTerminal?: { columns: () => number }
  /** Reads standard input whole, for `decode-hash -`. */
  readStdin: () => Promise<string>
  checker?: FileChecker
  version: string
  /** Settles when the user interrupts (Ctrl+C): long-running commands then close what they opened. */
  interrupted: () => Promise<void>
  /** Where `register` reads secrets (AUTOPILOT_GITOPS_CLIENT_SECRET, …). */
  env?: NodeJS.ProcessEnv
  /** The run's Redactor: runCli makes it from the secrets in `env`; the sign-in adds its tokens. */
  redactor?: Redactor
  /** The language of everything printed for people: runCli sets it from --lang or the locale. */
  say?: Say
}

/** The run's language; English for a command run without runCli (a test's). */
export function sayOf(io: CliIo): Say {
  return io.say ?? sayer('en')
}
