// Partner Center calls that grow with the work sent, not with what is registered (issue 12): a
// merge that adds a few devices to a customer with many registered and recorded ones. The batch
// in the sandbox holds the registered devices, the repository their record; the bundled
// `register` sends the new ones. Reports the calls the sandbox served, by method.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { startSandboxProcess } from '../scripts/sandbox-process.mjs'
import { commitAll, deviceRow, HEADER, registeredRecord } from './make-repository.mjs'

/** Counts as the CLI writes them in English (`10,000 registered`). */
const COUNT = new Intl.NumberFormat('en-US')

const CUSTOMER_ID = '00000000-0000-4000-8000-000000000000'
const TAG = 'Microsoft365Managed_Autopilot'
const serialOf = (i) => `RECORDED${String(i).padStart(8, '0')}`

function recordedRepository(registered, added) {
  const root = path.resolve('.bench', `recorded-${registered}-plus-${added}`)
  if (existsSync(path.join(root, 'complete'))) return root
  const folder = path.join(root, 'customers/customer-0000')
  mkdirSync(path.join(folder, 'devices'), { recursive: true })
  mkdirSync(path.join(folder, 'registrations'), { recursive: true })
  writeFileSync(path.join(folder, 'customer.yml'), `name: Customer 0\ncustomerId: ${CUSTOMER_ID}\n`)
  const total = registered + added
  for (let start = 0; start < total; start += 1000) {
    const rows = [HEADER]
    for (let i = start; i < Math.min(start + 1000, total); i++) rows.push(deviceRow(serialOf(i)))
    const file = `order-${String(start).padStart(6, '0')}.csv`
    writeFileSync(path.join(folder, 'devices', file), `${rows.join('\r\n')}\r\n`)
  }
  const serials = Array.from({ length: registered }, (_, i) => serialOf(i))
  const record = registeredRecord(CUSTOMER_ID, TAG, serials)
  writeFileSync(path.join(folder, 'registrations', record.name), JSON.stringify(record.body))
  // What Partner Center holds: the registered devices, in the batch of the group tag.
  const batch = record.body.devices.map((d) => ({
    serialNumber: d.serialNumber,
    oemManufacturerName: d.manufacturer,
    modelName: d.model,
  }))
  const seed = { customers: { [CUSTOMER_ID]: { batches: { [TAG]: batch } } } }
  writeFileSync(
    path.join(path.dirname(root), `recorded-${registered}-seed.json`),
    JSON.stringify(seed),
  )
  commitAll(root)
  writeFileSync(path.join(root, 'complete'), '')
  return root
}

/** Served calls as the sandbox counts them: `{ total, POST, GET, DELETE }`. */
export function parseServed(served) {
  const count = (what) => Number(new RegExp(`(\\d+) ${what}`).exec(served)?.[1] ?? Number.NaN)
  return {
    total: Number(/Served (\d+)/.exec(served)?.[1] ?? Number.NaN),
    POST: count('POST'),
    GET: count('GET'),
  }
}

export async function countRecordedCalls({ registered, added, cli = 'dist/cli/index.js' }) {
  const root = recordedRepository(registered, added)
  const seed = path.join(path.dirname(root), `recorded-${registered}-seed.json`)
  const pollsToFinish = 1
  const sandbox = await startSandboxProcess(cli, [
    ...['--seed', seed, '--polls-to-finish', String(pollsToFinish)],
  ])
  // A copy of the checkout: the run writes records into it.
  const work = `${root}-run`
  spawnSync('rm', ['-rf', work])
  spawnSync('git', ['clone', '-q', root, work])
  const run = spawnSync(
    process.execPath,
    [cli, 'register', '--lang', 'en', work, ...sandbox.registerArgs],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      env: { ...process.env, ...sandbox.registerEnv },
    },
  )
  const served = await sandbox.stop()
  spawnSync('rm', ['-rf', work])
  if (run.status !== 0 || !run.stdout.includes(`${COUNT.format(added)} registered`)) {
    throw new Error(
      `register did not register the ${added} new devices (exit ${run.status}): ${run.stdout}${run.stderr}`,
    )
  }
  const calls = parseServed(served)
  // Its uploads, and for each the polls until it finished (pollsToFinish + 1 looks).
  const uploads = Math.ceil(added / 1000)
  const polls = uploads * (pollsToFinish + 1)
  return { calls, uploads, polls, others: calls.total - uploads - polls, served }
}
