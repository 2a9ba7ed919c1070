#!/usr/bin/env node
import { isMainThread, workerData } from 'node:worker_threads'
import { runCli } from './cli/run-cli.js'
import { serveFileChecks, WORKER_ROLE, workerChecker } from './validate/worker-pool.js'
import { VERSION } from './version.js'

// Entry of dist/cli/index.js. The same bundle serves as the file-check worker.
if (!isMainThread && workerData?.role === WORKER_ROLE) {
  serveFileChecks()
} else {
  process.exitCode = await runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = []
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
      return Buffer.concat(chunks).toString('utf8')
    },
    checker: workerChecker({ entry: new URL(import.meta.url) }),
    version: VERSION,
  })
}
