// The merge run at scale: `autopilot-gitops register` (the bundled CLI) registers C customers × D
// devices against the sandbox, every answer delayed by a network's round trip. Reports the wall
// time, the HTTP calls the sandbox served, and the ratio to the ideal: only the uploads and the
// status polls, every customer at once, with the same pauses between polls.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startSandboxProcess } from '../scripts/sandbox-process.mjs'
import { commitAll, makeRepository } from './make-repository.mjs'

/** Counts as the CLI writes them in English (`10,000 registered`). */
const COUNT = new Intl.NumberFormat('en-US')

export async function timeRegistration({
  customers,
  devices,
  latencyMs,
  pollsToFinish,
  concurrency,
  cli = 'dist/cli/index.js',
}) {
  const source = makeRepository({
    customers,
    devicesPerCustomer: devices,
    devicesPerFile: devices,
    encoding: 'utf-8',
  })
  const root = path.join(mkdtempSync(path.join(tmpdir(), 'autopilot-gitops-bench-')), 'repo')
  cpSync(source, root, { recursive: true })
  rmSync(path.join(root, 'complete'), { force: true })
  commitAll(root)

  const sandbox = await startSandboxProcess(cli, [
    '--latency-ms',
    String(latencyMs),
    '--polls-to-finish',
    String(pollsToFinish),
  ])
  const t0 = performance.now()
  const run = spawnSync(
    process.execPath,
    [
      cli,
      'register',
      '--lang',
      'en',
      root,
      ...sandbox.registerArgs,
      ...['--concurrency', String(concurrency)],
    ],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      env: { ...process.env, ...sandbox.registerEnv },
    },
  )
  const ms = performance.now() - t0
  const served = await sandbox.stop()
  rmSync(path.dirname(root), { recursive: true, force: true })
  if (run.status !== 0 || !run.stdout.includes(`${COUNT.format(customers * devices)} registered`)) {
    throw new Error(
      `register did not register everything (exit ${run.status}): ${run.stdout}${run.stderr}`,
    )
  }
  // Per customer: its uploads and polls, one round trip each, and the pauses between the polls.
  const uploads = Math.ceil(devices / 1000)
  let pauses = 0
  for (
    let i = 0, interval = 2000;
    i < pollsToFinish;
    i++, interval = Math.min(Math.round(interval * 1.5), 30_000)
  )
    pauses += interval
  const idealMs = (uploads + pollsToFinish + 1) * latencyMs + pauses
  // The calls no run can do without: each upload, and its polls until it finished.
  const idealCalls = customers * uploads * (1 + pollsToFinish + 1)
  return { ms, idealMs, served, idealCalls }
}
