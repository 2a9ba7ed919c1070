import { tagsOf } from '../config/customer-schema.js'
import { errorAsText, oneAfterAnother } from '../findings/text-list.js'
import type { Text } from '../messages/text.js'
import { text } from '../messages/text-of.js'
import { PartnerCenterError } from '../partner-center/errors.js'
import { buildPlan } from '../plan/build-plan.js'
import { batchNamed } from '../register/device-batch.js'
import type { ConnectPartnerCenter, RepositoryReader } from './ports.js'

/** A sign-in mode the run would use, and whether it worked. */
export interface SignInCheck {
  mode: 'app-only' | 'app+user'
  ok: boolean
  /** Why not, in Entra's words, or how to have it. */
  detail: Text
}

/** One batch a customer's devices go to: the group tag's, existing or to be made. */
export interface BatchCheck {
  groupTag: string
  exists: boolean
  /** The devices Partner Center says it holds, when it exists. */
  devices?: number
  /** Merging can create it: App+User works; else `create-batch` or the portal. */
  creatable: boolean
}

export interface CustomerCheck {
  slug: string
  customerId: string | null
  /** The app-only calls a merge makes (listing the customer's batches) answer. */
  reachable: boolean
  /** What stops this customer, and what to do; absent when it would register. */
  problem?: Text
  batches: BatchCheck[]
  ready: boolean
}

/** What a first merge would meet: the sign-ins, and each customer's standing in Partner Center. */
export interface DoctorReport {
  schemaVersion: 1
  signIns: SignInCheck[]
  customers: CustomerCheck[]
  /** Every customer would register. */
  ready: boolean
}

/**
 * The preflight before a first merge: signs in with every mode configured, then asks Partner
 * Center, read-only and app-only, for each customer's batches. Sends nothing.
 */
export async function doctor(input: {
  repository: RepositoryReader
  partnerCenter: ConnectPartnerCenter
}): Promise<DoctorReport> {
  const inspection = await input.repository.inspect()
  const plan = buildPlan(inspection, { retryFailed: false })
  const { client, appUser } = input.partnerCenter()
  const app = await check('app-only', () => client.signIn())
  const user = appUser
    ? await check('app+user', () => client.signInAsUser())
    : {
        mode: 'app+user' as const,
        ok: false,
        detail: text('repo.doctor.noRefreshToken'),
      }
  const customers: CustomerCheck[] = []
  for (const { folder, customer } of inspection.customers) {
    const parts = plan.customers.filter((c) => c.slug === folder.slug)
    const asked: Asked = {
      slug: folder.slug,
      customerId: customer?.customerId ?? null,
      tags: customer ? tagsOf(customer) : [],
      blockReasons: parts.find((c) => c.blocked)?.blockReasons ?? [],
    }
    customers.push(
      app.ok
        ? await checkCustomer(asked, client, user.ok)
        : unchecked(asked, text('repo.doctor.appSignInFailed')),
    )
  }
  const ready = app.ok && customers.every((c) => c.ready)
  return { schemaVersion: 1, signIns: [app, user], customers, ready }
}

async function check(mode: SignInCheck['mode'], signIn: () => Promise<void>): Promise<SignInCheck> {
  try {
    await signIn()
    return { mode, ok: true, detail: text('repo.doctor.signedIn') }
  } catch (error) {
    return { mode, ok: false, detail: errorAsText(error) }
  }
}

/** A customer as doctor asks about it: every tag of its customer.yml, each its own batch. */
interface Asked {
  slug: string
  customerId: string | null
  tags: string[]
  /** Why the plan blocks it; none when it would register. */
  blockReasons: Text[]
}

async function checkCustomer(
  customer: Asked,
  client: ReturnType<ConnectPartnerCenter>['client'],
  appUser: boolean,
): Promise<CustomerCheck> {
  if (customer.blockReasons.length > 0 || !customer.customerId || customer.tags.length === 0)
    return unchecked(
      customer,
      text('repo.doctor.fixRepository', {
        reasons: oneAfterAnother(customer.blockReasons) ?? text('repo.blocked.customerFile'),
      }),
    )
  let listed: Awaited<ReturnType<typeof client.listDeviceBatches>>
  try {
    listed = await client.listDeviceBatches(customer.customerId)
  } catch (error) {
    return unchecked(customer, refusal(error))
  }
  const batches: BatchCheck[] = []
  const problems: Text[] = []
  for (const groupTag of customer.tags) {
    try {
      const found = batchNamed(listed, groupTag)
      batches.push(
        found
          ? { groupTag, exists: true, creatable: appUser, ...devicesOf(found.devicesCount) }
          : { groupTag, exists: false, creatable: appUser },
      )
    } catch (error) {
      // A batch named like the tag but for case: a merge would refuse it, and says why.
      batches.push({ groupTag, exists: false, creatable: appUser })
      problems.push(errorAsText(error))
    }
  }
  const missing = batches.filter((b) => !b.exists && !b.creatable)
  if (missing.length > 0)
    problems.push(text('repo.doctor.noBatch', { tags: missing.map((b) => b.groupTag).join(', ') }))
  return {
    slug: customer.slug,
    customerId: customer.customerId,
    reachable: true,
    batches,
    ready: problems.length === 0,
    ...(problems.length > 0 ? { problem: oneAfterAnother(problems) } : {}),
  }
}

function devicesOf(count: number | undefined): { devices?: number } {
  return count === undefined ? {} : { devices: count }
}

function unchecked(customer: Asked, problem: Text): CustomerCheck {
  return {
    slug: customer.slug,
    customerId: customer.customerId,
    reachable: false,
    problem,
    batches: [],
    ready: false,
  }
}

/** Partner Center's refusal, with what a partner does about the usual ones. */
function refusal(error: unknown): Text {
  const said = errorAsText(error)
  if (!(error instanceof PartnerCenterError)) return said
  const status = error.details.status
  if (status === 403) return text('repo.doctor.forbidden', { said })
  if (status === 401) return text('repo.doctor.unauthorized', { said })
  return said
}
