import type { Messages } from '../messages.js'
import type { Text } from '../text.js'
import { errorsPartnerCenterEn } from './errors-partner-center.js'
import { errorsSignInEn } from './errors-sign-in.js'

/** The errors messages in English: the reference every other language follows. */
export const errorsEn = {
  ...errorsSignInEn,
  ...errorsPartnerCenterEn,
  'error.setup.couldNotRun': (p: { reason: string }) =>
    `autopilot-gitops could not run: ${p.reason}`,
  'error.setup.heading': () => 'autopilot-gitops could not run',
  'error.setup.pullRequestTarget': () =>
    'refusing to run on pull_request_target: it runs untrusted pull request content with write access. Use the pull_request event.',
  'error.setup.inputs': (p: { problems: readonly Text[] }, f) => f.text(p.problems),
  'error.setup.input': (p: { input: string; value: string; problem: string }) =>
    `input ${p.input} is "${p.value}": ${p.problem}`,
  'error.setup.inputChoice': (p: { input: string; value: string; allowed: string }) =>
    `input ${p.input} is "${p.value}": it takes one of ${p.allowed}`,
  'error.setup.needsSignIn': () =>
    'registering needs tenant-id (the partner tenant) and client-id (its app registration for Partner Center); see docs/partner-center-setup.md',
  'error.setup.noCommit': () =>
    'no commit to register: GITHUB_SHA is not set and this is no git checkout',
  'error.setup.noBranch': () => 'register runs on a branch (GITHUB_REF is no branch)',
  'error.setup.notDefaultBranch': (p: { defaultBranch: string; branch: string }) =>
    `register runs on the default branch (${p.defaultBranch}), not on ${p.branch}: the records are committed to the default branch`,
  'error.setup.adoptCustomer': () => "adopt needs the input customer (the customer folder's slug)",
  'error.setup.adoptGitHub': () =>
    'adopt opens a pull request: it needs github-token and GITHUB_REPOSITORY',
  'error.setup.cancelled': () =>
    'Cancelled: no further upload; uploads in progress are recorded as pending.',
  'error.github.noPullRequest': (p: { base: string; branch: string; reason: string }) =>
    `${p.base} refused the commit, and the records are on branch ${p.branch}, but no pull request could be opened (${p.reason}; is "Allow GitHub Actions to create and approve pull requests" on?): open one from that branch`,
  'error.path.missing': (p: { path: string }) => `no such file or folder: ${p.path}`,
  'error.path.noCustomers': (p: { path: string }) =>
    `${p.path}: no customers/<slug>/ folder here or above, so no customer to check. Add customers/<slug>/customer.yml and the customer's device files under customers/<slug>/devices/ (see "Adding a customer" in the template's README)`,
  'error.path.noCustomersLoose': (p: { path: string; loose: string }) =>
    `${p.path}: no customers/<slug>/ folder here or above, so no customer to check. Add customers/<slug>/customer.yml and the customer's device files under customers/<slug>/devices/ (see "Adding a customer" in the template's README); to check loose CSV files, name them (${p.loose})`,
  'error.git.missing': () => 'git is not installed or not on PATH: install git',
  'error.git.notRepository': (p: { dir: string }) =>
    `${p.dir} is not in a git repository; run this in a clone of the repository (git clone), or make it one (git init, then commit customers/)`,
  'error.git.failed': (p: { command: string; dir: string; reason: string }) =>
    `git ${p.command} failed in ${p.dir}: ${p.reason}`,
  'error.git.noCommit': (p: { dir: string }) =>
    `${p.dir} has no commit yet; commit customers/ first`,
  'error.git.unknownRevision': (p: { revision: string; dir: string }) =>
    `${p.revision}: no such commit or branch in ${p.dir}; give a branch, tag or commit that exists (git fetch it first)`,
  'error.git.noMergeBase': (p: { base: string; head: string; dir: string }) =>
    `${p.base}: shares no history with ${p.head} in ${p.dir}; fetch more history (git fetch --unshallow) or give a base the checkout grew from`,
  'error.git.noMergeBaseCheckout': (p: { base: string; dir: string }) =>
    `${p.base}: shares no history with the checkout in ${p.dir}; fetch more history (git fetch --unshallow) or give a base the checkout grew from`,
} satisfies Messages
