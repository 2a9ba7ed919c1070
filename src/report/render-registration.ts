import { escapeControls } from '../findings/escape.js'
import { code, escapeMarkdown, table } from '../findings/markdown.js'
import { sayInTurn } from '../findings/text-list.js'
import type { Say } from '../messages/catalogue.js'
import { deviceLabelText } from '../rules/identity.js'
import type { OutcomeDevice, RegistrationOutcome } from './registration-outcome.js'
import { type Counted, countsColumns, failureWords, outcomeCounts } from './registration-words.js'
import { said } from './said.js'
import { type Links, sourceLink } from './source-link.js'

export { renderRegistrationText } from './render-registration-text.js'

export const REGISTRATION_MARKER = '<!-- autopilot-gitops:registration -->'

type Options = { links: Links; maxRows: number; say: Say }

/** The run as Markdown, for the job summary (maxRows large) and the merged pull request (small). */
export function renderRegistrationMarkdown(outcome: RegistrationOutcome, options: Options): string {
  const { say } = options
  const parts = [
    `## ${say(outcome.dryRun ? 'report.outcome.titleDryRun' : 'report.outcome.title')}`,
    headline(outcome, say),
    say('report.outcome.commitLine', {
      commit: code(outcome.commit.slice(0, 7)),
      digest: code(outcome.digest.slice(0, 16)),
      review: reviewLine(outcome, say),
    }),
  ]
  if (outcome.customers.length > 0) {
    // The retagged column only when a device moved: a run of one tag a customer never has it.
    const columns = countsColumns(outcome)
    const headers: ('customer' | 'groupTag' | Counted)[] = ['customer', 'groupTag', ...columns]
    parts.push(
      table(
        headers.map((c) => say(`report.column.${c}`)),
        outcome.customers.map((c) => [
          code(c.slug),
          code(c.groupTag),
          ...columns.map((column) => say.number(c[column])),
        ]),
      ),
    )
  }
  parts.push(...problemSections(outcome, options))
  parts.push(recordsSection(outcome, say))
  if (outcome.correlationId)
    parts.push(
      `<sub>${say('report.outcome.correlation', { id: code(outcome.correlationId) })}</sub>`,
    )
  return `${parts.filter(Boolean).join('\n\n')}\n`
}

/** What went wrong, section by section: customers stopped or skipped, devices failed or pending. */
function problemSections(outcome: RegistrationOutcome, options: Options): string[] {
  const { say } = options
  const parts: string[] = []
  const stopped = outcome.customers.filter((c) => c.error)
  if (stopped.length > 0) {
    const lines = stopped.map(
      (c) =>
        `- ${say('report.outcome.stoppedLine', { customer: code(c.slug), error: escapeMarkdown(said(say, c.error)) })}${createBatchMarkdown(c, say)}`,
    )
    parts.push(`### ${say('report.outcome.stoppedTitle')}\n\n${lines.join('\n')}`)
  }
  if (outcome.refused.length > 0) {
    const rows = outcome.refused
      .slice(0, options.maxRows)
      .map((r) => [
        code(r.customer),
        escapeMarkdown(r.device),
        sourceLink(r.source, options.links),
        escapeMarkdown(said(say, r.reason)),
      ])
    const headers = (['customer', 'device', 'request', 'why'] as const).map((h) =>
      say(`report.column.${h}`),
    )
    parts.push(
      `### ${say('report.outcome.refusedTitle')}\n\n${say('report.outcome.refusedIntro')}\n\n${table(headers, rows)}`,
    )
  }
  if (outcome.counts.skipped > 0) {
    const lines = outcome.skipped.map(
      (s) =>
        `- ${say('report.outcome.skippedLine', { customer: code(s.slug), reasons: escapeMarkdown(sayInTurn(say, s.reasons)), devices: s.devices })}`,
    )
    parts.push(
      `### ${say('report.outcome.skippedTitle')}\n\n${say('report.outcome.skippedIntro')}\n\n${lines.join('\n')}`,
    )
  }
  if (outcome.failed.length > 0) {
    const failed = deviceTable(outcome.failed, options, (d) => [
      escapeMarkdown(
        [d.errorCode, d.errorName].filter(Boolean).join(' ') || say('report.outcome.failed'),
      ),
      escapeMarkdown(
        `${failureWords(d, say)}${d.transient ? ` ${say('report.outcome.retried')}` : ''}`.trim(),
      ),
    ])
    parts.push(`### ${say('report.outcome.failedTitle')}\n\n${failed}`)
  }
  if (outcome.pending.length > 0) {
    const pending = deviceTable(outcome.pending, options, (d) => [code(d.trackingId ?? ''), ''])
    parts.push(
      `### ${say('report.outcome.pendingTitle')}\n\n${say('report.outcome.pendingIntro')}\n\n${pending}`,
    )
  }
  return parts
}

