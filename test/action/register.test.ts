import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { RegistrationRecordSchema } from '../../src/ledger/record-schema.js'
import { SANDBOX_APP } from '../../src/sandbox/start-sandbox.js'
import { VERSION } from '../../src/version.js'
import { type Files, gitRepository } from '../helpers/git-repo.js'
import { PROJECT } from '../helpers/paths.js'
import { runActionBundle, writeEvent } from '../helpers/run-dist.js'
import { csvBytes, device, GWAI_HEADER, gwaiFile, gwaiRow, hashOf } from '../helpers/synthetic.js'
import {
  checkOut,
  closeAll,
  contoso,
  contosoMerged,
  customers,
  fabrikam,
  github,
  northwind,
  pushRun,
  REPOSITORY,
  sandboxWith,
  signInInputs,
  TAG,
  uploads,
} from './register-setup.js'

afterEach(closeAll)

describe('registration on merge (dist/index.js against the sandbox and a fake GitHub)', () => {
  it('plans on the pull request, then registers on the push, records in one commit and comments the outcome', async () => {
    const c = (n: number) => device(n, { manufacturer: 'Contoso Devices', model: 'Book 14' })
    const repo = gitRepository(customers(contoso, fabrikam, northwind))
    const head = repo.commit(
      {
        'customers/contoso/devices/order-1.csv': gwaiFile([c(1), c(2), c(3), c(4), c(5)]),
        'customers/fabrikam/devices/order-2.csv': gwaiFile([device(11), device(12), device(13)]),
        'customers/northwind/devices/order-3.csv': csvBytes([
          GWAI_HEADER,
          gwaiRow(device(21)),
          gwaiRow(device(22), hashOf({ ...device(22), damage: 'checksum' })),
        ]),
      },
      'orders',
    )
    // The pull request run: the plan, its digest in the sticky comment.
    const prEvent = writeEvent({
      pull_request: { number: 7, base: { sha: repo.base }, head: { sha: head } },
      repository: REPOSITORY,
    })
    const gh = await github({
      pullRequestFiles: {
        7: ['contoso/devices/order-1.csv', 'fabrikam/devices/order-2.csv'].map((f) => ({
          filename: `customers/${f}`,
          status: 'added',
        })),
      },
      git: { branch: 'main', headSha: head, moveHeadTimes: 1 },
      merged: [
        {
          number: 7,
          sha: head,
          base: 'main',
          mergedBy: 'lead',
          reviews: [
            { user: 'alice', state: 'APPROVED' },
            { user: 'bob', state: 'CHANGES_REQUESTED' },
            { user: 'bob', state: 'APPROVED' },
            { user: 'carol', state: 'COMMENTED' },
          ],
        },
      ],
    })
    const plan = await runActionBundle({ 'github-token': 'ghs_register-token-value' }, repo.root, {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: prEvent,
      GITHUB_API_URL: gh.url,
    })
    expect(plan.code).toBe(0)
    expect(plan.outputs['to-register']).toBe('8')

    // Partner Center: fabrikam's batch exists; contoso's does not (App+User creates it); device 3 is another tenant's.
    const sandbox = await sandboxWith({
      seed: {
        customers: { [fabrikam.customerId]: { batches: { [TAG]: [] } } },
        otherTenants: [{ serialNumber: c(3).serialNumber }],
      },
    })
    sandbox.partnerCenter.inject(
      { match: /^post .*devices$/, status: 429, retryAfterSeconds: 1 },
      { match: /^get .*batchjobstatus/, status: 503 },
    )
    const run = await pushRun(repo, head, gh.url, sandbox, { 'chunk-size': '2' })

    // One device failed and a customer was skipped: the run fails, after recording everything.
    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({
      registered: '7',
      'already-registered': '0',
      failed: '1',
      pending: '0',
      skipped: '1',
      'to-register': '8',
      'plan-digest': plan.outputs['plan-digest'],
    })
    // Uploaded in chunks of 2: contoso 5 devices (create + 2 adds), fabrikam 3 (2 adds); 429 and 503 absorbed.
    const calls = sandbox.partnerCenter.calls
    expect(uploads(sandbox).map((u) => u.path.replace(/[0-9a-f-]{36}/, 'C'))).toEqual(
      expect.arrayContaining([
        '/customers/C/deviceBatches',
        `/customers/C/deviceBatches/${TAG}/devices`,
      ]),
    )
    expect(uploads(sandbox)).toHaveLength(5)
    expect(calls.filter((c) => c.path.includes(northwind.customerId))).toEqual([])
    expect(calls.map((c) => c.status)).toEqual(expect.arrayContaining([429, 503]))
    expect(sandbox.partnerCenter.state.findBatch(contoso.customerId, TAG)?.[1]).toHaveLength(4)
    expect(sandbox.partnerCenter.state.findBatch(fabrikam.customerId, TAG)?.[1]).toHaveLength(3)

    if (!run.outputs['records-commit']) console.log(run.stdout.slice(-3000))
    // One commit on main holding both records, on top of what was pushed meanwhile.
    const commit = gh.git?.commitAt('main')
    expect(commit?.message).toBe(`Record Autopilot registrations for ${head.slice(0, 7)} [skip ci]`)
    expect(commit?.parents).not.toEqual([head])
    expect(run.outputs['records-commit']).toBe(commit?.sha)
    const files = gh.git?.filesAt('main') ?? new Map()
    const paths = (run.outputs.records ?? '').split('\n')
    expect(paths).toEqual([
      expect.stringMatching(
        /^customers\/contoso\/registrations\/\d{8}T\d{9}Z-[0-9a-f]{7}-[0-9a-f]{8}\.json$/,
      ),
      expect.stringMatching(/^customers\/fabrikam\/registrations\//),
    ])
    expect(files.has('other-0.txt') || [...files.keys()].some((f) => f.startsWith('other-'))).toBe(
      true,
    )
    const record = RegistrationRecordSchema.parse(JSON.parse(files.get(paths[0] ?? '') ?? ''))
    expect(record).toMatchObject({
      customer: 'contoso',
      customerId: contoso.customerId,
      groupTag: TAG,
      commit: head,
      pullRequests: [7],
      approvedBy: ['alice', 'bob'],
      mergedBy: 'lead',
    })
    expect(record.trackingIds).toHaveLength(3)
    const failed = record.devices.find((d) => d.status === 'failed')
    expect(failed).toMatchObject({
      serialNumber: c(3).serialNumber,
      source: 'customers/contoso/devices/order-1.csv:4',
      errorCode: '808',
      errorName: 'ZtdDeviceAssignedToOtherTenant',
      transient: false,
    })
    expect(failed?.errorDescription).toContain('another tenant')
    expect(
      record.devices
        .filter((d) => d.status === 'registered')
        .every((d) => d.deviceId && d.hardwareHashSha256.length === 64),
    ).toBe(true)
    // A copy of each record in the runner's temp folder, whatever GitHub does.
    expect(
      readFileSync(path.join(run.temp, 'autopilot-gitops-records-777-1', paths[0] ?? ''), 'utf8'),
    ).toBe(files.get(paths[0] ?? ''))

    // The reviewers see what their approval did, beside the plan comment.
    const comments = gh.comments(7).map((x) => x.body)
    expect(comments).toHaveLength(2)
    expect(comments[1]).toContain('<!-- autopilot-gitops:registration -->')
    expect(comments[1]).toContain(
      '7 registered · 0 already registered · 1 failed · 0 pending · 1 customer skipped',
    )
    expect(comments[1]).toContain('ZtdDeviceAssignedToOtherTenant')
    expect(run.summary).toContain('matches the plan reviewed on #7')
    // Between them, the plan and the registration set every output action.yml declares but the
    // doctor's and drift's own (test/action/doctor.test.ts, drift.test.ts).
    const declared = Object.keys(
      parse(readFileSync(path.join(PROJECT, 'action.yml'), 'utf8')).outputs,
    ).filter(
      (name) =>
        !['ready', 'adopted', 'adoption-pull-request'].includes(name) && !name.startsWith('drift'),
    )
    expect(
      [...new Set([...Object.keys(plan.outputs), ...Object.keys(run.outputs)])].sort(),
    ).toEqual(declared.sort())
    expect(run.summary).toContain('<code>northwind</code>: errors in its files')
    expect(run.stdout).toContain(
      '::error::1 device(s) failed; 1 customer(s) skipped because of errors: see the job summary',
    )
    for (const secret of [
      SANDBOX_APP.clientSecret,
      SANDBOX_APP.refreshToken,
      'ghs_register-token-value',
    ]) {
      expect(run.stdout.replaceAll(`::add-mask::${secret}`, '')).not.toContain(secret)
      expect(run.summary + comments.join('') + [...files.values()].join('')).not.toContain(secret)
    }

    // The next push (after the records landed): nothing is uploaded again, nothing new recorded.
    const next = checkOut(repo, files)
    const gh2 = await github({ git: { branch: 'main', headSha: next } })
    const before = uploads(sandbox).length
    const again = await pushRun(repo, next, gh2.url, sandbox)
    expect(uploads(sandbox)).toHaveLength(before)
    expect(again.outputs).toMatchObject({ registered: '0', failed: '0', skipped: '1', records: '' })
    expect(again.summary).toContain('no merged pull request found for this commit')
    expect(again.stdout).toContain('::error::1 customer(s) skipped because of errors')

    // The other tenant deregistered device 3: a run with retry-failed registers it.
    sandbox.partnerCenter.state.otherTenants.clear()
    const retried = await pushRun(repo, next, gh2.url, sandbox, { 'retry-failed': 'true' })
    expect(retried.outputs).toMatchObject({ registered: '1', failed: '0', skipped: '1' })
    expect(uploads(sandbox)).toHaveLength(before + 1)
  }, 60_000)

  it('opens a pull request with the records when the branch is protected', async () => {
    const { repo, head, sandbox, gh } = await contosoMerged([device(1)], {
      protectedBranches: ['main'],
    })
    const run = await pushRun(repo, head, gh.url, sandbox)
    expect(run.code).toBe(0)
    expect(gh.git?.commitAt('main')?.sha).toBe(head)
    const [pull] = gh.git?.pulls ?? []
    expect(pull).toMatchObject({
      base: 'main',
      title: `Record Autopilot registrations for ${head.slice(0, 7)}`,
    })
    expect(pull?.head).toMatch(/^autopilot-gitops\/records-[0-9a-f]{7}-777-1$/)
    expect(run.outputs['records-pull-request']).toBe(`https://github.example/pull/${pull?.number}`)
    expect(run.outputs['records-commit']).toBe('')
    expect(run.summary).toContain(`the records are in pull request #${pull?.number}`)
    expect(run.stdout).toContain('::warning::The branch main refused the records commit')
    // The in-progress records get no pull request of their own: the run goes on without them.
    expect(run.stdout).toContain('The in-progress records were not committed (main is protected')
    const branchFiles = gh.git?.trees.get(
      gh.git.commits.get(gh.git.refs.get(`heads/${pull?.head}`) ?? '')?.tree ?? '',
    )
    expect([...(branchFiles?.keys() ?? [])]).toEqual([run.outputs.records])

    // The plan check on that pull request accepts the records it adds, because the registration
    // run opened it; the same files in a person's pull request are AP606.
    const recordsHead = checkOut(repo, branchFiles ?? new Map())
    const planOn = async (user: { login: string; type: string }) => {
      const event = writeEvent({
        pull_request: {
          number: pull?.number,
          base: { sha: head },
          head: { sha: recordsHead, ref: pull?.head },
          user,
        },
        repository: REPOSITORY,
      })
      const api = await github({
        pullRequestFiles: {
          [pull?.number ?? 0]: [{ filename: run.outputs.records ?? '', status: 'added' }],
        },
      })
      return runActionBundle({ 'github-token': 'ghs_register-token-value' }, repo.root, {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_API_URL: api.url,
      })
    }
    const byTheRun = await planOn({ login: 'github-actions[bot]', type: 'Bot' })
    expect(byTheRun.code).toBe(0)
    expect(byTheRun.outputs.errors).toBe('0')
    expect(byTheRun.summary).toContain('records pull request: the records it adds are accepted')
    const byAPerson = await planOn({ login: 'mallory', type: 'User' })
    expect(byAPerson.code).toBe(1)
    expect(byAPerson.stdout).toContain('::error title=AP606 error')

    // While that pull request is open, the next run refuses to start: main lacks those records.
    repo.git('checkout', '-q', head)
    const waiting = await pushRun(repo, head, gh.url, sandbox)
    expect(waiting.code).toBe(1)
    expect(waiting.stdout).toContain(
      `the records of an earlier run wait in pull request #${pull?.number}: merge it first`,
    )
    expect(uploads(sandbox)).toHaveLength(1)
  }, 60_000)

  it('stops a customer whose batch does not exist when only app-only credentials are given, and says the two ways out', async () => {
    const repo = gitRepository(customers(contoso))
    const head = repo.commit(
      { 'customers/contoso/devices/order-1.csv': gwaiFile([device(1)]) },
      'pr',
    )
    const sandbox = await sandboxWith()
    const gh = await github({
      git: { branch: 'main', headSha: head },
      merged: [{ number: 12, sha: head, base: 'main', mergedBy: 'lead', reviews: [] }],
    })
    const run = await pushRun(repo, head, gh.url, sandbox, { 'refresh-token': '' })
    expect(run.code).toBe(1)
    expect(uploads(sandbox)).toHaveLength(0)
    expect(run.summary).toContain('Stopped by an error')
    expect(run.summary).toContain('creates batches only for App+User sign-ins')
    // The exact command a partner admin runs, from a checkout of this commit.
    const command = [
      `npx autopilot-gitops@${VERSION} create-batch . --customer contoso --group-tag ${TAG}`,
      `--tenant-id ${SANDBOX_APP.tenantId} --client-id ${SANDBOX_APP.clientId}`,
      `--authority-host ${sandbox.authorityHost} --partner-center-url ${sandbox.partnerCenterUrl}`,
    ].join(' ')
    expect(run.summary).toContain(`\`\`\`sh\n  ${command}\n  \`\`\``)
    expect(run.stdout).toContain(`To create the batch as a partner admin: ${command}`)
    expect(run.outputs.records).toBe('')
    // Nothing was recorded, but the reviewers of the merge are told what stopped it.
    const [comment, ...more] = gh.comments(12)
    expect(more).toEqual([])
    expect(comment?.body).toContain('creates batches only for App+User sign-ins')
    expect(comment?.body).toContain(command)
  }, 60_000)

  it('sends nothing on a dry run, and needs no sign-in for it', async () => {
    const { repo, head, sandbox, gh } = await contosoMerged([device(1), device(2)])
    const run = await pushRun(repo, head, gh.url, sandbox, { 'dry-run': 'true', 'tenant-id': '' })
    expect(run.code).toBe(0)
    expect(sandbox.partnerCenter.calls).toEqual([])
    expect(run.outputs).toMatchObject({ 'to-register': '2', registered: '0', records: '' })
    expect(run.summary).toContain('Dry run: nothing was sent.')
    expect(run.summary).toContain('Autopilot registration plan')
  }, 60_000)

  it('says what is missing when registering without tenant-id, and refuses other branches', async () => {
    const { repo, head, sandbox, gh } = await contosoMerged([device(1)])
    const pem =
      '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n'
    const run = await pushRun(repo, head, gh.url, sandbox, {
      'tenant-id': '',
      'client-certificate': pem,
    })
    expect(run.code).toBe(1)
    // A PEM is masked line by line: the runner masks per line of output.
    expect(run.stdout).toContain('::add-mask::MIIEvQIBADANBgkqhkiG9w0BAQEFAASC')
    expect(run.stdout).toContain(
      '::error::autopilot-gitops could not run: registering needs tenant-id',
    )
    // The job summary says it too, where the reviewer looks first.
    expect(run.summary).toMatch(
      /^### autopilot-gitops could not run\n\nregistering needs tenant-id/,
    )
    const feature = await runActionBundle({ command: 'register' }, repo.root, {
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_REF: 'refs/heads/feature',
      GITHUB_EVENT_PATH: writeEvent({ repository: REPOSITORY }),
    })
    expect(feature.stdout).toContain('register runs on the default branch (main), not on feature')
  }, 60_000)

  it('marks on a pull request, read-only, the devices Partner Center already has, when sign-in inputs are given', async () => {
    const repo = gitRepository(customers(contoso))
    const head = repo.commit(
      { 'customers/contoso/devices/order-1.csv': gwaiFile([device(1), device(2)]) },
      'order',
    )
    const sandbox = await sandboxWith({
      seed: {
        customers: {
          [contoso.customerId]: { batches: { [TAG]: [{ serialNumber: device(2).serialNumber }] } },
        },
      },
    })
    const gh = await github({})
    const event = writeEvent({
      pull_request: { number: 8, base: { sha: repo.base }, head: { sha: head } },
      repository: REPOSITORY,
    })
    const env = {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_API_URL: gh.url,
    }
    const offline = await runActionBundle(
      { 'github-token': 'ghs_register-token-value', comment: 'false' },
      repo.root,
      env,
    )
    const asked = await runActionBundle(
      {
        'github-token': 'ghs_register-token-value',
        ...signInInputs(sandbox),
      },
      repo.root,
      { ...env, NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS ?? '' },
    )
    expect(asked.code).toBe(0)
    expect(sandbox.partnerCenter.calls.map((c) => c.method)).toEqual(['GET', 'GET'])
    expect(asked.summary).toContain(
      'Partner Center asked read-only for 1 customer(s): 1 device(s) to register are already in their batch.',
    )
    expect(gh.comments(8)[0]?.body).toContain('already in its batch in Partner Center')
    // The same plan: the merge run finds that device in the batch and records it without uploading.
    expect(asked.outputs['plan-digest']).toBe(offline.outputs['plan-digest'])
    const report = JSON.parse(readFileSync(asked.outputs.report ?? '', 'utf8'))
    expect(
      report.customers[0].devices.map(
        (d: { inPartnerCenter?: boolean }) => d.inPartnerCenter ?? false,
      ),
    ).toEqual([false, true])
  }, 60_000)

  it('refuses a checkout older than the branch: it would miss the records of the runs since', async () => {
    const { repo, head, sandbox } = await contosoMerged([device(1)])
    const later = repo.commit(
      { 'customers/contoso/devices/order-2.csv': gwaiFile([device(2)]) },
      'later',
    )
    const gh = await github({ git: { branch: 'main', headSha: later } })
    repo.git('checkout', '-q', head)
    const run = await pushRun(repo, head, gh.url, sandbox)
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      `main is at ${later.slice(0, 7)}, but the checkout is at ${head.slice(0, 7)}`,
    )
    expect(sandbox.partnerCenter.calls).toEqual([])
  }, 60_000)

  it('runs the whole story on template-repo/ as shipped: its pull request planned, its merge registered', async () => {
    const template = path.join(PROJECT, 'template-repo')
    const files: Files = {}
    for (const name of readdirSync(template, { recursive: true, encoding: 'utf8' })) {
      const full = path.join(template, name)
      if (statSync(full).isFile()) files[name] = readFileSync(full)
    }
    const devices = Object.keys(files).filter((f) => f.endsWith('.csv'))
    const repo = gitRepository(
      Object.fromEntries(Object.entries(files).filter(([f]) => !devices.includes(f))),
    )
    const head = repo.commit(
      Object.fromEntries(devices.map((f) => [f, files[f] ?? null])),
      'devices',
    )
    const prEvent = writeEvent({
      pull_request: { number: 3, base: { sha: repo.base }, head: { sha: head } },
      repository: REPOSITORY,
    })
    const gh = await github({
      pullRequestFiles: { 3: devices.map((filename) => ({ filename, status: 'added' })) },
      git: { branch: 'main', headSha: head },
      merged: [
        {
          number: 3,
          sha: head,
          base: 'main',
          mergedBy: 'lead',
          reviews: [{ user: 'alice', state: 'APPROVED' }],
        },
      ],
    })
    const plan = await runActionBundle({ 'github-token': 'ghs_register-token-value' }, repo.root, {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: prEvent,
      GITHUB_API_URL: gh.url,
    })
    expect(plan.code).toBe(0)
    expect(plan.outputs).toMatchObject({ errors: '0', 'to-register': '5' })
    const sandbox = await sandboxWith()
    const run = await pushRun(repo, head, gh.url, sandbox)
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ registered: '5', failed: '0', skipped: '0' })
    expect(run.summary).toContain('matches the plan reviewed on #3')
    expect(gh.git?.commitAt('main')?.message).toBe(
      `Record Autopilot registrations for ${head.slice(0, 7)} [skip ci]`,
    )
  }, 60_000)
})
