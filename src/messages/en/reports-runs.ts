import type { Messages } from '../messages.js'

/** The action's own lines in its summaries: where the changes came from, comments, sign-in. */
export const reportsRunsEn = {
  'report.notes.changedFiles': (p: { source: string }) => `Changed files: ${p.source}.`,
  'report.notes.sourceApi': () => 'the pull request files (GitHub API)',
  'report.notes.sourceGit': (p: { base: string; head: string; problem: string }) =>
    `git diff ${p.base}...${p.head} (the GitHub API failed: ${p.problem})`,
  'report.notes.sourceEveryFile': (p: { problem: string }) =>
    `every file (the GitHub API failed: ${p.problem}; the checkout lacks the base commit, so fetch with fetch-depth: 0)`,
  'report.notes.adoptionPullRequest': () =>
    'This is the adoption pull request `command: adopt` opened: the record it adds is accepted, and its device file is checked like any other. Review what it adopts, then merge it unchanged.',
  'report.notes.recordsPullRequest': () =>
    'This is the registration run’s records pull request: the records it adds are accepted. Merge it unchanged.',
  'report.notes.partnerCenterFailed': () =>
    'Partner Center could not be asked (see the warning in the log): this plan is the offline one.',
  'report.notes.partnerCenterAsked': (p: { customers: number; found: number }, f) =>
    `Partner Center asked read-only for ${f.number(p.customers)} customer(s): ${f.number(p.found)} device(s) to register are already in their batch.`,
  'report.notes.notAskedFor': (p: { problems: string }) => `Not asked for ${p.problems}.`,
  'report.notes.noCommentNoToken': () => 'No pull request comment: no github-token.',
  'report.notes.comment.created': () => 'Pull request comment created.',
  'report.notes.comment.updated': () => 'Pull request comment updated.',
  'report.notes.comment.unchanged': () => 'Pull request comment unchanged.',
  'report.notes.noCommentReadOnly': () =>
    'No pull request comment: the token cannot write to this pull request (a pull request from a fork gets a read-only token). The plan is all here.',
  'report.notes.noCommentRefused': () =>
    'No pull request comment: GitHub refused it (see the warning in the log).',
  'report.notes.outcomeCommented': (p: { pr: string }) =>
    `Outcome commented on pull request #${p.pr}.`,
  'report.token.title': () => 'Sign-in',
  'report.token.where': (p: { secret: string; environment: string }) =>
    `the secret ${p.secret} of the environment ${p.environment}`,
  'report.token.renewed': (p: { where: string; days: number }, f) =>
    `The stored refresh token was redeemed, and the new one Microsoft Entra handed back is now ${p.where}: it works for ${f.number(p.days)} days from today.`,
  'report.token.failed': (p: { reason: string; where: string; days: number }, f) =>
    `The stored refresh token could not be renewed: ${p.reason}. The one in ${p.where} keeps working until ${f.number(p.days)} days after it was issued; the next run tries again.`,
  'report.token.replacedUnknown': () =>
    'When it was last replaced is unknown (the workflow token may not read when a secret changed).',
  'report.token.replacedOn': (p: { replaced: number; expires: number }, f) =>
    `It was last replaced on ${f.date(p.replaced)}, so it stops working about ${f.date(p.expires)}.`,
  'report.token.notRenewed': (
    p: { where: string; days: number; when: string; secretsToken: string; createBatch: string },
    f,
  ) =>
    `The stored refresh token (${p.where}) is not being renewed. Microsoft Entra replaces a refresh token at each use, and the stored one stops working ${f.number(p.days)} days after it was issued (\`AADSTS700082\`), whether it is used or not. ${p.when} Give the workflow ${p.secretsToken} (a token allowed to write environment secrets) and each run stores the new one; or, with no stored token at all, a partner admin creates new batches with ${p.createBatch}.`,
  'report.records.noGithubToken': () => 'no github-token',
  'report.records.refusedByGitHub': (p: { error: string }) => `GitHub refused them: ${p.error}`,
  'report.run.seeSummary': (p: { failure: string }) => `${p.failure}: see the job summary`,
  'report.run.seeAnnotations': (p: { failure: string }) =>
    `${p.failure}: see the annotations and the job summary`,
  'report.run.cancelled': () =>
    'the run was cancelled (unfinished uploads are recorded as pending)',
  'report.run.doctorNotReady': () => 'not every customer would register: see the job summary',
  'report.run.drift': () => 'Partner Center and the records disagree: see the job summary',
} satisfies Messages
