import { RECORD_FILE } from '../ledger/record-schema.js'
import type { Say } from '../messages/catalogue.js'
import type { ChangedFile } from '../repo/git.js'

/**
 * The title and body of the records pull request, in the run's language: the reviewers who merge
 * it read them. Its commit message stays English, as every commit of the run does.
 */
export function recordsPullRequestText(
  say: Say,
  run: { commit: string; branch: string },
): { title: string; body: string } {
  return {
    title: say('report.recordsPullRequest.title', { commit: run.commit.slice(0, 7) }),
    body: say('report.recordsPullRequest.body', { commit: run.commit, branch: run.branch }),
  }
}

/**
 * The pull request the registration run opens when the branch refused its commit: opened by a bot
 * (the workflow's token) from an `autopilot-gitops/records-` branch, adding record files and
 * nothing else. A person's pull request is never one, whatever its branch is called.
 */
export function isRecordsPullRequest(
  pr: PullRequestHead,
  changed: readonly ChangedFile[],
  branchPrefix: string,
): boolean {
  return (
    openedByTheRun(pr, branchPrefix) &&
    changed.length > 0 &&
    changed.every((c) => c.status === 'added' && RECORD_FILE.test(c.path))
  )
}

type PullRequestHead = { headRef?: string; openedByBot?: boolean }

/** Opened by a bot (the workflow's token) from one of our branches: never a person's. */
function openedByTheRun(pr: PullRequestHead, branchPrefix: string): boolean {
  return pr.openedByBot === true && (pr.headRef?.startsWith(branchPrefix) ?? false)
}

/**
 * A device file that adoption writes: `customers/<slug>/devices/adopted-YYYYMMDD[-N].csv`, or
 * `devices/<group tag>/adopted-…` for a batch of another of the customer's tags.
 */
const ADOPTED_FILE = /^customers\/[^/]+\/devices\/(?:[^/]+\/)?adopted-\d{8}(?:-\d+)?\.csv$/

/**
 * The pull request `command: adopt` opens: by a bot, from an `autopilot-gitops/adopt-` branch,
 * adding an adoption record and the device file it names, nothing else. Its record is accepted
 * as the records pull request's are; its device file is checked like any other.
 */
export function isAdoptionPullRequest(
  pr: PullRequestHead,
  changed: readonly ChangedFile[],
  branchPrefix: string,
): boolean {
  return (
    openedByTheRun(pr, branchPrefix) &&
    changed.some((c) => RECORD_FILE.test(c.path)) &&
    changed.every(
      (c) => c.status === 'added' && (RECORD_FILE.test(c.path) || ADOPTED_FILE.test(c.path)),
    )
  )
}
