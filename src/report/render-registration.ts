import { escapeControls } from '../findings/escape.js'
import { oneLine } from '../findings/finding.js'
import { code, escapeMarkdown, plural, table } from '../findings/markdown.js'
import { english } from '../messages/catalogue.js'
import { deviceLabel } from '../rules/identity.js'
import type { OutcomeDevice, RegistrationOutcome } from './registration-outcome.js'
import { type Links, sourceLink } from './render-summary.js'

export const REGISTRATION_MARKER = '<!-- autopilot-gitops:registration -->'

/** The run as Markdown, for the job summary (maxRows large) and the merged pull request (small). */
export function renderRegistrationMarkdown(
  outcome: RegistrationOutcome,
  options: { links: Links; maxRows: number },
): string {
  const parts = [
    outcome.dryRun ? '## Autopilot registration (dry run)' : '## Autopilot registration',
    headline(outcome),
    `Commit ${code(outcome.commit.slice(0, 7))} · plan digest ${code(outcome.digest.slice(0, 16))} · ${reviewLine(outcome)}`,
  ]
  if (outcome.customers.length > 0) {
    // The retagged column only when a device moved: a run of one tag a customer never has it.
    const moved = outcome.counts.retagged > 0
    const gone = outcome.counts.deregistered > 0
    parts.push(
      table(
        [
          'Customer',
          'Group tag',
          'Registered',
          'Already registered',
          ...(moved ? ['Retagged'] : []),
          ...(gone ? ['Deregistered'] : []),
          'Failed',
          'Pending',
        ],
        outcome.customers.map((c) => [
          code(c.slug),
          code(c.groupTag),
          String(c.registered),
          String(c.alreadyRegistered),
          ...(moved ? [String(c.retagged)] : []),
          ...(gone ? [String(c.deregistered)] : []),
          String(c.failed),
          String(c.pending),
        ]),
      ),
    )
  }
  parts.push(...problemSections(outcome, options))
  parts.push(recordsSection(outcome))
  if (outcome.correlationId)
    parts.push(`<sub>Partner Center correlation id ${code(outcome.correlationId)}</sub>`)
  return `${parts.filter(Boolean).join('\n\n')}\n`
}

/** What went wrong, section by section: customers stopped or skipped, devices failed or pending. */
function problemSections(
  outcome: RegistrationOutcome,
  options: { links: Links; maxRows: number },
): string[] {
  const { counts } = outcome
  const parts: string[] = []
  const stopped = outcome.customers.filter((c) => c.error)
  if (stopped.length > 0) {
    parts.push(
      `### Stopped by an error\n\n${stopped.map((c) => `- ${code(c.slug)}: ${escapeMarkdown(c.error ?? '')}${createBatchMarkdown(c)}`).join('\n')}`,
    )
  }
  if (outcome.refused.length > 0) {
    const rows = outcome.refused
      .slice(0, options.maxRows)
      .map((r) => [
        code(r.customer),
        escapeMarkdown(r.device),
        sourceLink(r.source, options.links),
        escapeMarkdown(r.reason),
      ])
    parts.push(
      `### Deregistrations refused\n\nThese devices stay registered.\n\n${table(['Customer', 'Device', 'Request', 'Why'], rows)}`,
    )
  }
  if (counts.skipped > 0) {
    parts.push(
      `### Skipped customers\n\nNothing was sent for these customers: fix their errors (see the plan) and the next run registers them.\n\n${outcome.skipped
        .map(
          (s) =>
            // TODO(merge): say
            `- ${code(s.slug)}: ${escapeMarkdown(s.reasons.map(english).join('; '))} (${plural(s.devices, 'device')} waiting)`,
        )
        .join('\n')}`,
    )
  }
  if (outcome.failed.length > 0) {
    parts.push(
      `### Failed devices\n\n${deviceTable(outcome.failed, options, (d) => [
        escapeMarkdown([d.errorCode, d.errorName].filter(Boolean).join(' ') || 'failed'),
        escapeMarkdown(
          `${d.errorDescription ?? ''}${d.transient ? ' The next run retries it.' : ''}`.trim(),
        ),
      ])}`,
    )
  }
  if (outcome.pending.length > 0) {
    parts.push(
      `### Pending devices\n\nPartner Center had not finished these uploads in time; the next run follows them up.\n\n${deviceTable(
        outcome.pending,
        options,
        (d) => [code(d.trackingId ?? ''), ''],
      )}`,
    )
  }
  return parts
}

