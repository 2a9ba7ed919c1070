import { findingWords } from '../findings/finding.js'
import { code, escapeMarkdown, table } from '../findings/markdown.js'
import { sayInTurn } from '../findings/text-list.js'
import type { Say } from '../messages/catalogue.js'
import type {
  CustomerReport,
  PlanReport,
  ReportedDevice,
  ScopedFinding,
} from '../plan/plan-report.js'
import { DEVICE_ACTIONS, type DeviceAction, devicesToSend } from '../plan/registration-plan.js'
import { renderDeregistrations, renderRetags } from './render-plan-sections.js'
import { said } from './said.js'
import { type Links, sourceLink } from './source-link.js'

export { type Links, sourceLink } from './source-link.js'

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

/** What becomes of a device, in the device table; its column in the counts table. */
export function actionLabel(action: DeviceAction, say: Say): string {
  return say(`report.action.${action}`)
}

function columnLabel(action: DeviceAction, say: Say): string {
  return action === 'removed' ? say('report.column.removed') : actionLabel(action, say)
}

/** The plan as Markdown: headline, per customer the counts and the device table, then every finding. */
export function renderPlanMarkdown(report: PlanReport, options: SummaryOptions): string {
  const parts = [headline(report, options)]
  if (options.note) parts.push(`> ${options.note}`)
  const shown = report.customers.filter((c) => !options.activeCustomersOnly || isActive(c, report))
  parts.push(renderDeregistrations(report, options))
  parts.push(renderRetags(report, options))
  for (const customer of shown) parts.push(renderCustomer(customer, options))
  const quiet = report.customers.length - shown.length
  if (quiet > 0) parts.push(options.say('report.plan.quietCustomers', { customers: quiet }))
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

function headline(report: PlanReport, options: SummaryOptions): string {
  const { say, links } = options
  const { errors, warnings, notices, preExisting, toRegister, toRetag, devices, rows } =
    report.summary
  const { toDeregister } = report.summary
  const customers = new Set(report.customers.filter((c) => devicesToSend(c) > 0).map((c) => c.slug))
    .size
  const scope = report.changedFiles === null ? 'report.scope.repository' : 'report.scope.changes'
  const verdict =
    errors > 0
      ? `❌ ${say('report.plan.errors', { errors, scope: { key: scope } })}`
      : `✅ ${say('report.plan.noErrors', { scope: { key: scope } })}`
  const merging =
    say('report.plan.registers', { devices: toRegister, customers }) +
    (toRetag > 0 ? say('report.plan.alsoRetags', { devices: toRetag }) : '') +
    (toDeregister > 0 ? say('report.plan.alsoDeregisters', { devices: toDeregister }) : '')
  const lines = [
    `## ${say('report.plan.title')}`,
    '',
    `${merging}.${rows === devices ? '' : ` ${say('report.plan.repeatedRows', { rows, devices })}`}`,
    '',
    [
      verdict,
      say('report.plan.warnings', { warnings }),
      say('report.plan.notices', { notices }),
      ...(preExisting > 0 ? [say('report.plan.preExisting', { findings: preExisting })] : []),
    ].join(' · '),
    '',
    say('report.plan.digest', { digest: code(report.digest.slice(0, 16)) }) +
      (links.runUrl ? ` · [${say('report.plan.fullReport')}](${links.runUrl})` : ''),
  ]
  return lines.join('\n')
}

function renderCustomer(customer: CustomerReport, options: SummaryOptions): string {
  const { say } = options
  const title = `### ${escapeMarkdown(customer.name ?? customer.slug)} (${code(customer.slug)})`
  const facts = say('report.plan.customerFacts', {
    tenant: customer.customerId ? code(customer.customerId) : say('report.plan.unknownTenant'),
    groupTag: customer.groupTag ? code(customer.groupTag) : say('report.plan.unknownGroupTag'),
  })
  const blocked = customer.blocked
    ? `\n\n${say('report.plan.blocked', { reasons: escapeMarkdown(sayInTurn(say, customer.blockReasons)) })}`
    : ''
  // Deregistrations first; the retag and deregister columns only where there are some.
  const columns = ['deregister' as const, ...DEVICE_ACTIONS.filter((a) => a !== 'deregister')]
  const rare = (a: DeviceAction) => a === 'retag' || a === 'deregister'
  const shownColumns = columns.filter((a) => !rare(a) || customer.counts[a] > 0)
  const counts = table(
    shownColumns.map((a) => columnLabel(a, say)),
    [shownColumns.map((a) => say.number(customer.counts[a]))],
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
  const { say } = options
  const sorted = [...devices].sort((a, b) => ORDER[a.action] - ORDER[b.action])
  const shown = sorted.slice(0, options.maxDeviceRows)
  const rows = shown.map((d) => [
    escapeMarkdown(d.serialNumber || '—'),
    escapeMarkdown(d.manufacturer || '—'),
    escapeMarkdown(d.model || '—'),
    sourceLink(d.source, options.links),
    escapeMarkdown(
      d.reason
        ? say('report.plan.outcomeBecause', {
            outcome: actionLabel(d.action, say),
            reason: said(say, d.reason),
          })
        : actionLabel(d.action, say),
    ),
  ])
  const more = sorted.length - shown.length
  const headers = ['serial', 'manufacturer', 'model', 'source', 'outcome'] as const
  const body = table(
    headers.map((h) => say(`report.column.${h}`)),
    rows,
  )
  const tail = more > 0 ? `\n\n${say('report.plan.moreDevices', { devices: more })}` : ''
  return `<details><summary>${say('report.devices', { devices: devices.length })}</summary>\n\n${body}${tail}\n\n</details>`
}

function renderFindings(report: PlanReport, options: SummaryOptions): string {
  const { say } = options
  const current = report.findings.filter((f) => !f.preExisting)
  const old = report.findings.filter((f) => f.preExisting)
  const parts: string[] = []
  if (current.length > 0) {
    parts.push(
      `### ${say(report.changedFiles === null ? 'report.findings.title' : 'report.findings.titleChanged')}`,
    )
    parts.push(findingTable(current, options))
  }
  if (old.length > 0) {
    parts.push(`### ${say('report.findings.preExistingTitle')}`)
    parts.push(findingTable(old, options))
  }
  return parts.join('\n\n')
}

function findingTable(findings: readonly ScopedFinding[], options: SummaryOptions): string {
  const { say } = options
  const shown = findings.slice(0, options.maxFindings)
  const rows = shown.map((f) => {
    const words = findingWords(f, say)
    return [
      say(`report.severity.${f.severity}`),
      f.rule,
      sourceLink(`${f.file}:${f.line}`, options.links, f.column),
      `${escapeMarkdown(words.message)}<br>${say('report.findings.fix', { hint: escapeMarkdown(words.hint) })}`,
    ]
  })
  const more = findings.length - shown.length
  const headers = ['severity', 'rule', 'where', 'finding'] as const
  return (
    table(
      headers.map((h) => say(`report.column.${h}`)),
      rows,
    ) + (more > 0 ? `\n\n${say('report.findings.more', { findings: more })}` : '')
  )
}
