/**
 * Where the CLI's secrets come from: the environment, never arguments (shell history, process
 * lists). The sign-in commands read these variables and every command's output is redacted of
 * their values (src/cli/run-cli.ts), so they sit apart from the sign-in commands, which the CLI
 * loads only when one of them runs (src/cli/commands.ts).
 */
export const SECRET_VARIABLES = {
  clientSecret: 'AUTOPILOT_GITOPS_CLIENT_SECRET',
  clientCertificate: 'AUTOPILOT_GITOPS_CLIENT_CERTIFICATE',
  refreshToken: 'AUTOPILOT_GITOPS_REFRESH_TOKEN',
} as const
