import { code, escapeMarkdown, table } from '../findings/markdown.js'
import type { MessageKey, Say } from '../messages/catalogue.js'
import type { CustomerReport, PlanReport, ReportedDevice } from '../plan/plan-report.js'
import { isRefusedDeregistration } from '../plan/registration-plan.js'
import { said } from './said.js'
import { type Links, sourceLink } from './source-link.js'

/** What the plan's sections need of the summary's options. */
export interface SectionOptions {
  links: Links
  maxDeviceRows: number
  say: Say
}

/**
 * The deregistrations first and loud, those the merge would refuse too (over the cap), each with
 * the record that registered it: a device leaves Partner Center only when reviewers see it.
 */
export function renderDeregistrations(report: PlanReport, options: SectionOptions): string {
  const { say } = options
  const asked = devicesWhere(report, (d) => d.action === 'deregister' || isRefusedDeregistration(d))
  if (asked.length === 0) return ''
  const going = asked.filter((a) => a.device.action === 'deregister').length
  const intro = say('report.deregister.intro', { devices: going })
  const headers = ['customer', 'serial', 'model', 'request', 'record'] as const
  const label = (d: ReportedDevice) => d.serialNumber || d.productKeyId || '—'
  return `### ⚠️ ${say('report.deregister.title')}\n\n${intro}\n\n${sectionTable(asked, headers, label, options)}`
}

/** The devices that change group tag, in a section of their own: each is moved between batches. */
export function renderRetags(report: PlanReport, options: SectionOptions): string {
  const { say } = options
  const moves = devicesWhere(report, (d) => d.action === 'retag')
  if (moves.length === 0) return ''
  const intro = say('report.retag.intro')
  const headers = ['customer', 'serial', 'model', 'source', 'move'] as const
  const label = (d: ReportedDevice) => d.serialNumber || '—'
  return `### ${say('report.retag.title')}\n\n${intro}\n\n${sectionTable(moves, headers, label, options)}`
}

type CustomerDevice = { customer: CustomerReport; device: ReportedDevice }

function devicesWhere(
  report: PlanReport,
  wanted: (d: ReportedDevice) => boolean,
): CustomerDevice[] {
  return report.customers.flatMap((c) =>
    c.devices.filter(wanted).map((device) => ({ customer: c, device })),
  )
}

type Column = 'customer' | 'serial' | 'model' | 'request' | 'record' | 'source' | 'move'

/** A section's devices across customers: customer, device, model, its line, and why. */
function sectionTable(
  entries: readonly CustomerDevice[],
  headers: readonly Column[],
  label: (device: ReportedDevice) => string,
  options: SectionOptions,
): string {
  const { say } = options
  const rows = entries
    .slice(0, options.maxDeviceRows)
    .map(({ customer, device }) => [
      code(customer.slug),
      escapeMarkdown(label(device)),
      escapeMarkdown(device.model || '—'),
      sourceLink(device.source, options.links),
      escapeMarkdown(said(say, device.reason)),
    ])
  const more = entries.length - rows.length
  const tail = more > 0 ? `\n\n${say('report.plan.moreDevices', { devices: more })}` : ''
  const named = headers.map((h) => say(`report.column.${h}` satisfies MessageKey))
  return `${table(named, rows)}${tail}`
}
