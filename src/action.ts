import { fileURLToPath } from 'node:url'
import * as core from '@actions/core'
import { runAction } from './action/run-action.js'
import { workerChecker } from './repo/worker-pool.js'

// Entry of dist/index.js, which the runner starts; the worker bundle sits at dist/worker/index.js.
await runAction({
  workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
  env: process.env,
  checker: workerChecker({
    entry: fileURLToPath(import.meta.resolve('./worker/index.js')),
    log: (message) => core.debug(message),
  }),
})
