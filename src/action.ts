import { isMainThread, workerData } from 'node:worker_threads'
import * as core from '@actions/core'
import { runAction } from './action/run-action.js'
import { serveFileChecks, WORKER_ROLE, workerChecker } from './validate/worker-pool.js'

// Entry of dist/index.js, which the runner starts. The same bundle serves as the file-check worker.
if (!isMainThread && workerData?.role === WORKER_ROLE) {
  serveFileChecks()
} else {
  await runAction({
    workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    checker: workerChecker({
      entry: new URL(import.meta.url),
      log: (message) => core.debug(message),
    }),
  })
}
