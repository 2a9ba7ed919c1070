import { CLI_SETTING_NAMES } from '../auth/setting-names.js'

/**
 * Where the CLI's secrets come from: the environment, never arguments (shell history, process
 * lists), under the names the sign-in's errors give them (CLI_SETTING_NAMES). The sign-in commands
 * read these variables and every command's output is redacted of their values
 * (src/cli/run-cli.ts), so they sit apart from the sign-in commands, which the CLI loads only when
 * one of them runs (src/cli/commands.ts).
 */
export const SECRET_VARIABLES = {
  clientSecret: CLI_SETTING_NAMES.clientSecret,
  clientCertificate: CLI_SETTING_NAMES.clientCertificate,
  refreshToken: CLI_SETTING_NAMES.refreshToken,
} as const
