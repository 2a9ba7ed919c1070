import { fileURLToPath } from 'node:url'
import { setFlagsFromString } from 'node:v8'
import * as core from '@actions/core'
import { runAction } from './action/run-action.js'
import { workerChecker } from './validate/worker-pool.js'

// Entry of dist/index.js, which the runner starts; the worker bundle sits at dist/worker/index.js.
// The main thread only gathers what the workers send; V8 would let its young generation swell
// to 100 MB doing so. 8 MB semi-spaces keep 100,000 devices near 200 MB peak RSS, at the same
// speed (npm run bench).
setFlagsFromString('--max-semi-space-size=8')
await runAction({
  workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
  env: process.env,
  checker: workerChecker({
    entry: fileURLToPath(import.meta.resolve('./worker/index.js')),
    log: (message) => core.debug(message),
  }),
})
