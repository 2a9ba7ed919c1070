import { text } from '../messages/text-of.js'
import { atMost, defineCommand, FORMAT_OPTION, formatOf, givenOnly, UsageError } from './command.js'
import type { CreateBatchOptions } from './create-batch-command.js'
import type { DoctorOptions } from './doctor-command.js'
import type { RegisterCommandOptions } from './register-command.js'

// The commands that sign in to Partner Center: their flags, and how each hands them on. Each loads
// its code when it runs (see src/cli/commands.ts): sign-in, HTTP and the Partner Center client
// are not what validate or plan need.

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

export const register = defineCommand({
  name: 'register',
  usage: (say) => say('cli.usage.register'),
  options: {
    ...SIGN_IN,
    ...SENDING,
    'dry-run': { type: 'boolean' },
    'retry-failed': { type: 'boolean' },
  },
  async run({ values, positionals }, io) {
    const [where] = atMost(positionals, 1, text('cli.takesOnePath', { command: 'register' }))
    const options: RegisterCommandOptions = {
      ...registrationValues(values),
      dryRun: values['dry-run'] ?? false,
      retryFailed: values['retry-failed'] ?? false,
    }
    const { runRegisterCommand } = await import('./register-command.js')
    return runRegisterCommand(where, options, io)
  },
})

export const createBatch = defineCommand({
  name: 'create-batch',
  usage: (say) => say('cli.usage.createBatch'),
  options: { customer: STRING, 'group-tag': STRING, ...SIGN_IN, ...SENDING },
  async run({ values, positionals }, io) {
    const [where] = atMost(positionals, 1, text('cli.takesOnePath', { command: 'create-batch' }))
    if (!values.customer)
      throw new UsageError(text('cli.needsCustomer', { command: 'create-batch' }))
    const options: CreateBatchOptions = {
      customer: values.customer,
      ...registrationValues(values),
      ...givenOnly({ groupTag: values['group-tag'] }),
    }
    const { runCreateBatch } = await import('./create-batch-command.js')
    return runCreateBatch(where, options, io)
  },
})

export const doctorCommand = defineCommand({
  name: 'doctor',
  usage: (say) => say('cli.usage.doctor'),
  options: { ...FORMAT_OPTION, ...SIGN_IN },
  async run({ values, positionals }, io) {
    const [where] = atMost(positionals, 1, text('cli.takesOnePath', { command: 'doctor' }))
    const { runDoctorCommand } = await import('./doctor-command.js')
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
  usage: (say) => say('cli.usage.drift'),
  options: doctorCommand.options,
  async run({ values, positionals }, io) {
    const [where] = atMost(positionals, 1, text('cli.takesOnePath', { command: 'drift' }))
    const { runDriftCommand } = await import('./drift-command.js')
    return runDriftCommand(where, signInValues(values), io)
  },
})

export const adoptCommand = defineCommand({
  name: 'adopt',
  usage: (say) => say('cli.usage.adopt'),
  options: { ...doctorCommand.options, customer: STRING },
  async run({ values, positionals }, io) {
    const [where] = atMost(positionals, 1, text('cli.takesOnePath', { command: 'adopt' }))
    if (!values.customer) throw new UsageError(text('cli.needsCustomer', { command: 'adopt' }))
    const { runAdoptCommand } = await import('./adopt-command.js')
    return runAdoptCommand(where, { ...signInValues(values), customer: values.customer }, io)
  },
})
