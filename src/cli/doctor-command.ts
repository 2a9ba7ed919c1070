import { createSignIn } from '../auth/token-provider.js'
import { runContext } from '../context/run-context.js'
import { createRedactor } from '../findings/redact.js'
import { localRepository } from '../repo/local-repository.js'
import { renderDoctorText } from '../report/render-doctor.js'
import { doctor } from '../use-cases/doctor.js'
import type { CliIo } from './cli-io.js'
import { requireRoot } from './locate.js'
import {
  connect,
  type RegisterCommandOptions,
  SECRET_VARIABLES,
  settingsOf,
  signInOptions,
} from './register-command.js'

export type DoctorOptions = Pick<
  RegisterCommandOptions,
  'tenantId' | 'clientId' | 'authorityHost' | 'partnerCenterUrl'
> & { format: 'text' | 'json' }

/**
 * `doctor`: before the first merge, whether it would work. Signs in as the merge would (app-only,
 * and App+User with a refresh token) and asks Partner Center, read-only, for each customer's
 * batches. Exit 0 only when every customer would register.
 */
export async function runDoctorCommand(
  given: string | undefined,
  options: DoctorOptions,
  io: CliIo,
): Promise<number> {
  const root = await requireRoot(given, io.cwd)
  if (!options.tenantId || !options.clientId)
    throw new Error('doctor needs --tenant-id and --client-id')
  const settings = settingsOf(options)
  const redactor = io.redactor ?? createRedactor()
  const env = io.env ?? {}
  const context = runContext({ log: (line) => io.stderr(`${line}\n`) })
  const report = await doctor({
    repository: localRepository({ root, topLevel: root }),
    partnerCenter: () => {
      const tokens = createSignIn({
        ...signInOptions(options, env, redactor),
        refreshToken: env[SECRET_VARIABLES.refreshToken],
      })
      return connect(tokens, settings, redactor, context)
    },
  })
  io.stdout(
    options.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderDoctorText(report),
  )
  return report.ready ? 0 : 1
}
