import type { Say } from '../messages/catalogue.js'
import type { CustomerDrift } from '../use-cases/drift.js'
import { driftMarker, renderCustomerDrift } from './render-drift.js'

/** When and by which run the drift was checked: the last line of each issue. */
export interface DriftCheck {
  /** ISO time of the check. */
  at: string
  runUrl?: string | undefined
}

/**
 * A customer's drift issue in the run's language: its title, its body (the customer's marker
 * first: the issue is found by it, whatever language wrote it), and the comment that closes it.
 * The body is Markdown for the caller to redact; undefined when the customer has no drift.
 */
export function driftIssueText(
  customer: CustomerDrift,
  check: DriftCheck,
  say: Say,
): { title: string; body: string | undefined; resolved: string } {
  const checked = check.runUrl
    ? say('report.drift.checkedBy', { at: check.at, run: check.runUrl })
    : say('report.drift.checked', { at: check.at })
  return {
    title: say('report.drift.issueTitle', { customer: customer.slug }),
    body:
      customer.devices.length > 0
        ? `${driftMarker(customer.slug)}\n${renderCustomerDrift(customer, say)}\n\n${checked} ${say('report.drift.issueLasts')}\n`
        : undefined,
    resolved: `${say('report.drift.resolved')} ${checked}`,
  }
}
