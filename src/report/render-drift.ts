import { escapeControls } from '../findings/escape.js'
import { code, escapeMarkdown, plural, table } from '../findings/markdown.js'
import { DRIFT_KINDS, type DriftDevice, type DriftKind } from '../register/compare-drift.js'
import { deviceLabel } from '../rules/identity.js'
import type { CustomerDrift, DriftReport } from '../use-cases/drift.js'

/** The marker of a customer's drift issue: the one issue it has while the drift lasts. */
export const driftMarker = (slug: string) => `<!-- autopilot-gitops:drift:${slug} -->`

/** What each kind means, and what to do. */
const MEANING: Record<DriftKind, string> = {
  unknown:
    'in Partner Center, not registered in the records (registered by hand, or before the repository knew the customer): add its row to a device file and the next merge records it (Partner Center answers 806)',
  missing:
    'recorded as registered, in no batch of Partner Center (deleted outside): the repository still counts it registered',
  moved: 'in another batch than recorded (retagged outside): its group tag is now that batch name',
  finished: 'recorded pending, in its batch since: the next register run records it',
}

function counted(counts: Record<DriftKind, number>): string {
  return DRIFT_KINDS.map((k) => `${counts[k]} ${k}`).join(', ')
}

function where(device: DriftDevice): [string, string] {
  return [device.recordedGroupTag ?? '(not recorded)', device.batch ?? '(no batch)']
}

/** Where the records and Partner Center have the device, as far as its kind needs saying. */
function placeOf(d: DriftDevice): string {
  const [recorded, batch] = where(d)
  if (d.kind === 'missing') return `(recorded in ${recorded})`
  if (d.kind === 'moved') return `(recorded in ${recorded}, in batch ${batch})`
  return `(in batch ${batch})`
}

/** The drift as plain text: a line per customer, then one per device; values escaped. */
export function renderDriftText(report: DriftReport): string {
  const lines = [headline(report)]
  for (const c of report.customers) {
    if (c.problem) lines.push(`  ${c.slug}: could not compare: ${c.problem}`)
    else if (c.devices.length > 0) lines.push(`  ${c.slug}: ${counted(c.counts)}`)
    for (const d of c.devices)
      lines.push(`    ${d.kind.padEnd(8)}  ${deviceLabel(d)} ${placeOf(d)}: ${MEANING[d.kind]}`)
  }
  return `${lines.map(escapeControls).join('\n')}\n`
}

function headline(report: DriftReport): string {
  const devices = report.customers.reduce((n, c) => n + c.devices.length, 0)
  const customers = report.customers.filter((c) => c.devices.length > 0).length
  const problems = report.customers.filter((c) => c.problem).length
  if (!report.drift) return 'No drift: Partner Center and the records agree for every customer.'
  const parts = [
    `Drift: ${plural(devices, 'device')} in ${plural(customers, 'customer')} (${counted(report.counts)})`,
  ]
  if (problems > 0) parts.push(`${plural(problems, 'customer')} could not be compared`)
  return `${parts.join('; ')}.`
}

/** One customer's drift as Markdown: the body of its issue, and its part of the job summary. */
export function renderCustomerDrift(customer: CustomerDrift, maxRows = 500): string {
  const title = `### ${code(customer.slug)}`
  if (customer.problem) return `${title}\n\nCould not compare: ${escapeMarkdown(customer.problem)}`
  if (customer.devices.length === 0) return `${title}\n\nNo drift.`
  const rows = customer.devices.slice(0, maxRows).map((d) => {
    const [recorded, batch] = where(d)
    return [
      d.kind,
      escapeMarkdown(deviceLabel(d)),
      code(recorded),
      code(batch),
      escapeMarkdown(MEANING[d.kind]),
    ]
  })
  const more = customer.devices.length - rows.length
  return `${title}\n\n${counted(customer.counts)}\n\n${table(['Kind', 'Device', 'Recorded', 'In Partner Center', 'What it means'], rows)}${more > 0 ? `\n\n…and ${plural(more, 'more device')}.` : ''}`
}

/** The whole check as Markdown, for the job summary. */
export function renderDriftMarkdown(report: DriftReport): string {
  const sections = report.customers.filter((c) => c.problem || c.devices.length > 0)
  return `## Autopilot drift\n\n**${escapeMarkdown(headline(report))}**\n\n${sections.map((c) => renderCustomerDrift(c, 200)).join('\n\n')}\n`
}
