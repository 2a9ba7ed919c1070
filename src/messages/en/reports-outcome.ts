import type { Messages } from '../messages.js'

/** The merge run's outcome: the job summary, the merged pull requests' comment, the terminal. */
export const reportsOutcomeEn = {
  'report.outcome.title': () => 'Autopilot registration',
  'report.outcome.titleDryRun': () => 'Autopilot registration (dry run)',
  'report.outcome.commitLine': (p: { commit: string; digest: string; review: string }) =>
    `Commit ${p.commit} · plan digest ${p.digest} · ${p.review}`,
  'report.outcome.correlation': (p: { id: string }) => `Partner Center correlation id ${p.id}`,
  'report.outcome.stoppedTitle': () => 'Stopped by an error',
  'report.outcome.stoppedLine': (p: { customer: string; error: string }) =>
    `${p.customer}: ${p.error}`,
  'report.outcome.refusedTitle': () => 'Deregistrations refused',
  'report.outcome.refusedIntro': () => 'These devices stay registered.',
  'report.outcome.skippedTitle': () => 'Skipped customers',
  'report.outcome.skippedIntro': () =>
    'Nothing was sent for these customers: fix their errors (see the plan) and the next run registers them.',
  'report.outcome.skippedLine': (p: { customer: string; reasons: string; devices: number }, f) =>
    `${p.customer}: ${p.reasons} (${f.count(p.devices, 'device', 'devices')} waiting)`,
  'report.outcome.failedTitle': () => 'Failed devices',
  'report.outcome.failed': () => 'failed',
  'report.outcome.retried': () => 'The next run retries it.',
  'report.outcome.pendingTitle': () => 'Pending devices',
  'report.outcome.pendingIntro': () =>
    'Partner Center had not finished these uploads in time; the next run follows them up.',
  'report.outcome.createBatch': () =>
    'Nothing was sent for this customer. A partner admin creates the batch with its first devices, signing in on the device-code page (the app registration must allow public client flows), from a checkout of this commit; the next merge adds the rest app-only:',
  'report.outcome.dryRun': (p: { devices: number; customers: number }, f) =>
    `**Dry run: nothing was sent.** Merging would register ${f.count(p.devices, 'device', 'devices')}; ${f.count(p.customers, 'customer', 'customers')} would be skipped.`,
  'report.outcome.count.registered': (p: { devices: number }, f) =>
    `${f.number(p.devices)} registered`,
  'report.outcome.count.alreadyRegistered': (p: { devices: number }, f) =>
    `${f.number(p.devices)} already registered`,
  'report.outcome.count.retagged': (p: { devices: number }, f) => `${f.number(p.devices)} retagged`,
  'report.outcome.count.deregistered': (p: { devices: number }, f) =>
    `${f.number(p.devices)} deregistered`,
  'report.outcome.count.failed': (p: { devices: number }, f) => `${f.number(p.devices)} failed`,
  'report.outcome.count.pending': (p: { devices: number }, f) => `${f.number(p.devices)} pending`,
  'report.outcome.count.skipped': (p: { customers: number }, f) =>
    `${f.count(p.customers, 'customer', 'customers')} skipped`,
  'report.outcome.noPullRequest': () => 'no merged pull request found for this commit',
  'report.outcome.noPlan': (p: { pr: string }) => `pull request #${p.pr} showed no plan`,
  'report.outcome.matches': (p: { pr: string }) => `matches the plan reviewed on #${p.pr}`,
  'report.outcome.differs': (p: { pr: string; digest: string }) =>
    `⚠️ differs from the plan reviewed on #${p.pr} (${p.digest}): the repository changed after that review`,
  'report.outcome.moreDevices': (p: { devices: number }, f) =>
    `…and ${f.count(p.devices, 'more device', 'more devices')}: see the records.`,
  'report.outcome.noRecords': () => 'No records: nothing was sent.',
  'report.records.title': () => 'Records',
  'report.records.committed': (p: { sha: string }) => `Committed in ${p.sha}.`,
  'report.records.pullRequest': (p: { pr: string }) =>
    `The branch refused the commit (protected), so the records are in pull request #${p.pr}: merge it to complete the audit trail.`,
  'report.records.workingTree': () => 'Written into the working tree: commit them.',
  'report.records.notCommitted': (p: { reason: string }) => `Not committed: ${p.reason}.`,
  'report.records.copy': (p: { folder: string }) =>
    `A copy of each is in the runner's temp folder, ${p.folder}.`,
  'report.recordsPullRequest.title': (p: { commit: string }) =>
    `Record Autopilot registrations for ${p.commit}`,
  'report.recordsPullRequest.body': (p: { commit: string; branch: string }) =>
    `The registration run for ${p.commit} could not commit its records to \`${p.branch}\` (the branch is protected). Merge this pull request to complete the audit trail; it adds only new record files.`,
  'report.outcomeText.dryRun': (p: { devices: number }, f) =>
    `Dry run: nothing sent; merging would register ${f.number(p.devices)} device(s).`,
  'report.outcomeText.idle': () =>
    'Nothing to send: every device in the CSVs is registered, or recorded as blocked.',
  'report.outcomeText.skipped': (p: { customers: number }, f) =>
    `${f.number(p.customers)} customer(s) skipped`,
  'report.outcomeText.customer': (p: { customer: string; groupTag: string; counts: string }) =>
    `${p.customer} (${p.groupTag}): ${p.counts}`,
  'report.outcomeText.stopped': (p: { error: string }) => `; stopped: ${p.error}`,
  'report.outcomeText.createBatch': (p: { command: string }) =>
    `To create the batch as a partner admin: ${p.command}`,
  'report.outcomeText.skippedCustomer': (p: { customer: string; reasons: string }) =>
    `${p.customer}: skipped (${p.reasons})`,
  'report.outcomeText.failed': (p: {
    source: string
    device: string
    error: string
    description: string
  }) => `failed ${p.source}  ${p.device}: ${p.error}: ${p.description}`,
  'report.outcomeText.pending': (p: { source: string; device: string; upload: string }) =>
    `pending ${p.source}  ${p.device}: upload ${p.upload}`,
  'report.outcomeText.record': (p: { record: string }) => `Record: ${p.record}`,
  'report.failure.failed': (p: { devices: number }, f) => `${f.number(p.devices)} device(s) failed`,
  'report.failure.refused': (p: { deregistrations: number }, f) =>
    `${f.number(p.deregistrations)} deregistration(s) refused`,
  'report.failure.skipped': (p: { customers: number }, f) =>
    `${f.number(p.customers)} customer(s) skipped because of errors`,
  'report.failure.stopped': (p: { customers: number }, f) =>
    `${f.number(p.customers)} customer(s) stopped by an error`,
  'report.failure.notCommitted': (p: { reason: string }) =>
    `the records were not committed (${p.reason})`,
} satisfies Messages
