// `npm run bench [-- --customers N --devices M --per-file K --encoding utf-8|utf-16le --quoted --runs R
//   --register-customers C --register-devices D --latency-ms L --concurrency K --cli PATH --scale]`
// Times `autopilot-gitops validate` (the bundled CLI, as a partner runs it) against bare csv-parse
// over the same bytes, in the same run, and reports rows/s, MB/s, the ratio and peak RSS; then the
// pull-request plan over the plain repository and over the same one with every field quoted, with
// the ratio of the two. `--quoted` makes the validate comparison read the quoted repository.
// `--cli` times another build of the CLI (`node scripts/build.mjs /tmp/x` writes one) than dist/.
import { spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { makeRepository } from './make-repository.mjs'
import { timePlan } from './plan.mjs'
import { timeRegistration } from './register.mjs'
import { countRecordedCalls, parseServed } from './register-calls.mjs'
import { timeScale } from './scale.mjs'

const { values } = parseArgs({
  options: {
    customers: { type: 'string', default: '100' },
    devices: { type: 'string', default: '1000' },
    'per-file': { type: 'string', default: '500' },
    encoding: { type: 'string', default: 'utf-8' },
    runs: { type: 'string', default: '3' },
    quoted: { type: 'boolean', default: false },
    scale: { type: 'boolean', default: false },
    'register-customers': { type: 'string', default: '20' },
    'register-devices': { type: 'string', default: '500' },
    'latency-ms': { type: 'string', default: '100' },
    concurrency: { type: 'string', default: '4' },
    cli: { type: 'string', default: 'dist/cli/index.js' },
  },
})
const customers = Number(values.customers)
const devicesPerCustomer = Number(values.devices)
const runs = Number(values.runs)
const devices = customers * devicesPerCustomer
const cli = values.cli

const started = performance.now()
const repository = (quoted) =>
  makeRepository({
    customers,
    devicesPerCustomer,
    devicesPerFile: Number(values['per-file']),
    encoding: values.encoding,
    quoted,
  })
const root = repository(values.quoted)
const files = readdirSync(root, { recursive: true }).filter((f) => f.endsWith('.csv'))
const bytes = files.reduce((sum, f) => sum + statSync(path.join(root, f)).size, 0)
console.log(
  `repository: ${customers} customers × ${devicesPerCustomer} devices = ${devices} devices in ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB ${values.encoding}${values.quoted ? ', every field quoted' : ''} (ready in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
)

function timed(args) {
  const t0 = performance.now()
  const run = spawnSync(process.execPath, ['--import', './bench/report-rss.mjs', ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  })
  const ms = performance.now() - t0
  const rss = Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(run.stderr)?.[1] ?? Number.NaN) / 1024
  return { ms, rss, stdout: run.stdout, status: run.status }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const results = { bare: [], validate: [] }
for (let i = 0; i < runs; i++) {
  // Alternate, so that neither side always runs on a warmer machine.
  const bare = timed(['bench/bare-csv-parse.mjs', root])
  const records = JSON.parse(bare.stdout).records
  if (records !== devices + files.length) throw new Error(`bare csv-parse read ${records} records`)
  results.bare.push(bare)
  const validate = timed([cli, 'validate', root, '--format', 'json'])
  const report = JSON.parse(validate.stdout)
  if (validate.status !== 0 || report.summary.devices !== devices) {
    throw new Error(
      `validate did not pass the synthetic repository: ${JSON.stringify(report.summary)}`,
    )
  }
  results.validate.push(validate)
}

const row = (name, list) => {
  const ms = median(list.map((r) => r.ms))
  const rss = Math.max(...list.map((r) => r.rss))
  return { name, ms, rss, rowsPerS: devices / (ms / 1000), mbPerS: bytes / 1e6 / (ms / 1000) }
}
const bare = row('bare csv-parse', results.bare)
const engine = row('autopilot-gitops validate', results.validate)
console.log(
  `\n${'what'.padEnd(28)}${'median s'.padStart(10)}${'rows/s'.padStart(10)}${'MB/s'.padStart(8)}${'peak RSS MB'.padStart(13)}`,
)
for (const r of [bare, engine]) {
  console.log(
    `${r.name.padEnd(28)}${(r.ms / 1000).toFixed(2).padStart(10)}${Math.round(r.rowsPerS).toString().padStart(10)}${r.mbPerS.toFixed(1).padStart(8)}${r.rss.toFixed(0).padStart(13)}`,
  )
}
const ratio = bare.ms / engine.ms
console.log(
  `\nthroughput ratio validate / bare csv-parse: ${ratio.toFixed(2)}× (median of ${runs} runs each)`,
)
const verdict = (ok) => (ok ? 'met' : 'MISSED')
const scale = 100_000 / devices
console.log(
  `target 100,000 devices < 10 s: ${((engine.ms * scale) / 1000).toFixed(1)} s (scaled) ${verdict(engine.ms * scale < 10_000)}`,
)
console.log(`target ratio ≥ 0.8×: ${verdict(ratio >= 0.8)}`)
console.log(`target peak RSS < 250 MB: ${verdict(engine.rss < 250)}`)

if (values.scale) {
  console.log(
    `\nshapes that scale badly (issue 11), median time of ${runs} runs each, the highest peak:`,
  )
  timeScale(cli, engine.ms / 1000, runs)
}

// Both dialects in the same run, so that their ratio compares like with like.
const plans = [false, true].map((quoted) => ({
  quoted,
  ms: timePlan(repository(quoted), runs, { cli, quoted }),
}))
console.log(
  `\npull request adding one 1,000-device file to ${devices} devices: plan --base HEAD (median of ${runs})`,
)
for (const { quoted, ms } of plans) {
  console.log(
    `  ${(quoted ? 'every field quoted' : 'no quotes').padEnd(20)}${(ms / 1000).toFixed(2).padStart(6)} s; target < 5 s at 100,000: ${verdict(ms * scale < 5000)}`,
  )
}
const [plain, quoted] = plans.map((p) => p.ms)
console.log(`  ratio quoted / no quotes: ${(quoted / plain).toFixed(2)}×`)

const registration = {
  customers: Number(values['register-customers']),
  devices: Number(values['register-devices']),
  latencyMs: Number(values['latency-ms']),
  pollsToFinish: 2,
  concurrency: Number(values.concurrency),
  cli,
}
const registered = await timeRegistration(registration)
console.log(
  `\nregistering ${registration.customers} customers × ${registration.devices} devices against the sandbox (${registration.latencyMs} ms a call, uploads finished after ${registration.pollsToFinish} polls, concurrency ${registration.concurrency}): ${(registered.ms / 1000).toFixed(2)} s; ${registered.served}`,
)
console.log(
  `ideal (uploads and polls only, customers in parallel): ${(registered.idealMs / 1000).toFixed(2)} s; ratio ${(registered.ms / registered.idealMs).toFixed(2)}×`,
)
const served = parseServed(registered.served).total
console.log(
  `calls: ${served} served, ${registered.idealCalls} ideal (each upload and its polls); ratio ${(served / registered.idealCalls).toFixed(2)}×, target ≤ 1.2×: ${served <= 1.2 * registered.idealCalls ? 'met' : 'NOT met'}`,
)
const recorded = await countRecordedCalls({ registered: 20_000, added: 10, cli })
console.log(
  `adding 10 devices to a customer with 20,000 registered and recorded: ${recorded.calls.total} calls (${recorded.uploads} upload, ${recorded.polls} status polls, ${recorded.others} other); target at most 1 upload, its polls and 2 other calls: ${recorded.uploads <= 1 && recorded.others <= 2 ? 'met' : 'NOT met'}`,
)
