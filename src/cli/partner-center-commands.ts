import { runAdoptCommand } from './adopt-command.js'
import { atMost, defineCommand, FORMAT_OPTION, formatOf, givenOnly, UsageError } from './command.js'
import { type CreateBatchOptions, runCreateBatch } from './create-batch-command.js'
import { type DoctorOptions, runDoctorCommand } from './doctor-command.js'
import { runDriftCommand } from './drift-command.js'
import { type RegisterCommandOptions, runRegisterCommand } from './register-command.js'

// The commands that sign in to Partner Center: their flags, and how each hands them on.

const STRING = { type: 'string' } as const

/** Where to sign in and as which app: every command here takes them. */
const SIGN_IN = {
  'tenant-id': STRING,
  'client-id': STRING,
  'authority-host': STRING,
  'partner-center-url': STRING,
} as const

/** How a registration goes, as the action's inputs of the same names. */
const SENDING = {
  concurrency: STRING,
  'poll-timeout-minutes': STRING,
  'chunk-size': STRING,
} as const

/** What validate, plan and register say of a folder with no customer. */
const NO_CUSTOMER = 'no customers/<slug>/ folder'

export const register = defineCommand({
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
    ...SIGN_IN,
    ...SENDING,
    'dry-run': { type: 'boolean' },
    'retry-failed': { type: 'boolean' },
  },
  async run({ values, positionals }, io) {
    const [where] = atMost(positionals, 1, 'register takes one repository path')
    const options: RegisterCommandOptions = {
      ...registrationValues(values),
      dryRun: values['dry-run'] ?? false,
      retryFailed: values['retry-failed'] ?? false,
    }
    return runRegisterCommand(where, options, io)
  },
})

export const createBatch = defineCommand({
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
  options: { customer: STRING, 'group-tag': STRING, ...SIGN_IN, ...SENDING },
  async run({ values, positionals }, io) {
    const [where] = atMost(positionals, 1, 'create-batch takes one repository path')
    if (!values.customer) throw new UsageError('create-batch needs --customer SLUG')
    const options: CreateBatchOptions = {
      customer: values.customer,
      ...registrationValues(values),
      ...givenOnly({ groupTag: values['group-tag'] }),
    }
    return runCreateBatch(where, options, io)
  },
})

export const doctorCommand = defineCommand({
  name: 'doctor',
  usage: `  autopilot-gitops doctor [PATH] --tenant-id ID --client-id ID [--partner-center-url URL]
      [--authority-host URL] [--format text|json]
      Before the first merge: sign in as the merge would (app-only, and App+User with
      AUTOPILOT_GITOPS_REFRESH_TOKEN), then ask Partner Center, read-only, for each customer's
      batches: reachable or refused (403: no relationship, or the app not registered), each
      group tag's batch existing or to be created, and whether this sign-in can create it.
      Exit 0: every customer would register; 1: one would not; 2: could not run.
`,
  options: { ...FORMAT_OPTION, ...SIGN_IN },
  async run({ values, positionals }, io) {
    const [where] = atMost(positionals, 1, 'doctor takes one repository path')
    return runDoctorCommand(where, signInValues(values), io)
  },
})

/** The sign-in flags and how the sending goes, as register and create-batch take them. */
function registrationValues(values: Record<string, string | boolean | undefined>) {
  const text = (name: string) => {
    const value = values[name]
    return typeof value === 'string' ? value : undefined
  }
  return givenOnly({
    tenantId: text('tenant-id'),
    clientId: text('client-id'),
    authorityHost: text('authority-host'),
    partnerCenterUrl: text('partner-center-url'),
    concurrency: text('concurrency'),
    pollTimeoutMinutes: text('poll-timeout-minutes'),
    chunkSize: text('chunk-size'),
  })
}

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

export const driftCommand = defineCommand({
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

export const adoptCommand = defineCommand({
  name: 'adopt',
  usage: `  autopilot-gitops adopt [PATH] --customer SLUG --tenant-id ID --client-id ID
      [--partner-center-url URL] [--authority-host URL] [--format text|json]
      Write what Partner Center already has for a customer and the records lack, read-only and
      app-only: a device file customers/SLUG/devices/adopted-YYYYMMDD.csv (Partner Center's
      format, no hash) and one adoption record, each device registered with its Partner Center
      id. Devices already recorded are left alone. Commit both in a pull request.
      Exit 0: adopted, or nothing to adopt; 2: could not run.
`,
  options: { ...doctorCommand.options, customer: STRING },
  async run({ values, positionals }, io) {
    const [where] = atMost(positionals, 1, 'adopt takes one repository path')
    if (!values.customer) throw new UsageError('adopt needs --customer SLUG')
    return runAdoptCommand(where, { ...signInValues(values), customer: values.customer }, io)
  },
})
