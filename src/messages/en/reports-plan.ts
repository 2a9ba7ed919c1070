import type { Messages } from '../messages.js'
import type { Text } from '../text.js'

/** The plan: the job summary and the sticky comment of a pull request. */
export const reportsPlanEn = {
  /** Between the items of a list that commas would not part clearly. */
  'report.separator': () => '; ',
  'report.plan.title': () => 'Autopilot registration plan',
  'report.plan.registers': (p: { devices: number; customers: number }, f) =>
    `**Merging registers ${f.count(p.devices, 'device', 'devices')}** for ${f.count(p.customers, 'customer', 'customers')} in Partner Center`,
  'report.plan.alsoRetags': (p: { devices: number }, f) =>
    `, and **moves ${f.count(p.devices, 'device', 'devices')} to another group tag**`,
  'report.plan.alsoDeregisters': (p: { devices: number }, f) =>
    `, and **deregisters ${f.count(p.devices, 'device', 'devices')}**`,
  'report.plan.repeatedRows': (p: { rows: number; devices: number }, f) =>
    `The CSVs hold ${f.count(p.rows, 'row', 'rows')} for ${f.count(p.devices, 'device', 'devices')}: some devices are listed more than once.`,
  'report.plan.errors': (p: { errors: number; scope: Text }, f) =>
    `${f.count(p.errors, 'error', 'errors')} ${f.text(p.scope)}`,
  'report.plan.noErrors': (p: { scope: Text }, f) => `no errors ${f.text(p.scope)}`,
  'report.scope.repository': () => 'in the repository',
  'report.scope.changes': () => 'in the files this pull request changes',
  'report.plan.warnings': (p: { warnings: number }, f) =>
    f.count(p.warnings, 'warning', 'warnings'),
  'report.plan.notices': (p: { notices: number }, f) => f.count(p.notices, 'notice', 'notices'),
  'report.plan.preExisting': (p: { findings: number }, f) =>
    `${f.count(p.findings, 'pre-existing finding', 'pre-existing findings')} in untouched files (not failing this check)`,
  'report.plan.digest': (p: { digest: string }) => `Plan digest ${p.digest}`,
  'report.plan.fullReport': () => 'full report',
  'report.plan.quietCustomers': (p: { customers: number }, f) =>
    `${f.count(p.customers, 'other customer', 'other customers')} with nothing to register and nothing wrong.`,
  'report.plan.unknownTenant': () => 'unknown',
  'report.plan.unknownGroupTag': () => 'unknown',
  'report.plan.customerFacts': (p: { tenant: string; groupTag: string }) =>
    `Tenant ${p.tenant} · group tag ${p.groupTag}`,
  'report.plan.blocked': (p: { reasons: string }) =>
    `**Blocked: nothing is registered for this customer** (${p.reasons}).`,
  'report.plan.outcomeBecause': (p: { outcome: string; reason: string }) =>
    `${p.outcome}: ${p.reason}`,
  'report.plan.moreDevices': (p: { devices: number }, f) =>
    `…and ${f.count(p.devices, 'more device', 'more devices')} (see the JSON report).`,
  'report.devices': (p: { devices: number }, f) => f.count(p.devices, 'device', 'devices'),
  'report.action.register': () => 'register',
  'report.action.retry': () => 'retry',
  'report.action.retag': () => 'retag',
  'report.action.deregister': () => 'deregister',
  'report.action.already': () => 'already registered',
  'report.action.blocked': () => 'blocked',
  'report.action.removed': () => 'removed from CSV (stays registered)',
  'report.column.removed': () => 'removed',
  'report.deregister.title': () => 'Deregistrations',
  'report.deregister.intro': (p: { devices: number }, f) =>
    `**Merging deletes ${f.count(p.devices, 'device', 'devices')} from Partner Center**, as the request files under \`deregister/\` ask. The merge run carries a deregistration out only when this pull request is approved by someone other than its author.`,
  'report.retag.title': () => 'Group tag changes',
  'report.retag.intro': () =>
    'Merging deletes each device from the batch of its old group tag and adds it to the batch of the new one.',
  'report.findings.title': () => 'Findings',
  'report.findings.titleChanged': () => 'Findings in the changed files',
  'report.findings.preExistingTitle': () =>
    'Pre-existing findings in files this pull request does not change',
  'report.findings.fix': (p: { hint: string }) => `Fix: ${p.hint}`,
  'report.findings.more': (p: { findings: number }, f) =>
    `…and ${f.count(p.findings, 'more finding', 'more findings')}.`,
  'report.severity.error': () => 'error',
  'report.severity.warning': () => 'warning',
  'report.severity.notice': () => 'notice',
  'report.annotation.title': (p: { rule: string; severity: Text }, f) =>
    `${p.rule} ${f.text(p.severity)}`,
  'report.comment.footer': (p: { url: string }) => `The [job summary](${p.url}) has the full plan.`,
  'report.cut': (p: { where: string }) => `…cut to fit GitHub's limit; ${p.where}.`,
  'report.cut.json': (p: { digest: string }) =>
    `the JSON report (output \`report\`) has all of it (plan digest ${p.digest})`,
  'report.cut.summary': () => 'the job summary has all of it',
  'report.text.fix': (p: { hint: string }) => `fix: ${p.hint}`,
  'report.text.found': (p: { errors: number; warnings: number; notices: number }, f) =>
    `${f.count(p.errors, 'error', 'errors')}, ${f.count(p.warnings, 'warning', 'warnings')}, ${f.count(p.notices, 'notice', 'notices')}`,
  'report.text.counts': (p: { files: number; devices: number; found: string }, f) =>
    `${f.count(p.files, 'file', 'files')}, ${f.count(p.devices, 'device', 'devices')}: ${p.found}`,
  'report.text.countsInRows': (
    p: { files: number; devices: number; rows: number; found: string },
    f,
  ) =>
    `${f.count(p.files, 'file', 'files')}, ${f.count(p.devices, 'device', 'devices')} in ${f.count(p.rows, 'row', 'rows')}: ${p.found}`,
} satisfies Messages
