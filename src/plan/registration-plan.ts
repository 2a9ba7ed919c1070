import type { Finding } from '../findings/finding.js'
import type { LedgerDevice } from '../ledger/fold-ledger.js'
import type { Text } from '../messages/text.js'

/**
 * What merging does to one device:
 * - `deregister`: asked for in a request file (deregister/): deleted from its batch;
 * - `register`: in a CSV, valid, never registered;
 * - `retry`: the last attempt failed transiently, or is still pending;
 * - `retag`: registered under another group tag than its file or row now gives it: moved from the
 *   batch of the old tag to the new one's;
 * - `already`: registered (it is skipped);
 * - `blocked`: findings with errors, or a permanent failure on record;
 * - `removed`: registered, but in no CSV any more. It stays registered: deleting a line never
 *   deregisters (a request file does).
 */
export type DeviceAction =
  | 'deregister'
  | 'register'
  | 'retry'
  | 'retag'
  | 'already'
  | 'blocked'
  | 'removed'
export const DEVICE_ACTIONS: readonly DeviceAction[] = [
  'register',
  'retry',
  'retag',
  'already',
  'blocked',
  'removed',
  'deregister',
]

export interface PlannedDevice {
  action: DeviceAction
  serialNumber: string
  manufacturer: string
  model: string
  productKeyId: string
  /** `file:line` of the row; the record's source for a removed device. */
  source: string
  /** The row's hash content key (`hh:…`), for the plan digest. */
  hashKey?: string
  /** Why, for blocked, retry and already: words for the renderers to say. */
  reason?: Text
  /** Found in its batch when the pull request asked Partner Center (read-only): not uploaded again. */
  inPartnerCenter?: boolean
}

export interface CustomerPlan {
  slug: string
  name: string | null
  customerId: string | null
  groupTag: string | null
  /** Nothing is registered for a blocked customer: no half-registered customers. */
  blocked: boolean
  blockReasons: Text[]
  devices: PlannedDevice[]
  /**
   * The latest registration state of each device that has one. Kept beside the devices, not on
   * them, so that the report lists the devices themselves: copies of 150,000 devices without
   * their state took 16 MB at the peak of a plan.
   */
  recorded: ReadonlyMap<PlannedDevice, LedgerDevice>
  counts: Record<DeviceAction, number>
  /** Who asked for and approved each deregistration: known on merge, from the pull requests. */
  approvals?: Map<PlannedDevice, DeregisterApproval>
}

/** Who asked for a deregistration and who approved it: the pull request that brought its request. */
export interface DeregisterApproval {
  pullRequest: number | null
  requestedBy: string | null
  approvedBy: string[]
}

export interface PlanOptions {
  /** Also retry permanent failures (such as 808) that someone fixed on the other side. */
  retryFailed?: boolean
  /** Deregistrations one run carries out per customer; more, and it carries out none. */
  maxDeregistrations?: number
}

/** The same plan renders on a pull request and executes on merge. */
export interface RegistrationPlan {
  customers: CustomerPlan[]
  /** SHA-256 over the sorted device identities per customer that merging would register. */
  digest: string
  /** Validation findings plus the plan's own (AP504, AP505, AP604). */
  findings: Finding[]
  /** Device rows in CSVs outside any customer (AP605): read, never registered. */
  strayDevices: number
}

/** Whether merging sends the device to Partner Center: registered anew, retried, or moved. */
export function isSent(device: { action: DeviceAction }): boolean {
  return device.action === 'register' || device.action === 'retry' || device.action === 'retag'
}

/** How many devices merging sends for a customer, moved ones included: none for a blocked one. */
export function devicesToSend(customer: {
  blocked: boolean
  counts: Record<DeviceAction, number>
}): number {
  const { register, retry, retag } = customer.counts
  return customer.blocked ? 0 : register + retry + retag
}

/** Counts a customer's devices by action, anew: after planning, or after a device changed action. */
export function recount(customer: Pick<CustomerPlan, 'devices' | 'counts'>): void {
  for (const action of DEVICE_ACTIONS) customer.counts[action] = 0
  for (const device of customer.devices) customer.counts[device.action] += 1
}

/**
 * A deregistration the plan asked for and the merge will not carry out (no approval, over the
 * cap): blocked, its reason this key's Text, which says why. The renderers and the outcome tell
 * them by it.
 */
export const NOT_DEREGISTERED = 'repo.notDeregistered'

export function isRefusedDeregistration(device: Pick<PlannedDevice, 'action' | 'reason'>): boolean {
  return device.action === 'blocked' && device.reason?.key === NOT_DEREGISTERED
}

/** Where deregistration requests lie: `customers/<slug>/deregister/…`. */
export const DEREGISTER_REQUEST = /^customers\/[^/]+\/deregister\//

/** Whether merging does anything for a customer: sends, moves or deregisters. */
export function hasWork(customer: {
  blocked: boolean
  counts: Record<DeviceAction, number>
}): boolean {
  return devicesToSend(customer) > 0 || (!customer.blocked && customer.counts.deregister > 0)
}

/** How many devices merging sends, all customers together. */
export function totalToSend(customers: readonly Parameters<typeof devicesToSend>[0][]): number {
  return customers.reduce((n, c) => n + devicesToSend(c), 0)
}
