#!/usr/bin/env node
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { isMainThread, Worker } from 'node:worker_threads'
import { runCli } from './cli/run-cli.js'
import { totalBytes } from './repo/scan-repository.js'
import { WORKER_THRESHOLD_BYTES, workerChecker } from './repo/worker-pool.js'
import { VERSION } from './version.js'

// Entry of dist/cli/index.js; the file-check workers' bundle sits at dist/worker/index.js.
const args = process.argv.slice(2)
if (
  isMainThread &&
  (args[0] === 'validate' || args[0] === 'plan') &&
  (await isLarge(args.slice(1)))
) {
  // These gather what the file workers send about every device. In the main thread V8 lets the
  // young generation swell with it; in a worker it can be capped: 100,000 devices then peak
  // about 25 MB lower (npm run bench). Output and the exit code pass through unchanged. A small
  // repository is spared the second start of the bundle.
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
    env: process.env,
    // Listened to only by the commands that run until stopped: Ctrl+C ends the others as usual.
    interrupted: () =>
      new Promise<void>((resolve) => {
        process.once('SIGINT', () => resolve())
        process.once('SIGTERM', () => resolve())
      }),
  })
}

/** Whether the device files named, or under customers/ of the folders named, weigh enough for the file workers. */
async function isLarge(given: readonly string[]): Promise<boolean> {
  // Option values (`--format json`) are looked up too, and weigh nothing when no such path exists.
  const paths = given.filter((a) => !a.startsWith('--'))
  let bytes = 0
  for (const item of paths.length > 0 ? paths : ['.']) {
    const info = await stat(item).catch(() => undefined)
    if (info?.isFile()) bytes += info.size
    if (info?.isDirectory()) {
      const customers = path.join(item, 'customers')
      const files = await readdir(customers, { recursive: true }).catch(() => [] as string[])
      bytes += await totalBytes(
        customers,
        files.filter((f) => /\.csv$/i.test(f)),
      )
    }
  }
  return bytes >= WORKER_THRESHOLD_BYTES
}
