import { fileURLToPath } from 'node:url'
import { runAction } from './action/run-action.js'

// Entry of dist/index.js, which the runner starts; the worker bundle sits at dist/worker/index.js.
await runAction({
  workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
  env: process.env,
  workerEntry: fileURLToPath(import.meta.resolve('./worker/index.js')),
})
