import { redactShapes } from '../findings/credential-shapes.js'
import { encodeUrlPart } from '../findings/escape.js'
import { findingWords } from '../findings/finding.js'
import { code, escapeMarkdown, plural, table } from '../findings/markdown.js'
import { sayInTurn } from '../findings/text-list.js'
import { english, type Say } from '../messages/catalogue.js'
import {
  type CustomerReport,
  type PlanReport,
  type ReportedDevice,
  type ScopedFinding,
  scopeOf,
} from '../plan/plan-report.js'
import {
  DEVICE_ACTIONS,
  type DeviceAction,
  devicesToSend,
  isRefusedDeregistration,
} from '../plan/registration-plan.js'

/** Where links point: the repository on GitHub at the pull request's head. */
export interface Links {
  /** `https://github.com/owner/repo`, or undefined outside GitHub. */
  repositoryUrl?: string
  /** The commit the files are read at. */
  ref?: string
  /** The workflow run, whose summary holds the full report. */
  runUrl?: string
}

export interface SummaryOptions {
  links: Links
  /** Device rows listed per customer before "and N more". */
  maxDeviceRows: number
  /** Findings listed in each group before "and N more". */
  maxFindings: number
  /** Whether to show the device tables at all. */
  deviceTables: boolean
  /** Leave out customers where merging changes nothing and nothing is wrong. */
  activeCustomersOnly: boolean
  /** A line about the pull request comment, for the job summary (forks cannot be commented on). */
  note?: string
  say: Say
}

export { PLAN_MARKER as MARKER } from '../github/merged-pull-requests.js'

const ACTION_LABELS: Record<DeviceAction, string> = {
  register: 'register',
  retry: 'retry',
  retag: 'retag',
  deregister: 'deregister',
  already: 'already registered',
  blocked: 'blocked',
  removed: 'removed from CSV (stays registered)',
}

/** The plan as Markdown: headline, per customer the counts and the device table, then every finding. */
export function renderPlanMarkdown(report: PlanReport, options: SummaryOptions): string {
  const parts = [headline(report, options.links)]
  if (options.note) parts.push(`> ${options.note}`)
  const shown = report.customers.filter((c) => !options.activeCustomersOnly || isActive(c, report))
  parts.push(renderDeregistrations(report, options))
  parts.push(renderRetags(report, options))
  for (const customer of shown) parts.push(renderCustomer(customer, options))
  const quiet = report.customers.length - shown.length
  if (quiet > 0)
    parts.push(`${plural(quiet, 'other customer')} with nothing to register and nothing wrong.`)
  parts.push(renderFindings(report, options))
  return `${parts.filter(Boolean).join('\n\n')}\n`
}

function isActive(customer: CustomerReport, report: PlanReport): boolean {
  const { register, retry, retag, blocked, removed, deregister } = customer.counts
  const prefix = `customers/${customer.slug}/`
  return (
    customer.blocked ||
    register + retry + retag + blocked + removed + deregister > 0 ||
    report.findings.some((f) => !f.preExisting && f.file.startsWith(prefix))
  )
}

function headline(report: PlanReport, links: Links): string {
  const { errors, warnings, notices, preExisting, toRegister, toRetag, devices, rows } =
    report.summary
  const { toDeregister } = report.summary
  const customers = new Set(report.customers.filter((c) => devicesToSend(c) > 0).map((c) => c.slug))
    .size
  const scope = english(scopeOf(report)) // TODO(merge): say
  const verdict = errors > 0 ? `❌ ${plural(errors, 'error')} ${scope}` : `✅ no errors ${scope}`
  const lines = [
    '## Autopilot registration plan',
    '',
    `**Merging registers ${plural(toRegister, 'device')}** for ${plural(customers, 'customer')} in Partner Center${toRetag > 0 ? `, and **moves ${plural(toRetag, 'device')} to another group tag**` : ''}${toDeregister > 0 ? `, and **deregisters ${plural(toDeregister, 'device')}**` : ''}.` +
      (rows === devices
        ? ''
        : ` The CSVs hold ${plural(rows, 'row')} for ${plural(devices, 'device')}: some devices are listed more than once.`),
    '',
    `${verdict} · ${plural(warnings, 'warning')} · ${plural(notices, 'notice')}` +
      (preExisting > 0
        ? ` · ${plural(preExisting, 'pre-existing finding')} in untouched files (not failing this check)`
        : ''),
    '',
    `Plan digest ${code(report.digest.slice(0, 16))}${links.runUrl ? ` · [full report](${links.runUrl})` : ''}`,
  ]
  return lines.join('\n')
}

function renderCustomer(customer: CustomerReport, options: SummaryOptions): string {
  const title = `### ${escapeMarkdown(customer.name ?? customer.slug)} (${code(customer.slug)})`
  const facts = `Tenant ${customer.customerId ? code(customer.customerId) : 'unknown'} · group tag ${
    customer.groupTag ? code(customer.groupTag) : 'unknown'
  }`
  const blocked = customer.blocked
    ? `\n\n**Blocked: nothing is registered for this customer** (${escapeMarkdown(sayInTurn(options.say, customer.blockReasons))}).`
    : ''
  // Deregistrations first; the retag and deregister columns only where there are some.
  const columns = ['deregister' as const, ...DEVICE_ACTIONS.filter((a) => a !== 'deregister')]
  const rare = (a: DeviceAction) => a === 'retag' || a === 'deregister'
  const shownColumns = columns.filter((a) => !rare(a) || customer.counts[a] > 0)
  const counts = table(
    shownColumns.map((a) => (a === 'already' ? 'already registered' : a)),
    [shownColumns.map((a) => String(customer.counts[a]))],
  )
  const parts = [`${title}\n\n${facts}${blocked}`, counts]
  if (options.deviceTables && customer.devices.length > 0)
    parts.push(deviceTable(customer.devices, options))
  return parts.join('\n\n')
}

