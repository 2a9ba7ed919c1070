import { createHash } from 'node:crypto'
import { type CustomerPlan, isSent } from './registration-plan.js'

/** SHA-256 over, per customer in slug order, what merging would register: so a merge run can say whether it executes what was reviewed. */
export function planDigest(customers: readonly CustomerPlan[]): string {
  const hash = createHash('sha256')
  const key = (plan: CustomerPlan) => `${plan.slug}\u0000${plan.groupTag ?? ''}`
  for (const plan of [...customers].sort((a, b) => (key(a) < key(b) ? -1 : 1))) {
    if (plan.blocked) {
      hash.update(`customer ${plan.slug} blocked\n`)
      continue
    }
    hash.update(`customer ${plan.slug} ${plan.customerId} ${plan.groupTag}\n`)
    // The exact values sent (Partner Center compares them case-sensitively) and the hash content.
    const lines = plan.devices
      .filter((d) => isSent(d) || d.action === 'deregister')
      .map(
        (d) =>
          `${d.action}\t${d.serialNumber}\t${d.manufacturer}\t${d.model}\t${d.productKeyId}\t${d.hashKey ?? ''}\n`,
      )
      .sort()
    for (const line of lines) hash.update(line)
  }
  return hash.digest('hex')
}
