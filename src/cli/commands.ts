import { customerJsonSchema } from '../config/customer-schema.js'
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
import { type CreateBatchOptions, runCreateBatch } from './create-batch-command.js'
import { runDecodeHash } from './decode-hash-command.js'
import { type DoctorOptions, runDoctorCommand } from './doctor-command.js'
import { runDriftCommand } from './drift-command.js'
import { runPlanCommand } from './plan-command.js'
import { type RegisterCommandOptions, runRegisterCommand } from './register-command.js'
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

const register = defineCommand({
  name: 'register',
  usage: `  autopilot-gitops register [PATH] --tenant-id ID --client-id ID [--partner-center-url URL]
      [--authority-host URL] [--dry-run] [--retry-failed] [--concurrency N]
      [--poll-timeout-minutes N] [--chunk-size N]
      Register what the plan says in Partner Center (or the sandbox), as the merge run does, and
      write one record per customer into the working tree. The checkout's customers/ must be
      committed. Secrets come from the environment only: AUTOPILOT_GITOPS_CLIENT_SECRET,
      AUTOPILOT_GITOPS_CLIENT_CERTIFICATE (PEM), AUTOPILOT_GITOPS_REFRESH_TOKEN. While Partner
      Center processes the uploads, each customer's progress goes to standard error.
      Exit 0: all registered; 1: a device failed or a customer was skipped; 2: could not run
      (bad arguments, ${NO_CUSTOMER}, no git commit, customers/ not committed).
`,
  options: {
    'tenant-id': STRING,
    'client-id': STRING,
    'authority-host': STRING,
    'partner-center-url': STRING,
    concurrency: STRING,
    'poll-timeout-minutes': STRING,
    'chunk-size': STRING,
    'dry-run': { type: 'boolean' },
    'retry-failed': { type: 'boolean' },
  },
  async run({ values, positionals }, io) {
    const [where] = atMost(positionals, 1, 'register takes one repository path')
    const options: RegisterCommandOptions = {
      ...givenOnly({
        tenantId: values['tenant-id'],
        clientId: values['client-id'],
        authorityHost: values['authority-host'],
        partnerCenterUrl: values['partner-center-url'],
        concurrency: values.concurrency,
        pollTimeoutMinutes: values['poll-timeout-minutes'],
        chunkSize: values['chunk-size'],
      }),
      dryRun: values['dry-run'] ?? false,
      retryFailed: values['retry-failed'] ?? false,
    }
    return runRegisterCommand(where, options, io)
  },
})

const createBatch = defineCommand({
  name: 'create-batch',
  usage: `  autopilot-gitops create-batch [PATH] --customer SLUG [--group-tag TAG] --tenant-id ID
      --client-id ID [--partner-center-url URL] [--authority-host URL] [--concurrency N]
      [--poll-timeout-minutes N] [--chunk-size N]
      Create a customer's device batch, which Partner Center allows only App+User: a partner
      admin signs in on another device with the code this prints (the app registration must
      allow public client flows; MFA applies). The customer's planned devices for the tag are
      sent, the first upload creating the batch, and recorded into the working tree as register
      does; later merges add devices app-only. With AUTOPILOT_GITOPS_CLIENT_SECRET or
      _CERTIFICATE set, every call but the create goes app-only.
      Exit 0: all registered; 1: a device failed, or nothing to send; 2: could not run.
`,
  options: {
    customer: STRING,
    'group-tag': STRING,
    'tenant-id': STRING,
    'client-id': STRING,
    'authority-host': STRING,
    'partner-center-url': STRING,
    concurrency: STRING,
    'poll-timeout-minutes': STRING,
    'chunk-size': STRING,
  },
  async run({ values, positionals }, io) {
    const [where] = atMost(positionals, 1, 'create-batch takes one repository path')
    if (!values.customer) throw new UsageError('create-batch needs --customer SLUG')
    const options: CreateBatchOptions = {
      customer: values.customer,
      ...givenOnly({
        groupTag: values['group-tag'],
        tenantId: values['tenant-id'],
        clientId: values['client-id'],
        authorityHost: values['authority-host'],
        partnerCenterUrl: values['partner-center-url'],
        concurrency: values.concurrency,
        pollTimeoutMinutes: values['poll-timeout-minutes'],
        chunkSize: values['chunk-size'],
      }),
    }
    return runCreateBatch(where, options, io)
  },
})

const doctorCommand = defineCommand({
  name: 'doctor',
  usage: `  autopilot-gitops doctor [PATH] --tenant-id ID --client-id ID [--partner-center-url URL]
      [--authority-host URL] [--format text|json]
      Before the first merge: sign in as the merge would (app-only, and App+User with
      AUTOPILOT_GITOPS_REFRESH_TOKEN), then ask Partner Center, read-only, for each customer's
      batches: reachable or refused (403: no relationship, or the app not registered), each
      group tag's batch existing or to be created, and whether this sign-in can create it.
      Exit 0: every customer would register; 1: one would not; 2: could not run.
`,
  options: {
    ...FORMAT_OPTION,
    'tenant-id': STRING,
    'client-id': STRING,
    'authority-host': STRING,
    'partner-center-url': STRING,
  },
  async run({ values, positionals }, io) {
    const [where] = atMost(positionals, 1, 'doctor takes one repository path')
    return runDoctorCommand(where, signInValues(values), io)
  },
})

/** The sign-in flags and the format, as doctor and drift take them. */
function signInValues(values: Record<string, string | boolean | undefined>): DoctorOptions {
  const text = (name: string) => {
    const value = values[name]
    return typeof value === 'string' ? value : undefined
  }
  return {
    ...givenOnly({
      tenantId: text('tenant-id'),
      clientId: text('client-id'),
      authorityHost: text('authority-host'),
      partnerCenterUrl: text('partner-center-url'),
    }),
    format: formatOf({ format: text('format') }),
  }
}

const driftCommand = defineCommand({
  name: 'drift',
  usage: `  autopilot-gitops drift [PATH] --tenant-id ID --client-id ID [--partner-center-url URL]
      [--authority-host URL] [--format text|json]
      Compare Partner Center with the latest state of the records, read-only and app-only: per
      customer, devices Partner Center has that the records do not (unknown), recorded as
      registered and in no batch (missing), in another batch than recorded (moved), recorded
      pending and in their batch since (finished).
      Exit 0: no drift; 1: drift, or a customer could not be compared; 2: could not run.
`,
  options: doctorCommand.options,
  async run({ values, positionals }, io) {
    const [where] = atMost(positionals, 1, 'drift takes one repository path')
    return runDriftCommand(where, signInValues(values), io)
  },
})

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

const SCHEMAS = ['customer', ...Object.keys(REPORT_SCHEMAS)]

const schema = defineCommand({
  name: 'schema',
  usage: `  autopilot-gitops schema [${SCHEMAS.join('|')}]
      Print a JSON Schema: of customer.yml (the default), for editors; or of the JSON that
      validate, plan (the action's report output too) or decode-hash print with --format json.
`,
  options: {},
  async run({ positionals }, io) {
    const [name = 'customer'] = atMost(positionals, 1, 'schema takes one name')
    const json =
      name === 'customer'
        ? customerJsonSchema()
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
  validate,
  plan,
  decodeHash,
  register,
  createBatch,
  doctorCommand,
  driftCommand,
  sandbox,
  schema,
]

export function findCommand(name: string): CliCommand | undefined {
  return COMMANDS.find((command) => command.name === name)
}
