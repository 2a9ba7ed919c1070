import { GLOBAL_CLOUD } from '../auth/cloud.js'

/** What the run was signed in with, by the names a command line gives them; no secret. */
export interface CreateBatchSignIn {
  /** How the partner starts the CLI: `npx autopilot-gitops@<version>` where it is not installed. */
  program: string
  /** The repository's folder, as the partner's checkout has it. */
  path: string
  tenantId: string
  clientId: string
  authorityHost?: string | undefined
  partnerCenterUrl?: string | undefined
}

/**
 * The command that creates a customer's missing batch with a partner admin's interactive sign-in,
 * for a run that could not (app-only): every value as the run used it, defaults left out.
 */
export function createBatchCommand(
  customer: { slug: string; groupTag: string },
  signIn: CreateBatchSignIn,
): string {
  const words = [
    signIn.program,
    'create-batch',
    quoted(signIn.path),
    '--customer',
    quoted(customer.slug),
    '--group-tag',
    quoted(customer.groupTag),
    '--tenant-id',
    quoted(signIn.tenantId),
    '--client-id',
    quoted(signIn.clientId),
  ]
  const { authorityHost, partnerCenterUrl } = signIn
  if (authorityHost && authorityHost !== GLOBAL_CLOUD.authorityHost)
    words.push('--authority-host', quoted(authorityHost))
  if (partnerCenterUrl && partnerCenterUrl !== GLOBAL_CLOUD.partnerCenter)
    words.push('--partner-center-url', quoted(partnerCenterUrl))
  return words.join(' ')
}

/** A word as a POSIX shell reads it back unchanged: single quotes unless it needs none. */
function quoted(word: string): string {
  if (/^[\w@%+=:,./-]+$/.test(word)) return word
  return `'${word.replaceAll("'", `'\\''`)}'`
}
