import { createSignIn } from '../auth/token-provider.js'
import { runContext } from '../context/run-context.js'
import { createRedactor } from '../findings/redact.js'
import { localRepository } from '../repo/local-repository.js'
import { renderDriftText } from '../report/render-drift.js'
import { detectDrift } from '../use-cases/drift.js'
import type { CliIo } from './cli-io.js'
import type { DoctorOptions } from './doctor-command.js'
import { requireRoot } from './locate.js'
import { connect, settingsOf, signInOptions } from './register-command.js'

/**
 * `drift`: Partner Center against the records, read-only and app-only. Exit 1 when they
 * disagree, or a customer could not be compared.
 */
export async function runDriftCommand(
  given: string | undefined,
  options: DoctorOptions,
  io: CliIo,
): Promise<number> {
  const root = await requireRoot(given, io.cwd)
  if (!options.tenantId || !options.clientId)
    throw new Error('drift needs --tenant-id and --client-id')
  const settings = settingsOf(options)
  const redactor = io.redactor ?? createRedactor()
  const context = runContext({ log: (line) => io.stderr(`${line}\n`) })
  const report = await detectDrift({
    repository: localRepository({ root, topLevel: root }),
    // App-only: the refresh token, if set, is not redeemed for a read.
    partnerCenter: () =>
      connect(
        createSignIn(signInOptions(options, io.env ?? {}, redactor)),
        settings,
        redactor,
        context,
      ),
  })
  io.stdout(
    options.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderDriftText(report),
  )
  return report.drift ? 1 : 0
}
