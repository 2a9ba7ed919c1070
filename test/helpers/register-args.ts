import { SANDBOX_APP } from '../../src/sandbox/start-sandbox.js'

/** `autopilot-gitops register` of a checkout against a sandbox, signed in as its demo app. */
export const registerArgs = (
  root: string,
  sandbox: { authorityHost: string; partnerCenterUrl: string },
  extra: readonly string[] = [],
) => [
  'register',
  root,
  '--tenant-id',
  SANDBOX_APP.tenantId,
  '--client-id',
  SANDBOX_APP.clientId,
  '--authority-host',
  sandbox.authorityHost,
  '--partner-center-url',
  sandbox.partnerCenterUrl,
  ...extra,
]
