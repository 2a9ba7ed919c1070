import type { CustomerPlan, RegistrationPlan } from '../plan/registration-plan.js'
import {
  type CustomerRegistration,
  type RegisterCustomerOptions,
  registerCustomer,
} from './register-customer.js'

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

export interface RegisterPlanOptions extends Omit<RegisterCustomerOptions, 'deadline'> {
  /** Customers registered at once. */
  concurrency: number
  pollTimeoutMs: number
}

/** Executes a plan: every customer with something to register, a few at a time. */
export async function registerPlan(
  plan: RegistrationPlan,
  options: RegisterPlanOptions,
): Promise<RegistrationRun> {
  const now = options.now ?? Date.now
  const deadline = now() + options.pollTimeoutMs
  const skipped = plan.customers.filter((c) => c.blocked).map(skippedOf)
  const queue = plan.customers.filter((c) => !c.blocked && c.counts.register + c.counts.retry > 0)
  const customers: CustomerRegistration[] = []
  const lanes = Array.from({ length: Math.min(options.concurrency, queue.length) }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      customers.push(await registerCustomer(next, { ...options, deadline }))
    }
  })
  await Promise.all(lanes)
  customers.sort((a, b) => (a.slug < b.slug ? -1 : 1))
  return { customers, skipped }
}

export function skippedOf(plan: CustomerPlan): SkippedCustomer {
  return {
    slug: plan.slug,
    reasons: plan.blockReasons,
    devices: plan.devices.filter((d) => d.reason?.startsWith('customer blocked')).length,
  }
}
