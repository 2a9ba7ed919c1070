import { createSignIn } from '../auth/token-provider.js'
import { runContext } from '../context/run-context.js'
import { TextError } from '../findings/error-words.js'
import { createRedactor } from '../findings/redact.js'
import { text } from '../messages/text-of.js'
import type { ConnectPartnerCenter } from '../use-cases/ports.js'
import type { CliIo } from './cli-io.js'
import { requireRoot } from './locate.js'
import { connect, type SignInFlags, settingsOf, signInOptions } from './register-command.js'
import { SECRET_VARIABLES } from './secret-variables.js'

/** The flags of the commands that sign in to read: where to, as whom, and the output's format. */
export type SignInCommandOptions = SignInFlags & { format: 'text' | 'json' }

/**
 * What doctor, drift and adopt start from: the checkout, and Partner Center as the flags and the
 * environment sign in to it, app-only unless `appUser` (doctor checks the refresh token too).
 */
export async function partnerCenterAccess(
  name: string,
  given: string | undefined,
  options: SignInCommandOptions,
  io: CliIo & { appUser?: boolean },
): Promise<{ root: string; partnerCenter: ConnectPartnerCenter }> {
  const root = await requireRoot(given, io.cwd)
  if (!options.tenantId || !options.clientId)
    throw new TextError(text('cli.needsSignIn', { command: name }))
  const settings = settingsOf(options)
  const redactor = io.redactor ?? createRedactor()
  const env = io.env ?? {}
  const context = runContext({ log: (line) => io.stderr(`${line}\n`) })
  const refreshToken = io.appUser ? env[SECRET_VARIABLES.refreshToken] : undefined
  return {
    root,
    partnerCenter: () =>
      connect(
        createSignIn({ ...signInOptions(options, env, redactor), refreshToken }),
        settings,
        redactor,
        context,
      ),
  }
}