/** The command that creates a missing batch, to copy: a code block under the customer's line. */
function createBatchMarkdown(customer: RegistrationOutcome['customers'][number], say: Say): string {
  if (!customer.createBatch) return ''
  const command = escapeControls(customer.createBatch)
  const fence = '`'.repeat(Math.max(3, ...[...command.matchAll(/`+/g)].map((m) => m[0].length + 1)))
  return `\n\n  ${say('report.outcome.createBatch')}\n\n  ${fence}sh\n  ${command}\n  ${fence}`
}

function headline(outcome: RegistrationOutcome, say: Say): string {
  const { counts } = outcome
  if (outcome.dryRun)
    return say('report.outcome.dryRun', { devices: counts.wouldSend, customers: counts.skipped })
  const bits = [
    ...outcomeCounts(counts, say),
    say('report.outcome.count.skipped', { customers: counts.skipped }),
  ]
  const ok =
    counts.failed === 0 &&
    counts.skipped === 0 &&
    outcome.refused.length === 0 &&
    !outcome.customers.some((c) => c.error)
  return `${ok ? '✅' : '❌'} **${bits.join(' · ')}**`
}

function reviewLine(outcome: RegistrationOutcome, say: Say): string {
  if (outcome.reviewed.length === 0) return say('report.outcome.noPullRequest')
  return outcome.reviewed
    .map((r) => {
      const pr = String(r.number)
      if (!r.planDigest) return say('report.outcome.noPlan', { pr })
      return r.planDigest === outcome.digest
        ? say('report.outcome.matches', { pr })
        : say('report.outcome.differs', { pr, digest: code(r.planDigest.slice(0, 16)) })
    })
    .join(say('report.separator'))
}

function deviceTable(
  devices: readonly OutcomeDevice[],
  options: Options,
  extra: (device: OutcomeDevice) => [string, string],
): string {
  const { say } = options
  const rows = devices
    .slice(0, options.maxRows)
    .map((d) => [
      code(d.customer),
      escapeMarkdown(say.text(deviceLabelText(d))),
      sourceLink(d.source, options.links),
      ...extra(d),
    ])
  const more = devices.length - rows.length
  const headers = (['customer', 'device', 'source', 'result', 'whatNext'] as const).map((h) =>
    say(`report.column.${h}`),
  )
  return (
    table(headers, rows) +
    (more > 0 ? `\n\n${say('report.outcome.moreDevices', { devices: more })}` : '')
  )
}

function recordsSection(outcome: RegistrationOutcome, say: Say): string {
  if (outcome.records.length === 0) return outcome.dryRun ? '' : say('report.outcome.noRecords')
  const place = outcome.place
  const where =
    place.kind === 'commit'
      ? say('report.records.committed', { sha: code(place.sha.slice(0, 7)) })
      : place.kind === 'pull-request'
        ? say('report.records.pullRequest', { pr: String(place.number) })
        : place.kind === 'working-tree'
          ? say('report.records.workingTree')
          : place.kind === 'temp-only'
            ? `⚠️ ${say('report.records.notCommitted', { reason: escapeMarkdown(said(say, place.reason)) })}`
            : ''
  const copy = outcome.recordsCopy
    ? ` ${say('report.records.copy', { folder: code(outcome.recordsCopy) })}`
    : ''
  return `### ${say('report.records.title')}\n\n${where}${copy}\n\n${outcome.records.map((r) => `- ${code(r)}`).join('\n')}`
}
