// Rich reports for the renderers: every section, every kind and every branch a report has, with
// values a partner could have written. Shared by the goldens and the French leak test.
import type { Finding } from '../../src/findings/finding.js'
import { english, text } from '../../src/messages/catalogue.js'
import type { Text } from '../../src/messages/text.js'
import type { CustomerReport, PlanReport, ScopedFinding } from '../../src/plan/plan-report.js'
import type { PlannedDevice } from '../../src/plan/registration-plan.js'
import type { RefreshTokenNote } from '../../src/report/refresh-token-note.js'
import type { OutcomeDevice, RegistrationOutcome } from '../../src/report/registration-outcome.js'
import type { Links } from '../../src/report/render-summary.js'
import type { AdoptionResult } from '../../src/use-cases/adopt.js'
import type { DoctorReport } from '../../src/use-cases/doctor.js'
import type { DriftReport } from '../../src/use-cases/drift.js'

export const LINKS: Links = {
  repositoryUrl: 'https://github.com/partner/autopilot-devices',
  ref: 'c'.repeat(40),
  runUrl: 'https://github.com/partner/autopilot-devices/actions/runs/4242',
}

const TAG = 'Microsoft365Managed_Autopilot'
const CAPPED = text('repo.notDeregistered', {
  why: text('repo.notDeregistered.cap', { asked: 2, cap: 1 }),
})
const CONTOSO_ID = '8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60'
const RECORD = 'customers/contoso/registrations/20261120T100000Z-aaaaaaa.json'

const planned = (n: number, action: PlannedDevice['action'], reason?: Text): PlannedDevice => ({
  action,
  serialNumber: `SER${String(n).padStart(5, '0')}`,
  manufacturer: 'Contoso Devices',
  model: 'Contoso Book 14',
  productKeyId: '',
  source:
    action === 'deregister' || reason?.key === 'repo.notDeregistered'
      ? `customers/contoso/deregister/old-laptops.csv:${n}`
      : `customers/contoso/devices/order-1002.csv:${n}`,
  ...(reason ? { reason } : {}),
})

const contoso: CustomerReport = {
  slug: 'contoso',
  name: 'Contoso Ltd',
  customerId: CONTOSO_ID,
  groupTag: TAG,
  blocked: false,
  blockReasons: [],
  devices: [
    planned(2, 'register'),
    planned(3, 'retry', text('repo.reason.lastFailed', { failure: 'StorageError' })),
    planned(4, 'retag', text('repo.reason.retag', { from: TAG, to: 'Kiosk' })),
    planned(5, 'deregister', text('repo.reason.recorded', { record: RECORD })),
    planned(6, 'blocked', CAPPED),
    planned(7, 'already', text('repo.reason.registeredOn', { day: '2026-11-20' })),
    planned(8, 'removed', text('repo.reason.removed', { record: RECORD })),
  ],
  counts: { register: 1, retry: 1, retag: 1, deregister: 1, already: 1, blocked: 1, removed: 1 },
}

const fabrikam: CustomerReport = {
  slug: 'fabrikam',
  name: null,
  customerId: null,
  groupTag: null,
  blocked: true,
  blockReasons: [text('repo.blocked.errorsInFiles'), text('repo.blocked.customerFile')],
  devices: [
    {
      ...planned(9, 'blocked', text('repo.reason.rowErrors')),
      source: 'customers/fabrikam/a.csv:2',
    },
  ],
  counts: { register: 0, retry: 0, retag: 0, deregister: 0, already: 0, blocked: 1, removed: 0 },
}

const quiet: CustomerReport = {
  ...contoso,
  slug: 'northwind',
  name: 'Northwind',
  devices: [],
  counts: { register: 0, retry: 0, retag: 0, deregister: 0, already: 0, blocked: 0, removed: 0 },
}

const said = (words: string) => text('verbatim', { words })
const findingAt = (
  file: string,
  severity: Finding['severity'],
  preExisting: boolean,
): ScopedFinding => ({
  rule: 'AP404',
  severity,
  file,
  line: 3,
  column: 12,
  message: said('Hardware Hash is damaged or truncated'),
  hint: said('Capture the device again with Get-WindowsAutopilotInfo'),
  preExisting,
})

