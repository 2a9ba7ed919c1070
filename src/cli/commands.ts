import { customerJsonSchema } from '../config/customer-schema.js'
import { recordJsonSchema } from '../ledger/record-schema.js'
import { REPORT_SCHEMAS, type ReportName, reportJsonSchema } from '../report/report-schemas.js'
import {
  atMost,
  type CliCommand,
  defineCommand,
  FORMAT_OPTION,
  formatOf,
  givenOnly,
  PLAN_OPTIONS,
  UsageError,
} from './command.js'
import { runDecodeHash } from './decode-hash-command.js'
import { runInit } from './init-command.js'
import {
  adoptCommand,
  createBatch,
  doctorCommand,
  driftCommand,
  register,
} from './partner-center-commands.js'
import { runPlanCommand } from './plan-command.js'
import { behaviourHelp } from './sandbox-behaviour.js'
import { runSandboxCommand } from './sandbox-command.js'
import { runValidate } from './validate-command.js'

const NO_CUSTOMER = 'no customers/<slug>/ folder'

const validate = defineCommand({
  name: 'validate',
  usage: `  autopilot-gitops validate [PATH...] [--format text|json]
      Check device CSVs and customer.yml files offline. PATH is a repository root (default .),
      a customer folder or single files; a file outside any repository is checked on its own.
      Exit 0: no errors; 1: errors found; 2: could not run (bad arguments, a missing path,
      ${NO_CUSTOMER} at or above a folder given).
`,
  options: FORMAT_OPTION,
  run: ({ values, positionals }, io) => runValidate(positionals, formatOf(values), io),
})

const plan = defineCommand({
  name: 'plan',
  usage: `  autopilot-gitops plan [PATH] [--base REF] [--format text|json]
      What merging would register, per customer, from the CSVs and the registration records.
      With --base, findings count only in the files changed since REF (committed or not).
      Exit 0: no errors; 1: errors found; 2: could not run (bad arguments, a missing path,
      ${NO_CUSTOMER}, no git repository or no REF for --base).
`,
  options: PLAN_OPTIONS,
  async run({ values, positionals }, io) {
    const [where] = atMost(positionals, 1, 'plan takes one repository path')
    const format = formatOf(values)
    return runPlanCommand(where, { format, ...(values.base ? { base: values.base } : {}) }, io)
  },
})

const decodeHash = defineCommand({
  name: 'decode-hash',
  usage: `  autopilot-gitops decode-hash <HASH|-> [--format text|json]
      Show what a Windows Autopilot hardware hash holds ('-' reads it from standard input).
      Exit 0: valid hash; 1: damaged or not a hash; 2: could not run.
`,
  options: FORMAT_OPTION,
  async run({ values, positionals }, io) {
    const [hash, ...extra] = positionals
    if (hash === undefined || extra.length > 0)
      throw new UsageError('decode-hash takes one hash, or - to read it from standard input')
    const format = formatOf(values)
    return runDecodeHash(hash === '-' ? await io.readStdin() : hash, format, io)
  },
})

const STRING = { type: 'string' } as const

const sandbox = defineCommand({
  name: 'sandbox',
  usage: `  autopilot-gitops sandbox [--port N] [--seed FILE] [--latency-ms N] [--polls-to-finish N]
      [--ms-to-finish N] [--behave LIST]
      Run the Partner Center sandbox (device-batch API and token endpoint) until Ctrl+C, then
      say how many calls it served. --latency-ms delays every answer (a network's round trip);
      --polls-to-finish is how many status polls an upload stays queued or processing (2);
      --ms-to-finish ends an upload after that long, polled or not (then only with
      --polls-to-finish does a poll count end it sooner). --behave makes it act as Partner
      Center may where its documentation is silent, a comma-separated list of:
${behaviourHelp('        ')}
`,
  options: {
    port: STRING,
    seed: STRING,
    'latency-ms': STRING,
    'polls-to-finish': STRING,
    'ms-to-finish': STRING,
    behave: STRING,
  },
  run({ values, positionals }, io) {
    atMost(positionals, 0, 'sandbox takes no path')
    const options = givenOnly({
      port: values.port,
      seed: values.seed,
      latencyMs: values['latency-ms'],
      pollsToFinish: values['polls-to-finish'],
      msToFinish: values['ms-to-finish'],
      behave: values.behave,
    })
    return runSandboxCommand(options, io, io.interrupted())
  },
})

const init = defineCommand({
  name: 'init',
  usage: `  autopilot-gitops init <DIR> [--customer SLUG --customer-id GUID [--name NAME]
      [--group-tag TAG]]
      Make a partner's repository in DIR (new or empty) from the template this package carries:
      every file, git init, one commit, the workflows pinned to this release. With --customer,
      that customer's customer.yml instead of the example. Then says what to do next.
      Exit 0: made; 2: could not (DIR not empty, a bad slug or tenant id).
`,
  options: { customer: STRING, 'customer-id': STRING, name: STRING, 'group-tag': STRING },
  run({ values, positionals }, io) {
    const [dir] = positionals
    if (dir === undefined || positionals.length > 1) throw new UsageError('init takes one folder')
    const slug = values.customer
    const customerId = values['customer-id']
    if ((slug === undefined) !== (customerId === undefined))
      throw new UsageError('init takes --customer and --customer-id together')
    const customer =
      slug && customerId
        ? {
            slug,
            customerId,
            ...givenOnly({ name: values.name, groupTag: values['group-tag'] }),
          }
        : undefined
    return runInit(dir, customer ? { customer } : {}, io)
  },
})

const SCHEMAS = ['customer', 'record', ...Object.keys(REPORT_SCHEMAS)]

const schema = defineCommand({
  name: 'schema',
  usage: `  autopilot-gitops schema [${SCHEMAS.join('|')}]
      Print a JSON Schema: of customer.yml (the default), for editors; of a registration record
      (record); or of the JSON that validate, plan (the action's report output too), decode-hash,
      doctor or drift print with --format json.
`,
  options: {},
  async run({ positionals }, io) {
    const [name = 'customer'] = atMost(positionals, 1, 'schema takes one name')
    const json =
      name === 'customer'
        ? customerJsonSchema()
        : name === 'record'
          ? recordJsonSchema()
          : Object.hasOwn(REPORT_SCHEMAS, name)
            ? reportJsonSchema(name as ReportName)
            : undefined
    if (!json) throw new UsageError(`schema takes ${SCHEMAS.join(', ')}, not ${name}`)
    io.stdout(`${JSON.stringify(json, null, 2)}\n`)
    return 0
  },
})

/** Every command of the CLI, in the order the usage lists them. */
export const COMMANDS: readonly CliCommand[] = [
  init,
  validate,
  plan,
  decodeHash,
  register,
  createBatch,
  doctorCommand,
  driftCommand,
  adoptCommand,
  sandbox,
  schema,
]

export function findCommand(name: string): CliCommand | undefined {
  return COMMANDS.find((command) => command.name === name)
}
