#!/usr/bin/env node
import { fileURLToPath } from 'node:url'
import { runCli } from './cli/run-cli.js'
import { workerChecker } from './validate/worker-pool.js'
import { VERSION } from './version.js'

// Entry of dist/cli/index.js; the worker bundle sits at dist/worker/index.js.
process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = []
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks).toString('utf8')
  },
  checker: workerChecker({ entry: fileURLToPath(import.meta.resolve('../worker/index.js')) }),
  version: VERSION,
  // Listened to only by the commands that run until stopped: Ctrl+C ends the others as usual.
  interrupted: () =>
    new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve())
      process.once('SIGTERM', () => resolve())
    }),
})
