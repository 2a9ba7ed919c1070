#!/usr/bin/env node
import { stat } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { isMainThread, Worker } from 'node:worker_threads'
import type { CliIo } from './cli/cli-io.js'
import { asksForHelp, parseCommandArgs } from './cli/command.js'
import { findCommand } from './cli/commands.js'
import { runCli } from './cli/run-cli.js'
import { deviceBytesUpTo } from './repo/scan-repository.js'
import { WORKER_LIMITS, WORKER_THRESHOLD_BYTES, workerChecker } from './repo/worker-pool.js'
import { VERSION } from './version.js'

// Entry of dist/cli/index.js; the file-check workers' bundle sits at dist/worker/index.js.
const args = process.argv.slice(2)
const stdout = untilClosed(process.stdout)
const stderr = untilClosed(process.stderr)
process.exitCode =
  isMainThread && (await isLarge(args)) ? await runInEngineWorker(args) : await runCli(args, io())

/**
 * validate and plan gather what the file workers send about every device. In the main thread V8
 * lets the young generation swell with it; in a worker it can be capped: 100,000 devices then
 * peak about 25 MB lower (npm run bench). Output and the exit code pass through unchanged.
 */
async function runInEngineWorker(given: readonly string[]): Promise<number> {
  const engine = new Worker(fileURLToPath(import.meta.url), {
    argv: [...given],
    resourceLimits: WORKER_LIMITS,
  })
  return new Promise<number>((resolve) => engine.once('exit', resolve))
}

/**
 * Writes to a stream until its reader goes away: `validate | head -1` closes the pipe, and the
 * run then goes on to its end and its own exit code without a word more, instead of dying of an
 * EPIPE stack trace. Output of the engine worker reaches the reader through this thread's
 * process.stdout, so the listener is here, whichever thread runs the command.
 */
function untilClosed(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error
    closed = true
  })
  return (text) => {
    if (!closed) stream.write(text)
  }
}

/**
 * Settles once the stream has written what it was given (at once when it has room). In the engine
 * worker, the stream is the worker's, whose room follows the main thread's: a 60 MB plan written
 * at once waited whole in both threads' memory.
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
    stdoutDrained: () => drained(process.stdout),
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

/**
 * Whether a validate or plan run reads enough CSV for the engine worker: the device files named,
 * or under customers/ of the folders named. A small repository is spared a second start of the
 * bundle, and so are --help and arguments the command will refuse.
 */
async function isLarge(given: readonly string[]): Promise<boolean> {
  const [name = '', ...rest] = given
  const command = name === 'validate' || name === 'plan' ? findCommand(name) : undefined
  if (!command || asksForHelp(rest)) return false
  let paths: string[]
  try {
    paths = parseCommandArgs(command, rest).positionals
  } catch {
    return false
  }
  let bytes = 0
  for (const item of paths.length > 0 ? paths : ['.']) {
    bytes += await csvBytes(item, WORKER_THRESHOLD_BYTES - bytes)
    if (bytes >= WORKER_THRESHOLD_BYTES) return true
  }
  return false
}

/** The CSV bytes of `item`, counted until `enough`. */
async function csvBytes(item: string, enough: number): Promise<number> {
  const info = await stat(item).catch(() => undefined)
  if (info?.isFile()) return info.size
  if (!info?.isDirectory()) return 0
  return deviceBytesUpTo(item, enough)
}
