import type { Messages } from '../messages.js'

/** What `init` says it made and what to do next, in English. */
export const cliInitEn = {
  'cli.init.pinned': (p: { version: string }) =>
    `The workflows run autopilot-gitops v${p.version}, pinned by its commit.`,
  'cli.init.placeholder': (p: { version: string }) =>
    `The workflows pin a placeholder commit: replace it in .github/workflows/ with the commit of the autopilot-gitops release you reviewed (this CLI is ${p.version}).`,
  'cli.init.made': (p: { at: string; files: number; commit: string }, f) =>
    `Made ${p.at}: ${f.count(p.files, 'file', 'files')}, one commit (${p.commit}).`,
  'cli.init.next': (p: { at: string; pin: string; customer: string }) => `Next:
  1. Create a private repository on GitHub, then push this one to it:
       git -C ${p.at} remote add origin <its URL> && git -C ${p.at} push -u origin main
  2. In its Settings > Environments, create the environment partner-center, with the
     variables PARTNER_TENANT_ID and PARTNER_CLIENT_ID (your partner tenant and the app
     registration of Partner Center access; docs/partner-center-setup.md of autopilot-gitops).
  3. Give that app registration a federated credential for the environment
     (subject repo:<owner>/<repository>:environment:partner-center), so no secret is stored.
  4. ${p.pin}
  5. On a branch, put the first device CSVs in customers/${p.customer}/devices/ and open a
     pull request: the plan appears on it. Before the first merge, run the register workflow
     by hand with "Preflight only" (autopilot-gitops doctor).`,
} satisfies Messages