/** A plan with every section: deregistrations, retags, a blocked customer, both finding groups. */
export function richPlan(
  changedFiles: string[] | null = ['customers/contoso/devices/order-1002.csv'],
): PlanReport {
  const changed = changedFiles !== null
  return {
    schemaVersion: 1,
    digest: 'f528794c16af5f43140cb1e5bf0bad09365dd0c2823e2cf58c3b882362ae50f7',
    changedFiles,
    summary: {
      errors: 1,
      warnings: 2,
      notices: 1,
      preExisting: changed ? 1 : 0,
      devices: 1204,
      rows: 1205,
      toRegister: 2,
      toRetag: 1,
      toDeregister: 1,
    },
    customers: [contoso, fabrikam, quiet],
    findings: [
      findingAt('customers/contoso/devices/order-1002.csv', 'error', false),
      findingAt('customers/contoso/devices/order-1002.csv', 'warning', false),
      findingAt('customers/contoso/devices/order-1002.csv', 'warning', false),
      findingAt('customers/contoso/devices/order-1002.csv', 'notice', false),
      ...(changed ? [findingAt('customers/fabrikam/a.csv', 'error', true)] : []),
    ],
  }
}

const outcomeDevice = (n: number, extra: Partial<OutcomeDevice>): OutcomeDevice => ({
  customer: 'contoso',
  serialNumber: `SER${String(n).padStart(5, '0')}`,
  manufacturer: 'Contoso Devices',
  model: 'Contoso Book 14',
  productKeyId: '',
  hardwareHashSha256: '',
  source: `customers/contoso/devices/order-1002.csv:${n}`,
  status: 'failed',
  deviceId: null,
  trackingId: null,
  errorCode: null,
  errorName: null,
  errorDescription: null,
  transient: false,
  ...extra,
})

/** A merge run where everything happened: moves, deregistrations, failures, a stop, a skip. */
export function richOutcome(extra: Partial<RegistrationOutcome> = {}): RegistrationOutcome {
  return {
    commit: 'a0199ba3abc78f0f638f2f26dfb2ebbaf0975f99',
    digest: 'f528794c16af5f43140cb1e5bf0bad09365dd0c2823e2cf58c3b882362ae50f7',
    dryRun: false,
    reviewed: [
      { number: 7, planDigest: 'f528794c16af5f43140cb1e5bf0bad09365dd0c2823e2cf58c3b882362ae50f7' },
      { number: 8, planDigest: '0123456789abcdef0123456789abcdef' },
      { number: 9, planDigest: null },
    ],
    counts: {
      registered: 1205,
      alreadyRegistered: 1,
      retagged: 1,
      deregistered: 1,
      failed: 2,
      pending: 1,
      skipped: 1,
      wouldSend: 0,
    },
    customers: [
      {
        slug: 'contoso',
        groupTag: TAG,
        registered: 1205,
        alreadyRegistered: 1,
        retagged: 1,
        deregistered: 1,
        failed: 2,
        pending: 1,
      },
      {
        slug: 'tailspin',
        groupTag: 'Kiosk',
        registered: 0,
        alreadyRegistered: 0,
        retagged: 0,
        deregistered: 0,
        failed: 0,
        pending: 0,
        error: text('error.batch.needsUser', { batchId: 'Kiosk' }),
        createBatch:
          'npx autopilot-gitops@1.0.0 create-batch . --customer tailspin --group-tag Kiosk',
      },
    ],
    refused: [
      {
        customer: 'contoso',
        device: 'SER00006',
        source: 'customers/contoso/deregister/old-laptops.csv:6',
        reason: CAPPED,
      },
    ],
    failed: [
      outcomeDevice(10, {
        errorCode: '808',
        errorName: 'ZtdDeviceAssignedToOtherTenant',
        // As a record keeps it: what 808 means, in English.
        errorDescription: english(text('repo.code.808')),
      }),
      outcomeDevice(11, { errorCode: '600', errorName: 'InternalError', transient: true }),
    ],
    pending: [
      outcomeDevice(12, { status: 'pending', trackingId: 'c0ffee00-1111-4222-8333-444455556666' }),
    ],
    skipped: [{ slug: 'fabrikam', reasons: [text('repo.blocked.errorsInFiles')], devices: 3 }],
    records: [RECORD],
    recordsCopy: '/home/runner/work/_temp/autopilot-gitops-records-777-1',
    place: {
      kind: 'pull-request',
      number: 100,
      url: 'https://github.com/partner/autopilot-devices/pull/100',
    },
    correlationId: '9aee63da-f745-448c-9df1-554559d26e01',
    ...extra,
  }
}

