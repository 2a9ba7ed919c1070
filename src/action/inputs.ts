import * as core from '@actions/core'
import { z } from 'zod'

const COMMANDS = ['auto', 'validate', 'plan'] as const

/** The action's inputs, kebab-case in action.yml, camelCase from here on. */
const InputsSchema = z.object({
  command: z.enum(COMMANDS).default('auto'),
  path: z.string().default('.'),
  failOn: z.enum(['error', 'warning', 'never']).default('error'),
  githubToken: z.string().optional(),
  comment: z.stringbool().default(true),
})
export type ActionInputs = z.output<typeof InputsSchema>

/** Each input's name in action.yml (test/action/action.test.ts checks they match). */
export const INPUT_NAMES: Record<keyof z.input<typeof InputsSchema>, string> = {
  command: 'command',
  path: 'path',
  failOn: 'fail-on',
  githubToken: 'github-token',
  comment: 'comment',
}

/** Reads and checks every input; a bad value names the input and the allowed values. */
export function readInputs(): ActionInputs {
  const raw: Record<string, string | undefined> = {}
  for (const [key, name] of Object.entries(INPUT_NAMES)) {
    const value = core.getInput(name)
    if (value !== '') raw[key] = value
  }
  if (raw.githubToken) core.setSecret(raw.githubToken)
  const parsed = InputsSchema.safeParse(raw)
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.map((issue) => {
    const key = String(issue.path[0]) as keyof typeof INPUT_NAMES
    const allowed = 'values' in issue ? ` (allowed: ${(issue.values as unknown[]).join(', ')})` : ''
    return `input ${INPUT_NAMES[key] ?? key} is "${raw[key] ?? ''}": ${issue.message}${allowed}`
  })
  throw new Error(problems.join('; '))
}
