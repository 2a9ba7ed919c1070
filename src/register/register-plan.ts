import type { RunContext } from '../context/run-context.js'
import { errorMessage } from '../findings/error-message.js'
import type { PartnerCenterClient } from '../partner-center/client.js'
import {
  type CustomerPlan,
  devicesToSend,
  type RegistrationPlan,
} from '../plan/registration-plan.js'
import type { RowCells } from '../repo/read-rows.js'
import { type CustomerRegistration, CustomerRun } from './customer-run.js'

export interface SkippedCustomer {
  slug: string
  reasons: string[]
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
   * Called once every customer's sending is over, with where each stands, while the uploads are
   * still being processed; the run ends only after it has settled.
   */
  sent?: (customers: CustomerRegistration[]) => Promise<void>
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
  for (const customer of plan.customers.filter((c) => devicesToSend(c) > 0)) {
    runs.push(new CustomerRun(customer, { ...options, deadline, sending, changed }))
  }
  const told = Promise.all(runs.map((r) => r.sendingOver)).then(async () => {
    if (!options.sent || runs.length === 0) return
    await options.sent(runs.map((r) => r.standing()).sort(bySlug)).catch((error) => {
      context.log(`could not record the uploads in progress: ${errorMessage(error)}`)
    })
  })
  const customers = await Promise.all(runs.map((r) => r.run()))
  await told
  customers.sort(bySlug)
  return { customers, skipped: skippedCustomers(plan) }
}

const bySlug = (a: CustomerRegistration, b: CustomerRegistration) => (a.slug < b.slug ? -1 : 1)

/** Blocked customers: nothing of theirs is sent. */
export function skippedCustomers(plan: RegistrationPlan): SkippedCustomer[] {
  return plan.customers.filter((c) => c.blocked).map(skippedOf)
}

function skippedOf(plan: CustomerPlan): SkippedCustomer {
  return {
    slug: plan.slug,
    reasons: plan.blockReasons,
    devices: plan.devices.filter((d) => d.reason?.startsWith('customer blocked')).length,
  }
}

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
