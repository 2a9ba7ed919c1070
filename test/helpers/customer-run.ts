import { onTestFinished } from 'vitest'
import { runContext } from '../../src/context/run-context.js'
import type { SyntheticDevice } from '../../src/hash/encode-hardware-hash.js'
import type { LedgerDevice } from '../../src/ledger/fold-ledger.js'
import { PartnerCenterClient } from '../../src/partner-center/client.js'
import type { CustomerPlan, PlannedDevice } from '../../src/plan/registration-plan.js'
import { CustomerRun } from '../../src/register/customer-run.js'
import type { RowCells } from '../../src/repo/read-rows.js'
import {
  type SandboxOptions,
  startPartnerCenterSandbox,
} from '../../src/sandbox/partner-center-sandbox.js'
import { device, hashOf } from './synthetic.js'

/** One customer's registration, tested in memory against the Partner Center sandbox. */
export const CUSTOMER = '8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60'
export const TAG = 'Microsoft365Managed_Autopilot'

/**
 * One customer's plan and the cells of its rows, held in memory: a customer's registration is
 * tested without a repository on disk. `cells` says what each row holds (serial, product key, hash).
 */
export function customerOf(rows: readonly Partial<RowCells & { device: SyntheticDevice }>[]) {
  const cells = new Map<string, RowCells>()
  const devices: PlannedDevice[] = rows.map((row, i) => {
    const source = `customers/contoso/devices/a.csv:${i + 2}`
    const d = row.device
    cells.set(source, {
      serialNumber: row.serialNumber ?? d?.serialNumber ?? '',
      productKeyId: row.productKeyId ?? '',
      hardwareHash: row.hardwareHash ?? (d ? hashOf(d) : ''),
    })
    return {
      action: 'register',
      serialNumber: d?.serialNumber ?? row.serialNumber ?? '',
      manufacturer: d?.manufacturer ?? '',
      model: d?.model ?? '',
      productKeyId: d?.productKeyId ?? row.productKeyId ?? '',
      source,
    }
  })
  // A Map the tests fill in: states on record, as a plan would have found them.
  const customer: CustomerPlan & { recorded: Map<PlannedDevice, LedgerDevice> } = {
    slug: 'contoso',
    name: 'Contoso',
    customerId: CUSTOMER,
    groupTag: TAG,
    blocked: false,
    blockReasons: [],
    devices,
    recorded: new Map(),
    counts: {
      register: devices.length,
      retry: 0,
      retag: 0,
      already: 0,
      blocked: 0,
      removed: 0,
      deregister: 0,
    },
  }
  return { customer, cells }
}

export const withHash = (...ns: number[]) => ns.map((n) => ({ device: device(n) }))

export async function sandbox(options: SandboxOptions = {}) {
  const server = await startPartnerCenterSandbox({ pollsToFinish: 0, ...options })
  onTestFinished(() => server.close())
  const client = new PartnerCenterClient({
    baseUrl: server.url,
    tokens: { getToken: async () => 'app-token' },
    version: 'test',
    chunkSize: 2,
    sleep: async () => {},
  })
  return { server, client }
}

/** What a record of an earlier run says of a device whose upload it left processing. */
export function pendingOnRecord(planned: PlannedDevice, trackingId: string): LedgerDevice {
  return {
    serialNumber: planned.serialNumber,
    manufacturer: planned.manufacturer,
    model: planned.model,
    productKeyId: planned.productKeyId,
    hardwareHashSha256: '',
    source: planned.source,
    status: 'pending',
    deviceId: null,
    trackingId,
    errorCode: null,
    errorName: null,
    errorDescription: null,
    transient: null,
    customer: 'contoso',
    record: 'customers/contoso/registrations/20261120T100000Z-aaaaaaa.json',
    at: '2026-11-20T10:00:00Z',
    groupTag: 'Microsoft365Managed_Autopilot',
  }
}

export const serially = <T>(work: () => Promise<T>) => work()

export function runOptions(cells: ReadonlyMap<string, RowCells>, client: PartnerCenterClient) {
  return {
    client,
    appUser: true,
    deadline: Date.now() + 60_000,
    context: runContext({ sleep: async () => {} }),
    readRows: async () => cells,
    sending: serially,
  }
}

export const runOf = (
  customer: CustomerPlan,
  cells: ReadonlyMap<string, RowCells>,
  client: PartnerCenterClient,
) => new CustomerRun(customer, runOptions(cells, client))
