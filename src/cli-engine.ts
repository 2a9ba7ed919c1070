import { isatty } from 'node:tty'
import { fileURLToPath } from 'node:url'
import { isMainThread } from 'node:worker_threads'
import type { CliIo } from './cli/cli-io.js'
import { isClosedPipe } from './cli/closed-pipe.js'
import { directWriter } from './cli/direct-output.js'
import { runCli } from './cli/run-cli.js'
import { workerChecker } from './repo/worker-pool.js'
import { VERSION } from './version.js'

// Entry of dist/engine/index.js: runs the command, in the main thread when src/cli.ts imports it,
// or in the engine worker that src/cli.ts starts for a large repository. The file-check workers'
// bundle sits at dist/worker/index.js.
// In the engine worker, standard output is written from this thread, straight to its descriptor
// (see cli/direct-output.ts), and the main thread never opens it. Not to a terminal: Node writes
// to one in a way of its own (on Windows, as UTF-16 to the console), which bytes would bypass.
const direct = !isMainThread && !isatty(1)
const stdout = direct ? directWriter(1) : untilClosed(process.stdout)
const stderr = untilClosed(process.stderr)
process.exitCode = await runCli(process.argv.slice(2), io())

/**
 * Writes to a stream until its reader goes away: `validate | head -1` closes the pipe, and the
 * run then goes on to its end and its own exit code without a word more, instead of dying of an
 * EPIPE stack trace. In the engine worker the main thread listens to standard error too.
 */
function untilClosed(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (!isClosedPipe(error)) throw error
    closed = true
  })
  return (text) => {
    if (!closed) stream.write(text)
  }
}

/**
 * Settles once the stream has written what it was given (at once when it has room): a 60 MB plan
 * written at once would wait whole in memory for a slow reader.
 */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  if (!stream.writableNeedDrain || stream.destroyed) return Promise.resolve()
  return new Promise<void>((resolve) => {
    const done = () => {
      stream.off('drain', done)
      stream.off('close', done)
      stream.off('error', done)
      resolve()
    }
    stream.on('drain', done)
    stream.on('close', done)
    stream.on('error', done)
  })
}

function io(): CliIo {
  return {
    cwd: process.cwd(),
    stdout,
    ...(direct ? {} : { stdoutDrained: () => drained(process.stdout) }),
    stderr,
    ...(process.stderr.isTTY
      ? { stderrTerminal: { columns: () => process.stderr.columns || 80 } }
      : {}),
    readStdin: async () => {
      const chunks: Buffer[] = []
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
      return Buffer.concat(chunks).toString('utf8')
    },
    checker: workerChecker({ entry: fileURLToPath(import.meta.resolve('../worker/index.js')) }),
    version: VERSION,
    env: process.env,
    // Listened to only by the commands that run until stopped: Ctrl+C ends the others as usual.
    interrupted: () =>
      new Promise<void>((resolve) => {
        process.once('SIGINT', () => resolve())
        process.once('SIGTERM', () => resolve())
      }),
  }
}
