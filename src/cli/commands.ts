import { text } from '../messages/text-of.js'
import { isReportName, REPORT_NAMES } from '../report/report-names.js'
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
import {
  adoptCommand,
  createBatch,
  doctorCommand,
  driftCommand,
  register,
} from './partner-center-commands.js'
import { behaviourHelp } from './sandbox-behaviour.js'

// Each command loads its code when it runs, with import(): the bundle splits at these imports
// (dist/engine/*.index.js), so that `validate` and `plan` do not load, in each run and in the
// engine worker's memory, the sign-in, HTTP, the Partner Center client and the sandbox.

const validate = defineCommand({
  name: 'validate',
  usage: (say) => say('cli.usage.validate'),
  options: FORMAT_OPTION,
  async run({ values, positionals }, io) {
    const { runValidate } = await import('./validate-command.js')
    return runValidate(positionals, formatOf(values), io)
  },
})

const plan = defineCommand({
  name: 'plan',
  usage: (say) => say('cli.usage.plan'),
  options: PLAN_OPTIONS,
  async run({ values, positionals }, io) {
    const [where] = atMost(positionals, 1, text('cli.takesOnePath', { command: 'plan' }))
    const format = formatOf(values)
    const { runPlanCommand } = await import('./plan-command.js')
    return runPlanCommand(where, { format, ...(values.base ? { base: values.base } : {}) }, io)
  },
})

const decodeHash = defineCommand({
  name: 'decode-hash',
  usage: (say) => say('cli.usage.decodeHash'),
  options: FORMAT_OPTION,
  async run({ values, positionals }, io) {
    const [hash, ...extra] = positionals
    if (hash === undefined || extra.length > 0)
      throw new UsageError(text('cli.decodeHash.takesOne'))
    const format = formatOf(values)
    const { runDecodeHash } = await import('./decode-hash-command.js')
    return runDecodeHash(hash === '-' ? await io.readStdin() : hash, format, io)
  },
})

const STRING = { type: 'string' } as const

const sandbox = defineCommand({
  name: 'sandbox',
  usage: (say) => say('cli.usage.sandbox', { switches: behaviourHelp('        ', say) }),
  options: {
    port: STRING,
    seed: STRING,
    'latency-ms': STRING,
    'polls-to-finish': STRING,
    'ms-to-finish': STRING,
    behave: STRING,
  },
  async run({ values, positionals }, io) {
    atMost(positionals, 0, text('cli.sandbox.noPath'))
    const options = givenOnly({
      port: values.port,
      seed: values.seed,
      latencyMs: values['latency-ms'],
      pollsToFinish: values['polls-to-finish'],
      msToFinish: values['ms-to-finish'],
      behave: values.behave,
    })
    const { runSandboxCommand } = await import('./sandbox-command.js')
    return runSandboxCommand(options, io, io.interrupted())
  },
})

const init = defineCommand({
  name: 'init',
  usage: (say) => say('cli.usage.init'),
  options: { customer: STRING, 'customer-id': STRING, name: STRING, 'group-tag': STRING },
  async run({ values, positionals }, io) {
    const [dir] = positionals
    if (dir === undefined || positionals.length > 1) throw new UsageError(text('cli.init.takesOne'))
    const slug = values.customer
    const customerId = values['customer-id']
    if ((slug === undefined) !== (customerId === undefined))
      throw new UsageError(text('cli.init.together'))
    const customer =
      slug && customerId
        ? {
            slug,
            customerId,
            ...givenOnly({ name: values.name, groupTag: values['group-tag'] }),
          }
        : undefined
    const { runInit } = await import('./init-command.js')
    return runInit(dir, customer ? { customer } : {}, io)
  },
})

const SCHEMAS = ['customer', 'record', ...REPORT_NAMES]

const schema = defineCommand({
  name: 'schema',
  usage: (say) => say('cli.usage.schema', { names: SCHEMAS.join('|') }),
  options: {},
  async run({ positionals }, io) {
    const [name = 'customer'] = atMost(positionals, 1, text('cli.schema.takesOne'))
    const json = await schemaOf(name)
    if (!json) throw new UsageError(text('cli.schema.unknown', { names: SCHEMAS.join(', '), name }))
    io.stdout(`${JSON.stringify(json, null, 2)}\n`)
    return 0
  },
})

/** The JSON Schema `schema NAME` prints; undefined for a name it does not know. */
async function schemaOf(name: string): Promise<Record<string, unknown> | undefined> {
  if (name === 'customer')
    return (await import('../config/customer-schema.js')).customerJsonSchema()
  if (name === 'record') return (await import('../ledger/record-schema.js')).recordJsonSchema()
  if (isReportName(name))
    return (await import('../report/report-schemas.js')).reportJsonSchema(name)
  return undefined
}

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
