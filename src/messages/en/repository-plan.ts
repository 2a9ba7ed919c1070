import type { Format } from '../format.js'
import type { Messages } from '../messages.js'
import type { Text } from '../text.js'
import { sizeIn } from './checks-files.js'

const recordSize = (bytes: number) =>
  sizeIn('en', bytes, { bytes: 'bytes', kib: 'KiB', mib: 'MiB' })

/**
 * Findings about registration records and the plan (src/ledger, src/plan), and the reasons a
 * plan gives for a customer or a device, in English.
 */
export const repositoryPlanEn = {
  'repo.record.badName': (p: { name: string }) =>
    `\`${p.name}\` is not a registration record name (<YYYYMMDDTHHMMSSmmmZ>-<sha7>-<run id>.json, or <…>-in-progress.json)`,
  'repo.record.notJson': (p: { error: string }) => `registration record is not JSON: ${p.error}`,
  /** `problems`: each a repo.record.problem, joined by repo.reasons.both. */
  'repo.record.schema': (p: { problems: Text }, f: Format) =>
    `registration record does not match schema version 1: ${f.text(p.problems)}`,
  /** `problem` is zod's own words. */
  'repo.record.problem': (p: { path?: string; problem: string }) =>
    `${p.path || 'the record'}: ${p.problem}`,
  'repo.record.otherCustomer': (p: { customer: string; folder: string }) =>
    `registration record names customer \`${p.customer}\` but lies in the folder of \`${p.folder}\``,
  'repo.record.tooLarge': (p: { size: number; limit: number }) =>
    `registration record is ${recordSize(p.size)}, over the limit of ${recordSize(p.limit)}; it was not read, so the customer's registration state is unknown and nothing is registered for it`,
  'repo.record.vanished': () => 'registration record vanished while it was read',
  'repo.record.added': (p: { file: string }) =>
    `this change adds the registration record \`${p.file}\``,
  'repo.record.removed': (p: { file: string }) =>
    `this change deletes the registration record \`${p.file}\``,
  'repo.record.renamed': (p: { file: string }) =>
    `this change renames the registration record \`${p.file}\``,
  'repo.record.modified': (p: { file: string }) =>
    `this change edits the registration record \`${p.file}\``,
  'repo.device.elsewhere': (p: { device: Text; customer: string; record: string }, f: Format) =>
    `${f.text(p.device)} is recorded as registered for customer \`${p.customer}\` (${p.record})`,
  'repo.device.already': (p: { device: Text; record: string }, f: Format) =>
    `${f.text(p.device)} is already registered (${p.record}): skipped`,
  'repo.customerIdChanged': (p: { from: string; to: string; registered: number }, f: Format) =>
    `customerId changed from \`${p.from}\` to \`${p.to}\`, but ${f.number(p.registered)} device(s) are registered for \`${p.from}\``,
  'repo.request.ambiguous': (
    p: { serial: string; devices: number; slug: string; makers: string },
    f: Format,
  ) =>
    `serial \`${p.serial}\` names ${f.number(p.devices)} devices of customer \`${p.slug}\` (made by ${p.makers}): give the manufacturer too (the Partner Center format's Manufacturer name column)`,
  'repo.request.notRegisteredHere': (p: { device: Text; slug: string }, f: Format) =>
    `${f.text(p.device)} is not registered for customer \`${p.slug}\` by its records: nothing to deregister`,
  'repo.request.twice': (p: { device: Text; at: string }, f: Format) =>
    `${f.text(p.device)} is asked for twice (also at ${p.at})`,
  'repo.request.backInFile': (p: { device: Text; record: string }, f: Format) =>
    `${f.text(p.device)} was deregistered (${p.record}) and is back in a device file: to register it again, take it out of this request in the same pull request`,
  'repo.request.stillInFile': (p: { device: Text; slug: string }, f: Format) =>
    `${f.text(p.device)} is still in a device file of customer \`${p.slug}\`: remove its row in the same pull request, or take it out of the request to keep it`,
  'repo.request.notRegistered': (p: { device: Text; status: string }, f: Format) =>
    `${f.text(p.device)} is not registered (its records say \`${p.status}\`): nothing to deregister`,

  // Why a customer is blocked (CustomerPlan.blockReasons).
  'repo.blocked.errorsInFiles': () => 'errors in its files',
  'repo.blocked.customerFile': () => 'customer.yml is missing or invalid',
  'repo.blocked.recordUnreadable': () => 'a registration record cannot be read',
  'repo.blocked.customerIdChanged': () => 'customerId changed',

  // Why a planned device does what it does (PlannedDevice.reason).
  /** Two reasons, or lists of them, one after the other. */
  'repo.reasons.both': (p: { first: Text; then: Text }, f: Format) =>
    `${f.text(p.first)}; ${f.text(p.then)}`,
  'repo.reason.removed': (p: { record: string }) =>
    `registered (${p.record}); removing the row does not deregister it`,
  'repo.reason.recorded': (p: { record: string }) => `registered (${p.record})`,
  'repo.reason.registeredFor': (p: { customer: string }) => `registered for customer ${p.customer}`,
  'repo.reason.rowErrors': () => 'errors on the row',
  'repo.reason.pending': (p: { trackingId: string }) =>
    `pending upload${p.trackingId ? ` ${p.trackingId}` : ''}`,
  /** `failure`: the code and name on record, '' when it holds neither. */
  'repo.reason.lastFailed': (p: { failure: string }) =>
    `last attempt failed: ${p.failure || 'failed'}`,
  'repo.reason.failedPermanently': (p: { failure: string }) =>
    `failed permanently: ${p.failure || 'failed'}`,
  'repo.reason.retag': (p: { from: string; to: string }) => `retag ${p.from} → ${p.to}`,
  /** `day`: YYYY-MM-DD, as English says it; other languages say it as a date. */
  'repo.reason.registeredOn': (p: { day: string }, _f: Format) => `registered ${p.day}`,
  'repo.reason.thenMoved': (p: { reason?: Text; tag: string }, f: Format) =>
    `${p.reason ? f.text(p.reason) : ''}; then moved to ${p.tag}`,
  'repo.reason.customerBlocked': (p: { reasons: Text }, f: Format) =>
    `customer blocked: ${f.text(p.reasons)}`,
  'repo.reason.blockedWould': (p: { blocked: Text; action: Text; reason: Text }, f: Format) =>
    `${f.text(p.blocked)} (would ${f.text(p.action)}: ${f.text(p.reason)})`,
  'repo.would.register': () => 'register',
  'repo.would.retry': () => 'retry',
  'repo.would.retag': () => 'retag',
  'repo.would.deregister': () => 'deregister',
  'repo.reason.inPartnerCenter': () =>
    'already in its batch in Partner Center: merging sends it, and Partner Center answers that it is registered (806)',
  // Why the plan's check fails, and where the findings that count come from.
  'repo.failure.errors': (p: { errors: number; scope: Text }, f: Format) =>
    `${f.number(p.errors)} error(s) ${f.text(p.scope)}`,
  'repo.failure.warnings': (p: { warnings: number; scope: Text }, f: Format) =>
    `${f.number(p.warnings)} warning(s) ${f.text(p.scope)}`,
  'repo.scope.repository': () => 'in the repository',
  'repo.scope.changedFiles': () => 'in the files this pull request changes',
  /** A deregistration refused: isRefusedDeregistration tells them by this key. */
  'repo.notDeregistered': (p: { why: Text }, f: Format) => `not deregistered: ${f.text(p.why)}`,
  'repo.notDeregistered.cap': (p: { asked: number; cap: number }, f: Format) =>
    `${f.number(p.asked)} deregistrations asked for this customer, over the cap of ${f.number(p.cap)} a run; raise max-deregistrations (the action's input, or --max-deregistrations) for the run that carries them out`,
  'repo.notDeregistered.noPullRequest': () =>
    'deregistrations are carried out by the action on merge, once a pull request is approved; this run has no pull request to check',
  'repo.notDeregistered.notAdded': () =>
    'no pull request merged since the last run added its line to the request file, so none approved it: add it in a pull request and have that approved',
  /** `error`: GitHub's refusal, in the words of the error. */
  'repo.notDeregistered.noFiles': (p: { error: string }) =>
    `GitHub could not list the pull requests' files (${p.error}), so no approval could be checked`,
  /** `number`: the pull request's, as it is written after `#`. */
  'repo.notDeregistered.unapproved': (p: { number: string; author?: string }) =>
    `pull request #${p.number}, which asked for it, has no approval from someone other than its author${p.author ? ` (@${p.author})` : ''}`,
} satisfies Messages
