import { errorMessage } from '../findings/error-message.js'
import {
  type CustomerPlan,
  devicesToSend,
  type RegistrationPlan,
} from '../plan/registration-plan.js'
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

export interface RegisterPlanOptions
  extends Omit<RegisterCustomerOptions, 'deadline' | 'sending' | 'sent'> {
  /** Customers registered at once. */
  concurrency: number
  pollTimeoutMs: number
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
  const now = options.now ?? Date.now
  const deadline = now() + options.pollTimeoutMs
  const queue = plan.customers.filter((c) => devicesToSend(c) > 0)
  const sending = limit(options.concurrency)
  const standings: (() => CustomerRegistration)[] = []
  let told = Promise.resolve()
  const sent = (standing: () => CustomerRegistration) => {
    standings.push(standing)
    if (standings.length === queue.length && options.sent) {
      const customers = standings.map((read) => read()).sort(bySlug)
      told = options.sent(customers).catch((error) => {
        const reason = errorMessage(error)
        options.log(`could not record the uploads in progress: ${reason}`)
      })
    }
  }
  const customers = await Promise.all(
    queue.map((plan) => registerCustomer(plan, { ...options, deadline, sending, sent })),
  )
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
