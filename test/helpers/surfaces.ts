import { SECRETS } from './secrets.js'

// What no rendered surface (the log, a terminal, Markdown, a record) may hold, whatever its input.

/** Raw controls: C0 but the line breaks a renderer writes itself, DEL, C1, bidirectional ones. */
export const RAW_CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/

/** What the runner would act on in a line of the log: `::` at its start after blanks, `##[` anywhere. */
export function isWorkflowCommand(line: string): boolean {
  return /^\s*::/.test(line) || line.includes('##[')
}

/** The secrets and token prefixes of test/helpers/secrets.ts that `text` holds. */
export function secretsIn(text: string): string[] {
  return SECRETS.filter((secret) => text.includes(secret))
}
