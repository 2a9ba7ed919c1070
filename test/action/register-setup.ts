// What the registration tests on the bundled action share: the repository, the sandbox, a fake
// GitHub and the push run as the runner starts it.
import { readFileSync } from 'node:fs'
import { RegistrationRecordSchema } from '../../src/ledger/record-schema.js'
import { SANDBOX_APP, startSandbox } from '../../src/sandbox/start-sandbox.js'
import { type FakeGitHubOptions, startFakeGitHub } from '../fakes/fake-github.js'
import { type Files, gitRepository } from '../helpers/git-repo.js'
import { runActionBundle, writeEvent } from '../helpers/run-dist.js'
import { customerYml, type device, gwaiFile } from '../helpers/synthetic.js'

export const TAG = 'Microsoft365Managed_Autopilot'
export const contoso = { slug: 'contoso', customerId: '8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60' }
export const fabrikam = { slug: 'fabrikam', customerId: '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0' }
export const northwind = { slug: 'northwind', customerId: '11111111-2222-4333-8444-555555555555' }
export const TLS = JSON.parse(readFileSync(process.env.AUTOPILOT_GITOPS_TEST_TLS ?? '', 'utf8'))
export const REPOSITORY = {
  name: 'autopilot-devices',
  owner: { login: 'partner' },
  default_branch: 'main',
}

export const customers = (...list: { slug: string; customerId: string }[]): Files =>
  Object.fromEntries(
    list.map((c) => [
      `customers/${c.slug}/customer.yml`,
      customerYml({ name: c.slug, customerId: c.customerId }),
    ]),
  )

let cleanup: (() => Promise<void>)[] = []
/** Closes what the file's tests started: called by afterEach in each test file. */
export async function closeAll(): Promise<void> {
  for (const close of cleanup) await close()
  cleanup = []
}

export async function sandboxWith(options: Parameters<typeof startSandbox>[0] = {}) {
  const sandbox = await startSandbox({ tls: TLS, pollsToFinish: 1, ...options })
  cleanup.push(sandbox.close)
  return sandbox
}

export async function github(options: FakeGitHubOptions) {
  const fake = await startFakeGitHub(options)
  cleanup.push(fake.close)
  return fake
}

/** The sign-in inputs of the sandbox's demo app, app-only (a refresh token is the caller's). */
export const signInInputs = (sandbox: { authorityHost: string; partnerCenterUrl: string }) => ({
  'tenant-id': SANDBOX_APP.tenantId,
  'client-id': SANDBOX_APP.clientId,
  'client-secret': SANDBOX_APP.clientSecret,
  'authority-host': sandbox.authorityHost,
  'partner-center-url': sandbox.partnerCenterUrl,
})

/** The push run on `sha` of main, as the registration workflow starts it. */
export function pushRun(
  repo: { root: string },
  sha: string,
  api: string,
  sandbox: Awaited<ReturnType<typeof sandboxWith>>,
  inputs: Record<string, string> = {},
  signal?: AbortSignal,
  killSignal?: NodeJS.Signals,
) {
  const event = writeEvent({ ref: 'refs/heads/main', after: sha, repository: REPOSITORY })
  return runActionBundle(
    {
      'github-token': 'ghs_register-token-value',
      ...signInInputs(sandbox),
      'refresh-token': SANDBOX_APP.refreshToken,
      ...inputs,
    },
    repo.root,
    {
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: event,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SHA: sha,
      GITHUB_API_URL: api,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'partner/autopilot-devices',
      GITHUB_RUN_ID: '777',
      NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS ?? '',
    },
    signal,
    killSignal,
  )
}

/** Contoso's order merged into main: the repository, the sandbox and GitHub at that commit. */
export async function contosoMerged(
  devices: ReturnType<typeof device>[],
  options: Omit<NonNullable<FakeGitHubOptions['git']>, 'branch' | 'headSha'> &
    Pick<FakeGitHubOptions, 'hang'> = {},
  sandboxOptions: Parameters<typeof startSandbox>[0] = {},
) {
  const repo = gitRepository(customers(contoso))
  const head = repo.commit({ 'customers/contoso/devices/order-1.csv': gwaiFile(devices) }, 'order')
  const sandbox = await sandboxWith(sandboxOptions)
  const { hang, ...git } = options
  const gh = await github({
    git: { branch: 'main', headSha: head, ...git },
    ...(hang ? { hang } : {}),
  })
  return { repo, head, sandbox, gh }
}

/** Checks the records GitHub now holds out into the local clone, as the next checkout would have them. */
export function checkOut(
  repo: ReturnType<typeof gitRepository>,
  files: Map<string, string>,
): string {
  const records = Object.fromEntries(
    [...files].filter(([name]) => name.includes('/registrations/')),
  )
  return repo.commit(records, 'Record Autopilot registrations')
}

/** The tree of the final records commit (not of the in-progress one, which comes first). */
export const FINAL_RECORDS_TREE =
  /^POST \S*\/git\/trees .*registrations\/\d{8}T\d{9}Z-[0-9a-f]{7}-[0-9a-f]{8}\.json/

/** The in-progress records on main of a fake GitHub. */
export function inProgressRecords(gh: Awaited<ReturnType<typeof github>>) {
  return [...(gh.git?.filesAt('main') ?? new Map<string, string>())]
    .filter(([name]) => name.endsWith('-in-progress.json'))
    .map(([, text]) => RegistrationRecordSchema.parse(JSON.parse(text)))
}

export const uploads = (sandbox: Awaited<ReturnType<typeof sandboxWith>>) =>
  sandbox.partnerCenter.calls.filter((c) => c.method === 'POST' && c.status === 202)
