import { z } from 'zod'
import { ACTION_SETTING_NAMES } from '../auth/setting-names.js'
import { TextError } from '../findings/error-words.js'
import { isLanguage, LANGUAGES, type Language } from '../messages/language.js'
import { text } from '../messages/text-of.js'
import { RegistrationSettingsSchema } from '../register/settings.js'
import type { RunnerOutput } from './runner-output.js'

const COMMANDS = ['auto', 'validate', 'plan', 'register', 'doctor', 'drift', 'adopt'] as const

/** The action's inputs, kebab-case in action.yml, camelCase from here on. */
const InputsSchema = z.object({
  command: z.enum(COMMANDS).default('auto'),
  path: z.string().default('.'),
  failOn: z.enum(['error', 'warning', 'never']).default('error'),
  language: z.enum(LANGUAGES).default('en'),
  githubToken: z.string().optional(),
  customer: z.string().optional(),
  comment: z.stringbool().default(true),
  tenantId: z.string().optional(),
  clientId: z.string().optional(),
  clientSecret: z.string().optional(),
  clientCertificate: z.string().optional(),
  refreshToken: z.string().optional(),
  secretsToken: z.string().optional(),
  refreshTokenEnvironment: z.string().default('partner-center'),
  refreshTokenSecret: z.string().default('PARTNER_CENTER_REFRESH_TOKEN'),
  authorityHost: z.string().optional(),
  dryRun: z.stringbool().default(false),
  retryFailed: z.stringbool().default(false),
  ...RegistrationSettingsSchema.shape,
})
export type ActionInputs = z.output<typeof InputsSchema>

/** Each input's name in action.yml (test/action/action.test.ts checks they match). */
export const INPUT_NAMES: Record<keyof z.input<typeof InputsSchema>, string> = {
  command: 'command',
  path: 'path',
  failOn: 'fail-on',
  language: 'language',
  githubToken: 'github-token',
  customer: 'customer',
  comment: 'comment',
  // The sign-in's own messages name these: one spelling for both.
  tenantId: ACTION_SETTING_NAMES.tenantId,
  clientId: ACTION_SETTING_NAMES.clientId,
  clientSecret: ACTION_SETTING_NAMES.clientSecret,
  clientCertificate: ACTION_SETTING_NAMES.clientCertificate,
  refreshToken: ACTION_SETTING_NAMES.refreshToken,
  secretsToken: 'secrets-token',
  refreshTokenEnvironment: 'refresh-token-environment',
  refreshTokenSecret: 'refresh-token-secret',
  authorityHost: ACTION_SETTING_NAMES.authorityHost,
  partnerCenterUrl: 'partner-center-url',
  concurrency: 'concurrency',
  dryRun: 'dry-run',
  retryFailed: 'retry-failed',
  pollTimeoutMinutes: 'poll-timeout-minutes',
  chunkSize: 'chunk-size',
  maxDeregistrations: 'max-deregistrations',
}

const SECRET_INPUTS = [
  'githubToken',
  'clientSecret',
  'clientCertificate',
  'refreshToken',
  'secretsToken',
] as const

/** Reads and checks every input; a bad value names the input and the allowed values, never a secret's value. */
export function readInputs(runner: Pick<RunnerOutput, 'input' | 'mask'>): ActionInputs {
  const raw: Record<string, string | undefined> = {}
  for (const [key, name] of Object.entries(INPUT_NAMES)) {
    const value = runner.input(name)
    if (value !== '') raw[key] = value
  }
  // Masked before anything can print them: the runner masks secrets, not every input.
  for (const key of SECRET_INPUTS) {
    const value = raw[key]
    if (value) for (const line of maskedParts(value)) runner.mask(line)
  }
  const parsed = InputsSchema.safeParse(raw)
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.map((issue) => {
    const key = String(issue.path[0]) as keyof typeof INPUT_NAMES
    const input = INPUT_NAMES[key] ?? key
    const value = (SECRET_INPUTS as readonly string[]).includes(key) ? '***' : (raw[key] ?? '')
    // A choice (command, language, fail-on…) names the values it takes; else zod's words.
    if ('values' in issue) {
      const allowed = (issue.values as unknown[]).join(', ')
      return text('error.setup.inputChoice', { input, value, allowed })
    }
    return text('error.setup.input', { input, value, problem: issue.message })
  })
  throw new TextError(text('error.setup.inputs', { problems }))
}

/**
 * The language the run speaks in, from its input alone: so that a failure to read the other
 * inputs is told in it too. A language we do not speak is English here (readInputs refuses it).
 */
export function inputLanguage(runner: Pick<RunnerOutput, 'input'>): Language {
  const given = runner.input(INPUT_NAMES.language)
  return isLanguage(given) ? given : 'en'
}

/**
 * What the run's Redactor starts with: the secret inputs, and the runner's own tokens (that of
 * the OIDC token request, the runtime's, a GITHUB_TOKEN in the environment).
 */
export function configuredSecrets(inputs: ActionInputs, env: NodeJS.ProcessEnv) {
  return [
    ...SECRET_INPUTS.map((key) => inputs[key]),
    env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
    env.ACTIONS_RUNTIME_TOKEN,
    env.GITHUB_TOKEN,
  ]
}

/** A multi-line secret (a PEM) is masked line by line too: the runner masks per line of output. */
export function maskedParts(value: string): string[] {
  const lines = value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length >= 8 && !l.startsWith('-----'))
  return [...new Set([value, ...lines])]
}
