import type { Messages } from '../messages.js'

/** The drift check (its issues too), the preflight (doctor) and the adoption. */
export const reportsChecksEn = {
  'report.drift.title': () => 'Autopilot drift',
  'report.drift.meaning.unknown': () =>
    'in Partner Center, not registered in the records (registered by hand, or before the repository knew the customer): add its row to a device file and the next merge records it (Partner Center answers 806)',
  'report.drift.meaning.missing': () =>
    'recorded as registered, in no batch of Partner Center (deleted outside): the repository still counts it registered',
  'report.drift.meaning.moved': () =>
    'in another batch than recorded (retagged outside): its group tag is now that batch name',
  'report.drift.meaning.finished': () =>
    'recorded pending, in its batch since: the next register run records it',
  'report.drift.kind.unknown': () => 'unknown',
  'report.drift.kind.missing': () => 'missing',
  'report.drift.kind.moved': () => 'moved',
  'report.drift.kind.finished': () => 'finished',
  'report.drift.count.unknown': (p: { devices: number }, f) => `${f.number(p.devices)} unknown`,
  'report.drift.count.missing': (p: { devices: number }, f) => `${f.number(p.devices)} missing`,
  'report.drift.count.moved': (p: { devices: number }, f) => `${f.number(p.devices)} moved`,
  'report.drift.count.finished': (p: { devices: number }, f) => `${f.number(p.devices)} finished`,
  'report.drift.notRecorded': () => '(not recorded)',
  'report.drift.noBatch': () => '(no batch)',
  'report.drift.placeRecorded': (p: { recorded: string }) => `(recorded in ${p.recorded})`,
  'report.drift.placeMoved': (p: { recorded: string; batch: string }) =>
    `(recorded in ${p.recorded}, in batch ${p.batch})`,
  'report.drift.placeBatch': (p: { batch: string }) => `(in batch ${p.batch})`,
  'report.drift.textProblem': (p: { customer: string; problem: string }) =>
    `${p.customer}: could not compare: ${p.problem}`,
  'report.drift.textCustomer': (p: { customer: string; counts: string }) =>
    `${p.customer}: ${p.counts}`,
  'report.drift.textDevice': (p: { device: string; meaning: string }) =>
    `${p.device}: ${p.meaning}`,
  'report.drift.none': () => 'No drift: Partner Center and the records agree for every customer.',
  'report.drift.headline': (p: { devices: number; customers: number; counts: string }, f) =>
    `Drift: ${f.count(p.devices, 'device', 'devices')} in ${f.count(p.customers, 'customer', 'customers')} (${p.counts})`,
  'report.drift.notCompared': (p: { customers: number }, f) =>
    `${f.count(p.customers, 'customer', 'customers')} could not be compared`,
  'report.drift.problem': (p: { problem: string }) => `Could not compare: ${p.problem}`,
  'report.drift.customerNone': () => 'No drift.',
  'report.drift.more': (p: { devices: number }, f) =>
    `…and ${f.count(p.devices, 'more device', 'more devices')}.`,
  'report.drift.issueTitle': (p: { customer: string }) => `Autopilot drift: ${p.customer}`,
  'report.drift.checked': (p: { at: string }, _f) => `Checked ${p.at}.`,
  'report.drift.checkedBy': (p: { at: string; run: string }, _f) =>
    `Checked ${p.at} by [this run](${p.run}).`,
  'report.drift.issueLasts': () =>
    'This issue is updated while the drift lasts and closed once it is gone.',
  'report.drift.resolved': () => 'No drift any more: Partner Center and the records agree.',
  'report.drift.issue.opened': (p: { issue: string; customer: string }) =>
    `Issue #${p.issue} opened for ${p.customer}.`,
  'report.drift.issue.updated': (p: { issue: string; customer: string }) =>
    `Issue #${p.issue} updated for ${p.customer}.`,
  'report.drift.issue.closed': (p: { issue: string; customer: string }) =>
    `Issue #${p.issue} closed for ${p.customer}.`,
  'report.doctor.title': () => 'Autopilot preflight (doctor)',
  'report.doctor.batchExists': (p: { groupTag: string }) => `${p.groupTag}: exists`,
  'report.doctor.batchExistsWith': (p: { groupTag: string; devices: number }, f) =>
    `${p.groupTag}: exists (${f.count(p.devices, 'device', 'devices')})`,
  'report.doctor.batchCreatable': (p: { groupTag: string }) =>
    `${p.groupTag}: to be created (App+User can)`,
  'report.doctor.batchNeedsCommand': (p: { groupTag: string }) =>
    `${p.groupTag}: to be created (needs create-batch)`,
  'report.doctor.ready': (p: { customers: number }, f) =>
    `Ready: every customer (${f.number(p.customers)}) would register.`,
  'report.doctor.notReady': (p: { ready: number; customers: number }, f) =>
    `Not ready: ${f.number(p.ready)} of ${f.number(p.customers)} customer(s) would register.`,
  'report.doctor.mode.app-only': () => 'app-only',
  'report.doctor.mode.app+user': () => 'app+user',
  'report.doctor.ok': () => 'ok',
  'report.doctor.failed': () => 'failed',
  'report.doctor.signInLine': (p: { mode: string; result: string; detail: string }) =>
    `sign-in ${p.mode}: ${p.result}: ${p.detail}`,
  'report.doctor.customerReady': () => 'ready',
  'report.doctor.customerNotReady': () => 'not ready',
  'report.doctor.customerLine': (p: { customer: string; standing: string }) =>
    `${p.customer}: ${p.standing}`,
  'report.doctor.reachable': () => 'reachable',
  'report.doctor.notReached': () => 'not reached',
  'report.adoption.title': () => 'Autopilot adoption',
  'report.adoption.nothing': (
    p: { customer: string; tags: string; devices: number; batches: number },
    f,
  ) =>
    `Nothing to adopt for ${p.customer} (${p.tags}): ${f.number(p.devices)} device(s) in its ${f.plural(p.batches, 'batch', 'batches')}, all recorded already.`,
  'report.adoption.adopted': (
    p: {
      customer: string
      tags: string
      adopted: number
      files: number
      fromRows: number
      already: number
    },
    f,
  ) =>
    `${p.customer} (${p.tags}): ${f.number(p.adopted)} adopted into ${f.plural(p.files, 'a new device file', `${f.number(p.files)} new device files`)}, ${f.number(p.fromRows)} recorded from the repository's own rows, ${f.number(p.already)} recorded already.`,
  'report.adoption.notATag': (p: { batch: string; devices: number }, f) =>
    `batch ${p.batch} (${f.number(p.devices)} device(s)): not adopted: customer.yml names it in neither groupTag nor groupTags (add it there to adopt it)`,
  'report.adoption.notAFolder': (p: { batch: string; devices: number }, f) =>
    `batch ${p.batch} (${f.number(p.devices)} device(s)): not adopted: no folder can be named after this tag (devices/<group tag>/); add its devices' rows by hand, with a Group Tag column`,
  'report.adoption.unnamed': (p: { devices: number }, f) =>
    `${f.number(p.devices)} device(s) Partner Center names by neither serial, manufacturer and model nor a product key id: not adopted (no row can name them)`,
  'report.adoption.written': (p: { file: string }) => `Written: ${p.file}`,
  'report.adoption.commitThem': () =>
    'Commit them in a pull request: the adoption is reviewed like any change.',
  'report.adoption.pullRequest': (p: { url: string }) => `Pull request: ${p.url}`,
  'report.adoption.pullRequestTitle': (p: { devices: number; customer: string }, f) =>
    `Adopt ${f.number(p.devices)} device(s) of ${p.customer} from Partner Center`,
  'report.adoption.intro': (p: { batches: number; tags: string; customer: string }, f) =>
    `Devices Partner Center already has in the ${f.plural(p.batches, 'batch', 'batches')} ${p.tags} of ${p.customer}, which the records did not know: review them, then merge.`,
} satisfies Messages
