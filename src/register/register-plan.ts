import type { RunContext } from '../context/run-context.js'
import { errorMessage } from '../findings/error-message.js'
import { oneAfterAnother } from '../findings/text-list.js'
import type { Text } from '../messages/text.js'
import type { PartnerCenterClient } from '../partner-center/client.js'
import {
  type CustomerPlan,
  devicesToSend,
  type RegistrationPlan,
} from '../plan/registration-plan.js'
import type { RowCells } from '../repo/read-rows.js'
import { type CustomerRegistration, CustomerRun } from './customer-run.js'
import { deregisterPart } from './deregister-devices.js'

export interface SkippedCustomer {
  slug: string
  reasons: Text[]
  /** Devices it would have registered or retried. */
  devices: number
}

/** What one registration run did, customer by customer. */
export interface RegistrationRun {
  customers: CustomerRegistration[]
  /** Blocked customers: nothing of theirs was sent (no half-registered customer). */
  skipped: SkippedCustomer[]
}

export interface RegisterPlanOptions {
  client: PartnerCenterClient
  /** Signed in App+User: only then can a missing batch be created. */
  appUser: boolean
  readRows: (sources: readonly string[]) => Promise<ReadonlyMap<string, RowCells>>
  /** Customers registered at once. */
  concurrency: number
  pollTimeoutMs: number
  context: RunContext
  /**
   * Keeps where these customers stand (the in-progress records), and settles once they are kept.
   * Called before each upload goes and after each is accepted; calls that come while one is being
   * kept are gathered into the next.
   */
  keep?: (customers: CustomerRegistration[]) => Promise<void>
}

/** Executes a plan: every customer with something to register, a few sending at a time. */
export async function registerPlan(
  plan: RegistrationPlan,
  options: RegisterPlanOptions,
): Promise<RegistrationRun> {
  const { context } = options
  const startedAt = context.now()
  const deadline = startedAt + options.pollTimeoutMs
  const sending = limit(options.concurrency)
  const runs: CustomerRun[] = []
  const changed = () =>
    context.progress({
      elapsedMs: context.now() - startedAt,
      customers: runs.map((r) => r.progress()),
    })
  // Deregistrations first, each customer's after the other's: a handful of deletes. Each is kept
  // in the in-progress record at once, and in every later one of its customer's, so that a run
  // stopped after them leaves the next one knowing they are done.
  const removals = new Map<CustomerPlan, CustomerRegistration>()
  const removedOf = (slug: string) =>
    [...removals.values()].filter((r) => r.slug === slug && r.devices.length > 0)
  const journal = options.keep ? journalOf(options.keep, context.log, runs, removedOf) : undefined
  for (const customer of plan.customers.filter((c) => !c.blocked)) {
    const removed = await deregisterPart(customer, options)
    if (!removed) continue
    removals.set(customer, removed)
    if (removed.devices.length > 0) await keepQuietly(options, removedOf(customer.slug))
  }
  const toSend = plan.customers.filter((c) => devicesToSend(c) > 0)
  for (const customer of toSend) {
    const run: CustomerRun = new CustomerRun(customer, {
      ...options,
      deadline,
      sending,
      changed,
      ...(journal ? { journal: () => journal(run) } : {}),
    })
    runs.push(run)
  }
  const sent = await Promise.all(runs.map((r) => r.run()))
  const bySending = new Map(toSend.map((part, i) => [part, sent[i] as CustomerRegistration]))
  const customers = withRemovals(plan.customers, bySending, removals).sort(bySlug)
  return { customers, skipped: skippedCustomers(plan) }
}

/**
 * Keeps the standing of the customers that changed, one write at a time: a call made while a
 * write is under way settles with the next write, which holds every customer that changed
 * meanwhile. A customer's every group tag is kept together, as its one in-progress record holds
 * them all. A write that fails is said, not thrown: the run goes on, as it did before there was
 * a journal, and only a crash during it could then send an upload twice.
 */
function journalOf(
  keep: (customers: CustomerRegistration[]) => Promise<void>,
  log: (message: string) => void,
  runs: readonly CustomerRun[],
  removedOf: (slug: string) => CustomerRegistration[],
): (run: CustomerRun) => Promise<void> {
  const dirty = new Set<CustomerRun>()
  let last = Promise.resolve()
  let next: Promise<void> | undefined
  return (run) => {
    for (const other of runs) if (other.slug === run.slug) dirty.add(other)
    next ??= last.then(async () => {
      next = undefined
      // In the runs' order, the plan's: a customer's default tag first.
      const changed = runs.filter((r) => dirty.has(r)).map((r) => r.standing())
      for (const slug of new Set(changed.map((c) => c.slug))) changed.push(...removedOf(slug))
      dirty.clear()
      await keep(changed).catch((error) => {
        log(`could not record the uploads in progress: ${errorMessage(error)}`)
      })
    })
    last = next
    return next
  }
}

/** Keeps the deregistrations done; a write that fails is said, as the journal's are. */
async function keepQuietly(
  options: RegisterPlanOptions,
  customers: CustomerRegistration[],
): Promise<void> {
  await options.keep?.(customers).catch((error) => {
    options.context.log(`could not record the deregistrations done: ${errorMessage(error)}`)
  })
}

/** Each part's registration, its deregistrations added; a part that only deregistered, its own. */
function withRemovals(
  parts: readonly CustomerPlan[],
  sent: ReadonlyMap<CustomerPlan, CustomerRegistration>,
  removals: ReadonlyMap<CustomerPlan, CustomerRegistration>,
): CustomerRegistration[] {
  const out: CustomerRegistration[] = []
  for (const part of parts) {
    const run = sent.get(part)
    const removed = removals.get(part)
    if (run && removed) {
      run.devices.unshift(...removed.devices)
      if (removed.error)
        run.error = run.error ? oneAfterAnother([removed.error, run.error]) : removed.error
    }
    const registration = run ?? removed
    if (registration) out.push(registration)
  }
  return out
}

/** By slug; a customer's tags keep the plan's order (the sort is stable). */
const bySlug = (a: CustomerRegistration, b: CustomerRegistration) =>
  a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0

/** Blocked customers: nothing of theirs is sent. */
export function skippedCustomers(plan: RegistrationPlan): SkippedCustomer[] {
  return plan.customers.filter((c) => c.blocked).map(skippedOf)
}

function skippedOf(plan: CustomerPlan): SkippedCustomer {
  return {
    slug: plan.slug,
    reasons: plan.blockReasons,
    devices: plan.devices.filter((d) => BLOCKED_WITH_CUSTOMER.has(d.reason?.key ?? '')).length,
  }
}

/** The reasons settle gives a device blocked with its customer (build-plan.ts). */
const BLOCKED_WITH_CUSTOMER = new Set(['repo.reason.customerBlocked', 'repo.reason.blockedWould'])

/** At most `slots` pieces of work at once; the others wait their turn in order. */
function limit(slots: number): <T>(work: () => Promise<T>) => Promise<T> {
  let busy = 0
  const waiting: (() => void)[] = []
  return async (work) => {
    if (busy >= slots) await new Promise<void>((resolve) => waiting.push(resolve))
    else busy += 1
    try {
      return await work()
    } finally {
      const next = waiting.shift()
      if (next) next()
      else busy -= 1
    }
  }
}
