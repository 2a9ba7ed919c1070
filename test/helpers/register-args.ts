import { SANDBOX_APP } from '../../src/sandbox/start-sandbox.js'
import { CHILD_ENV } from './paths.js'

type SandboxUrls = { authorityHost: string; partnerCenterUrl: string }

/** The sign-in flags of every command that speaks to Partner Center: the sandbox's demo app. */
export const signInArgs = (sandbox: SandboxUrls) => [
  '--tenant-id',
  SANDBOX_APP.tenantId,
  '--client-id',
  SANDBOX_APP.clientId,
  '--authority-host',
  sandbox.authorityHost,
  '--partner-center-url',
  sandbox.partnerCenterUrl,
]

/** `autopilot-gitops COMMAND` of a checkout against a sandbox, signed in as its demo app. */
export const commandArgs = (
  command: string,
  root: string,
  sandbox: SandboxUrls,
  extra: readonly string[] = [],
) => [command, root, ...signInArgs(sandbox), ...extra]

/** `autopilot-gitops register` of a checkout against a sandbox, signed in as its demo app. */
export const registerArgs = (root: string, sandbox: SandboxUrls, extra: readonly string[] = []) =>
  commandArgs('register', root, sandbox, extra)

/** The environment of a CLI run: the PATH, the sandbox's CA, and the secrets given. */
export const cliEnv = (secrets: Record<string, string> = {}) => ({
  ...CHILD_ENV,
  NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS ?? '',
  ...secrets,
})
