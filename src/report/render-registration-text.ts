import { oneLine } from '../findings/finding.js'
import { sayInTurn } from '../findings/text-list.js'
import type { Say } from '../messages/catalogue.js'
import { deviceLabelText } from '../rules/identity.js'
import type { RegistrationOutcome } from './registration-outcome.js'
import { failureWords, outcomeCounts } from './registration-words.js'
import { said } from './said.js'

/**
 * The run as plain text, for the CLI and the log. Values from the CSVs and from Partner Center
 * are shown with control characters escaped: a line break in them would start a workflow command.
 */
export function renderRegistrationText(outcome: RegistrationOutcome, say: Say): string {
  const { counts } = outcome
  const idle = !outcome.dryRun && outcome.customers.length === 0 && counts.skipped === 0
  const lines = [
    outcome.dryRun
      ? say('report.outcomeText.dryRun', { devices: counts.wouldSend })
      : idle
        ? say('report.outcomeText.idle')
        : `${[
            ...outcomeCounts(counts, say),
            say('report.outcomeText.skipped', { customers: counts.skipped }),
          ].join(', ')}.`,
  ]
  for (const c of outcome.customers) {
    const stopped = c.error ? say('report.outcomeText.stopped', { error: said(say, c.error) }) : ''
    const standing = say('report.outcomeText.customer', {
      customer: c.slug,
      groupTag: c.groupTag,
      counts: outcomeCounts(c, say).join(', '),
    })
    lines.push(`  ${standing}${stopped}`)
    if (c.createBatch)
      lines.push(`  ${say('report.outcomeText.createBatch', { command: c.createBatch })}`)
  }
  for (const s of outcome.skipped)
    lines.push(
      `  ${say('report.outcomeText.skippedCustomer', { customer: s.slug, reasons: sayInTurn(say, s.reasons) })}`,
    )
  for (const d of outcome.failed) {
    const failed = say('report.outcomeText.failed', {
      source: d.source,
      device: say.text(deviceLabelText(d)),
      error: [d.errorCode, d.errorName].filter(Boolean).join(' '),
      description: failureWords(d, say),
    })
    lines.push(`  ${failed}`)
  }
  for (const d of outcome.pending) {
    const pending = say('report.outcomeText.pending', {
      source: d.source,
      device: say.text(deviceLabelText(d)),
      upload: d.trackingId ?? '',
    })
    lines.push(`  ${pending}`)
  }
  for (const r of outcome.records) lines.push(say('report.outcomeText.record', { record: r }))
  return `${lines.map(oneLine).join('\n')}\n`
}
