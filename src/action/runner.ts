import { tmpdir } from 'node:os'
import type { Links } from '../report/render-summary.js'

// What the runner tells a step about where it runs: links, temp files, paths in the repository.

/** Links to the repository at `ref` and to this run, when the runner says where they are. */
export function linksOf(env: NodeJS.ProcessEnv, ref: string | undefined): Links {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env
  if (!server || !repository) return {}
  const base = `${server}/${repository}`
  return {
    repositoryUrl: base,
    ...(ref ? { ref } : {}),
    ...(runId ? { runUrl: `${base}/actions/runs/${runId}` } : {}),
  }
}

/** The run and its attempt, `4242-1`: names this run's files, so that a re-run writes new ones. */
export function runStamp(env: NodeJS.ProcessEnv): string {
  return `${env.GITHUB_RUN_ID ?? 'local'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`
}

/**
 * The runner's temp folder; outside a runner, the machine's. (A folder of the working directory
 * would end up committed: ncc even copied one into dist/ as an asset.)
 */
export function runnerTemp(env: NodeJS.ProcessEnv): string {
  return env.RUNNER_TEMP ?? tmpdir()
}
