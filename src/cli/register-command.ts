import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { createSignIn } from '../auth/token-provider.js'
import type { RecordFileOut } from '../register/registration-records.js'
import { runRegistration } from '../register/run-registration.js'
import { type RegistrationSettings, RegistrationSettingsSchema } from '../register/settings.js'
import { gitHead, gitIsClean } from '../repo/git.js'
import { registrationFailure, registrationOutcome } from '../report/registration-outcome.js'
import { renderRegistrationText } from '../report/render-registration.js'
import { findRoot, MissingPathError } from './locate.js'
import type { CliIo } from './run-cli.js'

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

/** Secrets come from the environment, never from arguments (shell history, process lists). */
export const SECRET_VARIABLES = {
  clientSecret: 'AUTOPILOT_GITOPS_CLIENT_SECRET',
  clientCertificate: 'AUTOPILOT_GITOPS_CLIENT_CERTIFICATE',
  refreshToken: 'AUTOPILOT_GITOPS_REFRESH_TOKEN',
} as const

/**
 * `register`: the merge run from a local checkout, for trying the flow (the sandbox) or for a
 * partner without GitHub Actions. The records are written into the working tree, to be committed.
 */
export async function runRegisterCommand(
  given: string | undefined,
  options: RegisterCommandOptions,
  io: CliIo,
): Promise<number> {
  const root = await findRoot(path.resolve(io.cwd, given ?? '.'))
  if (!root)
    throw new MissingPathError(
      `no customers/ folder at or above ${given ?? '.'}: not an autopilot-gitops repository`,
    )
  const commit = await gitHead(root)
  if (!commit) throw new Error(`register needs a git checkout with a commit: ${root}`)
  // A record names the commit it registered: that commit must be what is on disk.
  if (!options.dryRun && !(await gitIsClean(root, 'customers')))
    throw new Error(
      'customers/ has changes that are not committed (device files, or the records of an earlier run): commit them first, so that the records name what was registered and this run knows what earlier runs sent',
    )
  const env = io.env ?? {}
  const settings = settingsOf(options)
  const report = await runRegistration({
    root,
    commit,
    approval: async () => ({ pullRequests: [], approvedBy: [], mergedBy: null }),
    retryFailed: options.retryFailed,
    dryRun: options.dryRun,
    concurrency: settings.concurrency,
    pollTimeoutMs: settings.pollTimeoutMinutes * 60_000,
    chunkSize: settings.chunkSize,
    partnerCenterUrl: settings.partnerCenterUrl,
    signIn: () => {
      if (!options.tenantId || !options.clientId)
        throw new Error('register needs --tenant-id and --client-id')
      return createSignIn({
        tenantId: options.tenantId,
        clientId: options.clientId,
        clientSecret: env[SECRET_VARIABLES.clientSecret],
        clientCertificate: env[SECRET_VARIABLES.clientCertificate],
        refreshToken: env[SECRET_VARIABLES.refreshToken],
        authorityHost: options.authorityHost,
        maskSecret: () => {},
      })
    },
    ...(io.checker ? { checker: io.checker } : {}),
    log: (message) => io.stderr(`${message}\n`),
    // Written as soon as the uploads are accepted: a run stopped while it waits leaves them behind
    // uncommitted, so the next run refuses to start until they are committed, and then follows them.
    keepInProgress: async (records) => {
      await writeRecords(root, records)
      for (const record of records) io.stderr(`Uploads in progress recorded: ${record.path}\n`)
    },
  })
  await writeRecords(root, report.records)
  const outcome = registrationOutcome(report, {
    commit,
    dryRun: options.dryRun,
    reviewed: [],
    records: report.records.map((r) => r.path),
    place: report.records.length > 0 ? { kind: 'working-tree' } : { kind: 'none' },
  })
  io.stdout(renderRegistrationText(outcome))
  if (report.records.length > 0) io.stdout('Commit the records: they are the audit trail.\n')
  return registrationFailure(outcome) ? 1 : 0
}

async function writeRecords(root: string, records: readonly RecordFileOut[]): Promise<void> {
  for (const record of records) {
    const file = path.join(root, record.path)
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, record.text, { flag: 'wx' })
  }
}

/** The options that the action takes as inputs too, checked against the same bounds. */
function settingsOf(options: RegisterCommandOptions): RegistrationSettings {
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
  throw new Error(
    parsed.error.issues
      .map((issue) => {
        const key = String(issue.path[0]) as keyof typeof flags
        return `--${flags[key]} is "${given[key] ?? ''}": ${issue.message}`
      })
      .join('; '),
  )
}