/** The devices that change something come first; the already registered last. */
const ORDER: Record<DeviceAction, number> = {
  deregister: -1,
  blocked: 0,
  register: 1,
  retry: 2,
  retag: 3,
  removed: 4,
  already: 5,
}

function deviceTable(devices: readonly ReportedDevice[], options: SummaryOptions): string {
  const sorted = [...devices].sort((a, b) => ORDER[a.action] - ORDER[b.action])
  const shown = sorted.slice(0, options.maxDeviceRows)
  const rows = shown.map((d) => [
    escapeMarkdown(d.serialNumber || '—'),
    escapeMarkdown(d.manufacturer || '—'),
    escapeMarkdown(d.model || '—'),
    sourceLink(d.source, options.links),
    escapeMarkdown(ACTION_LABELS[d.action] + (d.reason ? `: ${options.say.text(d.reason)}` : '')),
  ])
  const more = sorted.length - shown.length
  const body = table(['Serial', 'Manufacturer', 'Model', 'Source', 'Outcome'], rows)
  const tail = more > 0 ? `\n\n…and ${plural(more, 'more device')} (see the JSON report).` : ''
  return `<details><summary>${plural(devices.length, 'device')}</summary>\n\n${body}${tail}\n\n</details>`
}

/**
 * The deregistrations first and loud, those the merge would refuse too (over the cap), each with
 * the record that registered it: a device leaves Partner Center only when reviewers see it.
 */
function renderDeregistrations(report: PlanReport, options: SummaryOptions): string {
  const asked = devicesWhere(report, (d) => d.action === 'deregister' || isRefusedDeregistration(d))
  if (asked.length === 0) return ''
  const going = asked.filter((a) => a.device.action === 'deregister').length
  const intro = `**Merging deletes ${plural(going, 'device')} from Partner Center**, as the request files under \`deregister/\` ask. The merge run carries a deregistration out only when this pull request is approved by someone other than its author.`
  const headers = ['Customer', 'Serial', 'Model', 'Request', 'Record']
  const label = (d: ReportedDevice) => d.serialNumber || d.productKeyId || '—'
  return `### ⚠️ Deregistrations\n\n${intro}\n\n${sectionTable(asked, headers, label, options)}`
}

/** The devices that change group tag, in a section of their own: each is moved between batches. */
function renderRetags(report: PlanReport, options: SummaryOptions): string {
  const moves = devicesWhere(report, (d) => d.action === 'retag')
  if (moves.length === 0) return ''
  const intro =
    'Merging deletes each device from the batch of its old group tag and adds it to the batch of the new one.'
  const headers = ['Customer', 'Serial', 'Model', 'Source', 'Move']
  const label = (d: ReportedDevice) => d.serialNumber || '—'
  return `### Group tag changes\n\n${intro}\n\n${sectionTable(moves, headers, label, options)}`
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

/** A section's devices across customers: customer, device, model, its line, and why. */
function sectionTable(
  entries: readonly CustomerDevice[],
  headers: string[],
  label: (device: ReportedDevice) => string,
  options: SummaryOptions,
): string {
  const rows = entries
    .slice(0, options.maxDeviceRows)
    .map(({ customer, device }) => [
      code(customer.slug),
      escapeMarkdown(label(device)),
      escapeMarkdown(device.model || '—'),
      sourceLink(device.source, options.links),
      escapeMarkdown(device.reason ? options.say.text(device.reason) : ''),
    ])
  const more = entries.length - rows.length
  const tail = more > 0 ? `\n\n…and ${plural(more, 'more device')} (see the JSON report).` : ''
  return `${table(headers, rows)}${tail}`
}

function renderFindings(report: PlanReport, options: SummaryOptions): string {
  const current = report.findings.filter((f) => !f.preExisting)
  const old = report.findings.filter((f) => f.preExisting)
  const parts: string[] = []
  if (current.length > 0) {
    parts.push(`### Findings${report.changedFiles === null ? '' : ' in the changed files'}`)
    parts.push(findingTable(current, options))
  }
  if (old.length > 0) {
    parts.push('### Pre-existing findings in files this pull request does not change')
    parts.push(findingTable(old, options))
  }
  return parts.join('\n\n')
}

function findingTable(findings: readonly ScopedFinding[], options: SummaryOptions): string {
  const shown = findings.slice(0, options.maxFindings)
  const rows = shown.map((f) => {
    const words = findingWords(f, options.say)
    return [
      f.severity,
      f.rule,
      sourceLink(`${f.file}:${f.line}`, options.links, f.column),
      `${escapeMarkdown(words.message)}<br>Fix: ${escapeMarkdown(words.hint)}`,
    ]
  })
  const more = findings.length - shown.length
  return (
    table(['Severity', 'Rule', 'Where', 'Finding'], rows) +
    (more > 0 ? `\n\n…and ${plural(more, 'more finding')}.` : '')
  )
}

export function sourceLink(source: string, links: Links, column?: number): string {
  const match = /^(.*):(\d+)$/.exec(source)
  const text = escapeMarkdown(column === undefined ? source : `${source}:${column}`)
  // Only a path and a line number become a link; a record could say anything in `source`.
  if (!match || !links.repositoryUrl || !links.ref) return text
  // Every character of the target that could end the link or be read as markup is encoded, and
  // what is shaped like a credential is not carried into it (the text is redacted as it is escaped).
  const path = redactShapes(match[1] ?? '')
    .split('/')
    .map(encodeUrlPart)
    .join('/')
  return `[${text}](${links.repositoryUrl}/blob/${encodeUrlPart(links.ref)}/${path}#L${match[2]})`
}
