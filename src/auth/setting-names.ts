/**
 * What the user calls each sign-in setting where it is set, so that an error names the one to
 * fix: the action's inputs, or the CLI's flags and environment variables.
 */
export interface SettingNames {
  tenantId: string
  clientId: string
  clientSecret: string
  clientCertificate: string
  refreshToken: string
  authorityHost: string
  /** How to sign in without a stored secret, where there is a way: said when no credential is given. */
  withoutSecret?: string
}

/** The action's inputs (action.yml). */
export const ACTION_SETTING_NAMES: SettingNames = {
  tenantId: 'tenant-id',
  clientId: 'client-id',
  clientSecret: 'client-secret',
  clientCertificate: 'client-certificate',
  refreshToken: 'refresh-token',
  authorityHost: 'authority-host',
  withoutSecret:
    'let the workflow sign in without a secret (permissions: id-token: write, and a federated credential on the app registration)',
}

/**
 * The CLI's flags, and the environment variables that hold its secrets (SECRET_VARIABLES in
 * src/cli/secret-variables.ts names them from here).
 */
export const CLI_SETTING_NAMES: SettingNames = {
  tenantId: '--tenant-id',
  clientId: '--client-id',
  clientSecret: 'AUTOPILOT_GITOPS_CLIENT_SECRET',
  clientCertificate: 'AUTOPILOT_GITOPS_CLIENT_CERTIFICATE',
  refreshToken: 'AUTOPILOT_GITOPS_REFRESH_TOKEN',
  authorityHost: '--authority-host',
}