const driftDevice = (
  n: number,
  kind: 'unknown' | 'missing' | 'moved' | 'finished',
): DriftReport['customers'][number]['devices'][number] => ({
  kind,
  serialNumber: `SER${String(n).padStart(5, '0')}`,
  manufacturer: 'Contoso Devices',
  model: 'Contoso Book 14',
  productKeyId: '',
  deviceId: kind === 'unknown' ? 'd-1' : null,
  recordedGroupTag: kind === 'unknown' ? null : TAG,
  batch: kind === 'missing' ? null : kind === 'moved' ? 'Kiosk' : TAG,
  record: kind === 'unknown' ? null : RECORD,
})

/** Drift of every kind in one customer, and one customer Partner Center would not answer for. */
export function richDrift(): DriftReport {
  const counts = { unknown: 1, missing: 1, moved: 1, finished: 1 }
  return {
    schemaVersion: 1,
    customers: [
      {
        slug: 'contoso',
        customerId: CONTOSO_ID,
        devices: [
          driftDevice(1, 'unknown'),
          driftDevice(2, 'missing'),
          driftDevice(3, 'moved'),
          driftDevice(4, 'finished'),
        ],
        counts,
      },
      {
        slug: 'fabrikam',
        customerId: '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0',
        devices: [],
        counts: { unknown: 0, missing: 0, moved: 0, finished: 0 },
        problem: text('repo.doctor.forbidden', {
          said: text('verbatim', { words: 'Partner Center answered 403' }),
        }),
      },
    ],
    counts,
    drift: true,
  }
}

export function richDoctor(): DoctorReport {
  return {
    schemaVersion: 1,
    signIns: [
      { mode: 'app-only', ok: true, detail: text('repo.doctor.signedIn') },
      {
        mode: 'app+user',
        ok: false,
        detail: text('verbatim', { words: 'AADSTS700082: the refresh token has expired' }),
      },
    ],
    customers: [
      {
        slug: 'contoso',
        customerId: CONTOSO_ID,
        reachable: true,
        batches: [
          { groupTag: TAG, exists: true, devices: 1205, creatable: false },
          { groupTag: 'Kiosk', exists: true, creatable: false },
        ],
        ready: true,
      },
      {
        slug: 'fabrikam',
        customerId: null,
        reachable: false,
        problem: text('repo.doctor.fixRepository', { reasons: text('repo.blocked.customerFile') }),
        batches: [
          { groupTag: 'Lab', exists: false, creatable: true },
          { groupTag: 'Shop', exists: false, creatable: false },
        ],
        ready: false,
      },
    ],
    ready: false,
  } as DoctorReport
}

export function richAdoption(files = true): AdoptionResult {
  return {
    slug: 'contoso',
    groupTags: [TAG, 'Kiosk'],
    adopted: files ? 1205 : 0,
    fromRows: 1,
    alreadyRecorded: 3,
    otherBatches: [
      { batch: 'Legacy', devices: 2, why: 'not-a-tag' },
      { batch: 'a/b', devices: 1, why: 'not-a-folder-name' },
    ],
    unnamed: 1,
    files: files
      ? [
          { path: 'customers/contoso/devices/adopted-20261201.csv', text: '' },
          { path: 'customers/contoso/devices/Kiosk/adopted-20261201.csv', text: '' },
          { path: 'customers/contoso/registrations/20261201T100000Z-aaaaaaa.json', text: '' },
        ]
      : [],
  }
}

export const REFRESH_NOTES: RefreshTokenNote[] = [
  { kind: 'renewed', environment: 'autopilot', secret: 'AUTOPILOT_REFRESH_TOKEN' },
  {
    kind: 'failed',
    environment: 'autopilot',
    secret: 'AUTOPILOT_REFRESH_TOKEN',
    reason: 'HTTP 403',
  },
  {
    kind: 'not-renewed',
    environment: 'autopilot',
    secret: 'AUTOPILOT_REFRESH_TOKEN',
    lastReplaced: '2026-09-02T10:00:00Z',
  },
  { kind: 'not-renewed', environment: 'autopilot', secret: 'AUTOPILOT_REFRESH_TOKEN' },
]
