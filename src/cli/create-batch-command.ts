import { createDeviceCodeSignIn } from '../auth/device-code-sign-in.js'
import { escapeControls } from '../findings/escape.js'
import type { Say } from '../messages/catalogue.js'
import { devicesToSend } from '../plan/registration-plan.js'
import type { MergeReport } from '../use-cases/register-merge.js'
import type { CliIo } from './cli-io.js'
import { type RegisterCommandOptions, runRegistration, signInOptions } from './register-command.js'

export interface CreateBatchOptions extends Omit<RegisterCommandOptions, 'dryRun' | 'retryFailed'> {
  customer: string
  groupTag?: string
}

/**
 * `create-batch`: what a merge run cannot do app-only. A partner admin signs in with a code on
 * another device (App+User, MFA as Partner Center requires), and the customer's planned devices
 * for the tag are sent: the first upload creates the batch. Records go into the working tree as
 * the register command writes them; the next merge adds whatever comes later, app-only.
 */
export function runCreateBatch(
  given: string | undefined,
  options: CreateBatchOptions,
  io: CliIo,
): Promise<number> {
  const only = { slug: options.customer, groupTag: options.groupTag }
  return runRegistration(given, { ...options, dryRun: false, retryFailed: false }, io, {
    name: 'create-batch',
    only,
    signIn: (env, redactor) =>
      createDeviceCodeSignIn({
        ...signInOptions(options, env, redactor),
        tell: (message) => io.stderr(`${escapeControls(message)}\n`),
      }),
    epilogue: (report, say) => nothingSent(report, options.customer, say),
  })
}

/** Partner Center makes a batch only with its first devices: say so when there were none. */
function nothingSent(report: MergeReport, slug: string, say: Say): string {
  const customer = report.plan.customers.find((c) => c.slug === slug)
  if (!customer || devicesToSend(customer) > 0) return ''
  if (customer.blocked) return ''
  return `${escapeControls(say('cli.createBatch.nothingSent', { slug }))}\n`
}
