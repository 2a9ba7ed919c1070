import { code, escapeMarkdown } from '../findings/markdown.js'

/** What became of the stored refresh token in this run. */
export type RefreshTokenNote = { environment: string; secret: string } & (
  | { kind: 'renewed' }
  | { kind: 'not-renewed'; lastReplaced?: string }
  | { kind: 'failed'; reason: string }
)

const LIFETIME_DAYS = 90
const DAY_MS = 24 * 3600_000

const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' })

/** The note as one paragraph of Markdown, under its own heading; a warning line for the log. */
export function renderRefreshTokenNote(note: RefreshTokenNote): {
  markdown: string
  warning?: string
} {
  const where = `the secret ${code(note.secret)} of the environment ${code(note.environment)}`
  if (note.kind === 'renewed')
    return {
      markdown: `### Sign-in\n\nThe stored refresh token was redeemed, and the new one Microsoft Entra handed back is now ${where}: it works for ${LIFETIME_DAYS} days from today.`,
    }
  if (note.kind === 'failed') {
    const warning = `The stored refresh token could not be renewed: ${note.reason}`
    return {
      markdown: `### Sign-in\n\n⚠️ ${escapeMarkdown(warning)}. The one in ${where} keeps working until ${LIFETIME_DAYS} days after it was issued; the next run tries again.`,
      warning,
    }
  }
  const replaced = note.lastReplaced ? Date.parse(note.lastReplaced) : Number.NaN
  const when = Number.isNaN(replaced)
    ? 'When it was last replaced is unknown (the workflow token may not read when a secret changed).'
    : `It was last replaced on ${day.format(replaced)}, so it stops working about ${day.format(replaced + LIFETIME_DAYS * DAY_MS)}.`
  const warning =
    'The stored refresh token is not being renewed: give the workflow secrets-token so that each run stores the one Microsoft Entra hands back'
  return {
    markdown: `### Sign-in\n\n⚠️ The stored refresh token (${where}) is not being renewed. Microsoft Entra replaces a refresh token at each use, and the stored one stops working ${LIFETIME_DAYS} days after it was issued (\`AADSTS700082\`), whether it is used or not. ${when} Give the workflow ${code('secrets-token')} (a token allowed to write environment secrets) and each run stores the new one; or, with no stored token at all, a partner admin creates new batches with ${code('autopilot-gitops create-batch')}.`,
    warning,
  }
}
