import type { CliIo } from '../../src/cli/cli-io.js'
import { runCli } from '../../src/cli/run-cli.js'
import type { Say } from '../../src/messages/catalogue.js'
import { PROJECT } from '../helpers/paths.js'

export interface InProcessRun {
  code: number
  stdout: string
  stderr: string
}

/** The CLI as a function, in this process: what src/ does now, before dist/ is rebuilt. */
export async function runInProcess(
  args: readonly string[],
  options: {
    cwd?: string
    stdin?: string
    env?: NodeJS.ProcessEnv
    /** Standard error is a terminal this many columns wide. */
    columns?: number
    /** The run's words, as a test makes them (runCli's own when --lang or the locale says). */
    say?: Say
  } = {},
): Promise<InProcessRun> {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    cwd: options.cwd ?? PROJECT,
    stdout: (text) => {
      stdout += text
    },
    stderr: (text) => {
      stderr += text
    },
    readStdin: async () => options.stdin ?? '',
    version: '0.0.0-test',
    interrupted: () => new Promise<void>(() => {}),
    env: options.env ?? {},
    ...(options.columns ? { stderrTerminal: { columns: () => options.columns ?? 80 } } : {}),
    ...(options.say ? { say: options.say } : {}),
  }
  const code = await runCli(args, io)
  return { code, stdout, stderr }
}
