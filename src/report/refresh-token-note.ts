import { code, escapeMarkdown } from '../findings/markdown.js'
import type { Say } from '../messages/catalogue.js'

/** What became of the stored refresh token in this run. */
export type RefreshTokenNote = { environment: string; secret: string } & (
  | { kind: 'renewed' }
  | { kind: 'not-renewed'; lastReplaced?: string }
  | { kind: 'failed'; reason: string }
)

const LIFETIME_DAYS = 90
const DAY_MS = 24 * 3600_000

/**
 * The note as one paragraph of Markdown, under its own heading, in the run's language; a warning
 * line for the log, in English (log lines are for support).
 */
export function renderRefreshTokenNote(
  note: RefreshTokenNote,
  say: Say,
): {
  markdown: string
  warning?: string
} {
  const where = say('report.token.where', {
    secret: code(note.secret),
    environment: code(note.environment),
  })
  const title = `### ${say('report.token.title')}`
  const days = LIFETIME_DAYS
  if (note.kind === 'renewed')
    return { markdown: `${title}\n\n${say('report.token.renewed', { where, days })}` }
  if (note.kind === 'failed') {
    const failed = say('report.token.failed', { reason: escapeMarkdown(note.reason), where, days })
    return {
      markdown: `${title}\n\n⚠️ ${failed}`,
      warning: `The stored refresh token could not be renewed: ${note.reason}`,
    }
  }
  const replaced = note.lastReplaced ? Date.parse(note.lastReplaced) : Number.NaN
  const when = Number.isNaN(replaced)
    ? say('report.token.replacedUnknown')
    : say('report.token.replacedOn', { replaced, expires: replaced + LIFETIME_DAYS * DAY_MS })
  const warning =
    'The stored refresh token is not being renewed: give the workflow secrets-token so that each run stores the one Microsoft Entra hands back'
  const notRenewed = say('report.token.notRenewed', {
    where,
    days,
    when,
    secretsToken: code('secrets-token'),
    createBatch: code('autopilot-gitops create-batch'),
  })
  return { markdown: `${title}\n\n⚠️ ${notRenewed}`, warning }
}