/** The command that creates a missing batch, to copy: a code block under the customer's line. */
function createBatchMarkdown(customer: RegistrationOutcome['customers'][number]): string {
  if (!customer.createBatch) return ''
  const command = escapeControls(customer.createBatch)
  const fence = '`'.repeat(Math.max(3, ...[...command.matchAll(/`+/g)].map((m) => m[0].length + 1)))
  return `\n\n  Nothing was sent for this customer. A partner admin creates the batch with its first devices, signing in on the device-code page (the app registration must allow public client flows), from a checkout of this commit; the next merge adds the rest app-only:\n\n  ${fence}sh\n  ${command}\n  ${fence}`
}

function headline(outcome: RegistrationOutcome): string {
  const { counts } = outcome
  if (outcome.dryRun)
    return `**Dry run: nothing was sent.** Merging would register ${plural(counts.wouldSend, 'device')}; ${plural(counts.skipped, 'customer')} would be skipped.`
  const bits = [
    `${counts.registered} registered`,
    `${counts.alreadyRegistered} already registered`,
    ...(counts.retagged > 0 ? [`${counts.retagged} retagged`] : []),
    ...(counts.deregistered > 0 ? [`${counts.deregistered} deregistered`] : []),
    `${counts.failed} failed`,
    `${counts.pending} pending`,
    `${plural(counts.skipped, 'customer')} skipped`,
  ]
  const ok =
    counts.failed === 0 &&
    counts.skipped === 0 &&
    outcome.refused.length === 0 &&
    !outcome.customers.some((c) => c.error)
  return `${ok ? '✅' : '❌'} **${bits.join(' · ')}**`
}

function reviewLine(outcome: RegistrationOutcome): string {
  if (outcome.reviewed.length === 0) return 'no merged pull request found for this commit'
  return outcome.reviewed
    .map((r) => {
      if (!r.planDigest) return `pull request #${r.number} showed no plan`
      return r.planDigest === outcome.digest
        ? `matches the plan reviewed on #${r.number}`
        : `⚠️ differs from the plan reviewed on #${r.number} (${code(r.planDigest.slice(0, 16))}): the repository changed after that review`
    })
    .join('; ')
}

function deviceTable(
  devices: readonly OutcomeDevice[],
  options: { links: Links; maxRows: number },
  extra: (device: OutcomeDevice) => [string, string],
): string {
  const rows = devices
    .slice(0, options.maxRows)
    .map((d) => [
      code(d.customer),
      escapeMarkdown(deviceLabel(d)),
      sourceLink(d.source, options.links),
      ...extra(d),
    ])
  const more = devices.length - rows.length
  return (
    table(['Customer', 'Device', 'Source', 'Result', 'What next'], rows) +
    (more > 0 ? `\n\n…and ${plural(more, 'more device')}: see the records.` : '')
  )
}

function recordsSection(outcome: RegistrationOutcome): string {
  if (outcome.records.length === 0) return outcome.dryRun ? '' : 'No records: nothing was sent.'
  const where = (() => {
    const place = outcome.place
    switch (place.kind) {
      case 'commit':
        return `Committed in ${code(place.sha.slice(0, 7))}.`
      case 'pull-request':
        return `The branch refused the commit (protected), so the records are in pull request #${place.number}: merge it to complete the audit trail.`
      case 'working-tree':
        return 'Written into the working tree: commit them.'
      case 'temp-only':
        return `⚠️ Not committed: ${escapeMarkdown(place.reason)}.`
      default:
        return ''
    }
  })()
  const copy = outcome.recordsCopy
    ? ` A copy of each is in the runner's temp folder, ${code(outcome.recordsCopy)}.`
    : ''
  return `### Records\n\n${where}${copy}\n\n${outcome.records.map((r) => `- ${code(r)}`).join('\n')}`
}

/**
 * The run as plain text, for the CLI and the log. Values from the CSVs and from Partner Center
 * are shown with control characters escaped: a line break in them would start a workflow command.
 */
export function renderRegistrationText(outcome: RegistrationOutcome): string {
  const { counts } = outcome
  const idle = !outcome.dryRun && outcome.customers.length === 0 && counts.skipped === 0
  const lines = [
    outcome.dryRun
      ? `Dry run: nothing sent; merging would register ${counts.wouldSend} device(s).`
      : idle
        ? 'Nothing to send: every device in the CSVs is registered, or recorded as blocked.'
        : `${counts.registered} registered, ${counts.alreadyRegistered} already registered, ${counts.retagged > 0 ? `${counts.retagged} retagged, ` : ''}${counts.deregistered > 0 ? `${counts.deregistered} deregistered, ` : ''}${counts.failed} failed, ${counts.pending} pending, ${counts.skipped} customer(s) skipped.`,
  ]
  for (const c of outcome.customers) {
    lines.push(
      `  ${c.slug} (${c.groupTag}): ${c.registered} registered, ${c.alreadyRegistered} already registered, ${c.retagged > 0 ? `${c.retagged} retagged, ` : ''}${c.deregistered > 0 ? `${c.deregistered} deregistered, ` : ''}${c.failed} failed, ${c.pending} pending${c.error ? `; stopped: ${c.error}` : ''}`,
    )
    if (c.createBatch) lines.push(`  To create the batch as a partner admin: ${c.createBatch}`)
  }
  // TODO(merge): say
  for (const s of outcome.skipped)
    lines.push(`  ${s.slug}: skipped (${s.reasons.map(english).join('; ')})`)
  for (const d of outcome.failed) {
    lines.push(
      `  failed ${d.source}  ${deviceLabel(d)}: ${[d.errorCode, d.errorName].filter(Boolean).join(' ')}: ${d.errorDescription ?? ''}`,
    )
  }
  for (const d of outcome.pending)
    lines.push(`  pending ${d.source}  ${deviceLabel(d)}: upload ${d.trackingId ?? ''}`)
  for (const r of outcome.records) lines.push(`Record: ${r}`)
  return `${lines.map(oneLine).join('\n')}\n`
}
