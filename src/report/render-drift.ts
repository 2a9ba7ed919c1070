import { escapeControls } from '../findings/escape.js'
import { code, escapeMarkdown, table } from '../findings/markdown.js'
import type { Say } from '../messages/catalogue.js'
import { DRIFT_KINDS, type DriftDevice, type DriftKind } from '../register/compare-drift.js'
import { deviceLabelText } from '../rules/identity.js'
import type { CustomerDrift, DriftReport } from '../use-cases/drift.js'
import { said } from './said.js'

/** The marker of a customer's drift issue: the one issue it has while the drift lasts. */
export const driftMarker = (slug: string) => `<!-- autopilot-gitops:drift:${slug} -->`

/** What each kind means, and what to do. */
function meaning(kind: DriftKind, say: Say): string {
  return say(`report.drift.meaning.${kind}`)
}

function counted(counts: Record<DriftKind, number>, say: Say): string {
  return DRIFT_KINDS.map((k) => say(`report.drift.count.${k}`, { devices: counts[k] })).join(', ')
}

function where(device: DriftDevice, say: Say): [string, string] {
  return [
    device.recordedGroupTag ?? say('report.drift.notRecorded'),
    device.batch ?? say('report.drift.noBatch'),
  ]
}

/** Where the records and Partner Center have the device, as far as its kind needs saying. */
function placeOf(d: DriftDevice, say: Say): string {
  const [recorded, batch] = where(d, say)
  if (d.kind === 'missing') return say('report.drift.placeRecorded', { recorded })
  if (d.kind === 'moved') return say('report.drift.placeMoved', { recorded, batch })
  return say('report.drift.placeBatch', { batch })
}

/** The drift as plain text: a line per customer, then one per device; values escaped. */
export function renderDriftText(report: DriftReport, say: Say): string {
  const lines = [headline(report, say)]
  for (const c of report.customers) {
    if (c.problem)
      lines.push(
        `  ${say('report.drift.textProblem', { customer: c.slug, problem: said(say, c.problem) })}`,
      )
    else if (c.devices.length > 0)
      lines.push(
        `  ${say('report.drift.textCustomer', { customer: c.slug, counts: counted(c.counts, say) })}`,
      )
    for (const d of c.devices) {
      const kind = say(`report.drift.kind.${d.kind}`).padEnd(8)
      const device = say('report.drift.textDevice', {
        device: `${say.text(deviceLabelText(d))} ${placeOf(d, say)}`,
        meaning: meaning(d.kind, say),
      })
      lines.push(`    ${kind}  ${device}`)
    }
  }
  return `${lines.map(escapeControls).join('\n')}\n`
}

function headline(report: DriftReport, say: Say): string {
  const devices = report.customers.reduce((n, c) => n + c.devices.length, 0)
  const customers = report.customers.filter((c) => c.devices.length > 0).length
  const problems = report.customers.filter((c) => c.problem).length
  if (!report.drift) return say('report.drift.none')
  const parts = [
    say('report.drift.headline', { devices, customers, counts: counted(report.counts, say) }),
  ]
  if (problems > 0) parts.push(say('report.drift.notCompared', { customers: problems }))
  return `${parts.join(say('report.separator'))}.`
}

/** One customer's drift as Markdown: the body of its issue, and its part of the job summary. */
export function renderCustomerDrift(customer: CustomerDrift, say: Say, maxRows = 500): string {
  const title = `### ${code(customer.slug)}`
  if (customer.problem)
    return `${title}\n\n${say('report.drift.problem', { problem: escapeMarkdown(said(say, customer.problem)) })}`
  if (customer.devices.length === 0) return `${title}\n\n${say('report.drift.customerNone')}`
  const rows = customer.devices.slice(0, maxRows).map((d) => {
    const [recorded, batch] = where(d, say)
    return [
      say(`report.drift.kind.${d.kind}`),
      escapeMarkdown(say.text(deviceLabelText(d))),
      code(recorded),
      code(batch),
      escapeMarkdown(meaning(d.kind, say)),
    ]
  })
  const more = customer.devices.length - rows.length
  const headers = (['kind', 'device', 'recorded', 'inPartnerCenter', 'meaning'] as const).map((h) =>
    say(`report.column.${h}`),
  )
  const tail = more > 0 ? `\n\n${say('report.drift.more', { devices: more })}` : ''
  return `${title}\n\n${counted(customer.counts, say)}\n\n${table(headers, rows)}${tail}`
}

/** The whole check as Markdown, for the job summary. */
export function renderDriftMarkdown(report: DriftReport, say: Say): string {
  const sections = report.customers.filter((c) => c.problem || c.devices.length > 0)
  return `## ${say('report.drift.title')}\n\n**${escapeMarkdown(headline(report, say))}**\n\n${sections.map((c) => renderCustomerDrift(c, say, 200)).join('\n\n')}\n`
}
