#!/usr/bin/env node
import { fileURLToPath } from 'node:url'
import { isMainThread, Worker } from 'node:worker_threads'
import { runCli } from './cli/run-cli.js'
import { workerChecker } from './validate/worker-pool.js'
import { VERSION } from './version.js'

// Entry of dist/cli/index.js; the file-check workers' bundle sits at dist/worker/index.js.
const args = process.argv.slice(2)
if (isMainThread && (args[0] === 'validate' || args[0] === 'plan')) {
  // These gather what the file workers send about every device. In the main thread V8 lets the
  // young generation swell with it; in a worker it can be capped: 100,000 devices then peak
  // about 30 MB lower (npm run bench). Output and the exit code pass through unchanged.
  const engine = new Worker(fileURLToPath(import.meta.url), {
    argv: args,
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
  })
  process.exitCode = await new Promise<number>((resolve) => engine.once('exit', resolve))
} else {
  process.exitCode = await runCli(args, {
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
}
