import {
  CLI_SETTING_NAMES,
  createSignIn,
  type PartnerCenterSignIn,
} from '../auth/token-provider.js'
import { type RunContext, runContext } from '../context/run-context.js'
import { TextError } from '../findings/error-words.js'
import { createRedactor, type Redactor } from '../findings/redact.js'
import type { Say } from '../messages/catalogue.js'
import { text } from '../messages/text-of.js'
import { connectPartnerCenter } from '../partner-center/connect.js'
import { type RegistrationSettings, RegistrationSettingsSchema } from '../register/settings.js'
import { requireGitHead } from '../repo/git.js'
import { localRepository } from '../repo/local-repository.js'
import { workingTreeRecords } from '../repo/working-tree-records.js'
import type { CreateBatchSignIn } from '../report/create-batch-command.js'
import { progressDisplay, SYSTEM_CLOCK } from '../report/progress-display.js'
import { registrationFailure, registrationOutcome } from '../report/registration-outcome.js'
import { renderRegistrationText } from '../report/render-registration.js'
import type { PartnerCenterAccess } from '../use-cases/ports.js'
import {
  type MergeInput,
  type MergeReport,
  planMerge,
  registerMerge,
} from '../use-cases/register-merge.js'
import { type CliIo, sayOf } from './cli-io.js'
import { requireRoot } from './locate.js'
import { SECRET_VARIABLES } from './secret-variables.js'

export interface RegisterCommandOptions {
  tenantId?: string
  clientId?: string
  authorityHost?: string
  partnerCenterUrl?: string
  dryRun: boolean
  retryFailed: boolean
  concurrency?: string
  pollTimeoutMinutes?: string
  chunkSize?: string
}

/**
 * `register`: the merge run from a local checkout, for trying the flow (the sandbox) or for a
 * partner without GitHub Actions. The records are written into the working tree, to be committed.
 */
export function runRegisterCommand(
  given: string | undefined,
  options: RegisterCommandOptions,
  io: CliIo,
): Promise<number> {
  return runRegistration(given, options, io, {
    name: 'register',
    signIn: (env, redactor) =>
      createSignIn({
        ...signInOptions(options, env, redactor),
        refreshToken: env[SECRET_VARIABLES.refreshToken],
      }),
  })
}

/** How a registration command differs: its sign-in, and whether it keeps to one customer. */
export interface RegistrationCommand {
  name: 'register' | 'create-batch'
  signIn: (env: NodeJS.ProcessEnv, redactor: Redactor) => PartnerCenterSignIn
  only?: MergeInput['only']
  /** Said after the outcome, from what the run did. */
  epilogue?: (report: MergeReport, say: Say) => string
}

/** `register` and `create-batch`: the merge run from a local checkout, records into the working tree. */
export async function runRegistration(
  given: string | undefined,
  options: RegisterCommandOptions,
  io: CliIo,
  command: RegistrationCommand,
): Promise<number> {
  const root = await requireRoot(given, io.cwd)
  const commit = await requireGitHead(root)
  const repository = localRepository({ root, topLevel: root })
  const settings = settingsOf(options)
  // runCli's: what the command prints passes it; the sign-in tells it each token.
  const redactor = io.redactor ?? createRedactor()
  // Partner Center can take half an hour: each customer's standing on standard error meanwhile.
  const say = sayOf(io)
  const display = progressDisplay({
    clock: SYSTEM_CLOCK,
    terminal: io.stderrTerminal,
    write: io.stderr,
    say,
  })
  const context = runContext({ log: display.log, progress: display.update })
  const input = {
    repository,
    commit,
    github: null,
    settings: { ...settings, retryFailed: options.retryFailed },
    context,
    ...(command.only ? { only: command.only } : {}),
  }
  const report = await (options.dryRun
    ? planMerge(input)
    : registerMerge({
        ...input,
        partnerCenter: () => {
          if (!options.tenantId || !options.clientId)
            throw new TextError(text('cli.needsSignIn', { command: command.name }))
          const tokens = command.signIn(io.env ?? {}, redactor)
          return connect(tokens, settings, redactor, context)
        },
        records: workingTreeRecords({
          root,
          told: (file) => display.log(say('cli.register.inProgress', { file })),
        }),
      })
  ).finally(display.finish)
  const outcome = registrationOutcome(report, {
    commit,
    dryRun: options.dryRun,
    records: report.records.map((r) => r.path),
    signIn: createBatchSignIn(given, options, settings),
  })
  io.stdout(renderRegistrationText(outcome, say))
  if (command.epilogue) io.stdout(command.epilogue(report, say))
  if (report.records.length > 0) io.stdout(`${say('cli.register.commitRecords')}\n`)
  return registrationFailure(outcome, say) ? 1 : 0
}

/** Where to sign in and as which app: the flags every Partner Center command takes. */
export type SignInFlags = Pick<
  RegisterCommandOptions,
  'tenantId' | 'clientId' | 'authorityHost' | 'partnerCenterUrl'
>

/** The sign-in settings the flags and the environment give; the refresh token is the caller's. */
export function signInOptions(options: SignInFlags, env: NodeJS.ProcessEnv, redactor: Redactor) {
  return {
    tenantId: options.tenantId ?? '',
    clientId: options.clientId ?? '',
    clientSecret: env[SECRET_VARIABLES.clientSecret],
    clientCertificate: env[SECRET_VARIABLES.clientCertificate],
    authorityHost: options.authorityHost,
    partnerCenterUrl: options.partnerCenterUrl,
    // No log to mask: each token the sign-in obtains is told to the Redactor.
    maskSecret: () => {},
    redactor,
    settings: CLI_SETTING_NAMES,
  }
}

function createBatchSignIn(
  given: string | undefined,
  options: RegisterCommandOptions,
  settings: RegistrationSettings,
): CreateBatchSignIn | undefined {
  if (!options.tenantId || !options.clientId) return undefined
  return {
    program: 'autopilot-gitops',
    path: given ?? '.',
    tenantId: options.tenantId,
    clientId: options.clientId,
    authorityHost: options.authorityHost,
    partnerCenterUrl: settings.partnerCenterUrl,
  }
}

/** Partner Center for a command: the client over this sign-in. */
export function connect(
  tokens: PartnerCenterSignIn,
  settings: RegistrationSettings,
  redactor: Redactor,
  context: RunContext,
): PartnerCenterAccess {
  return connectPartnerCenter(tokens, settings, redactor.redact, context)
}

/** The options that the action takes as inputs too, checked against the same bounds. */
export function settingsOf(
  options: Pick<
    RegisterCommandOptions,
    'partnerCenterUrl' | 'concurrency' | 'pollTimeoutMinutes' | 'chunkSize'
  >,
): RegistrationSettings {
  const flags = {
    partnerCenterUrl: 'partner-center-url',
    concurrency: 'concurrency',
    pollTimeoutMinutes: 'poll-timeout-minutes',
    chunkSize: 'chunk-size',
  } as const
  const given = Object.fromEntries(
    Object.keys(flags)
      .map((key) => [key, options[key as keyof typeof flags]])
      .filter(([, value]) => value !== undefined),
  )
  const parsed = RegistrationSettingsSchema.safeParse(given)
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.map((issue) => {
    const key = String(issue.path[0]) as keyof typeof flags
    // zod's words for what is wrong with the value (a bound, a number expected).
    const value = { flag: flags[key], value: String(given[key] ?? ''), problem: issue.message }
    return text('cli.badSetting', value)
  })
  throw new TextError(text('cli.badSettings', { problems }))
}
