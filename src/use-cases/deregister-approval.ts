import { errorMessage } from '../findings/error-message.js'
import type { MergedPullRequest } from '../github/merged-pull-requests.js'
import {
  type CustomerPlan,
  DEVICE_ACTIONS,
  type PlannedDevice,
  type RegistrationPlan,
} from '../plan/registration-plan.js'

/** The request files of a deregistration: `customers/<slug>/deregister/…`. */
const REQUEST_FILE = /^customers\/[^/]+\/deregister\//

/**
 * A deregistration is carried out only when a pull request this run carries out changed its
 * request file and was approved by someone other than its author; each such device then knows
 * who asked and who approved. The others are refused, saying why: nothing is deleted without a
 * second pair of eyes. Without GitHub (the CLI) every deregistration is refused.
 */
export async function approveDeregistrations(
  plan: RegistrationPlan,
  reviewed: readonly MergedPullRequest[],
  filesOf: ((pullRequest: number) => Promise<string[]>) | undefined,
): Promise<void> {
  const asking = plan.customers.filter((c) => c.devices.some((d) => d.action === 'deregister'))
  if (asking.length === 0) return
  let byFile: Map<string, MergedPullRequest>
  try {
    byFile = await requestFilesOf(reviewed, filesOf)
  } catch (error) {
    const why = `GitHub could not list the pull requests' files (${errorMessage(error)}), so no approval could be checked`
    for (const customer of asking) {
      for (const device of customer.devices) if (device.action === 'deregister') refuse(device, why)
      recount(customer)
    }
    return
  }
  for (const customer of asking) {
    for (const device of customer.devices.filter((d) => d.action === 'deregister')) {
      const file = device.source.replace(/:\d+$/, '')
      const pull = byFile.get(file)
      const others = pull ? pull.approvedBy.filter((login) => login !== pull.author) : []
      if (pull && others.length > 0) {
        customer.approvals ??= new Map()
        customer.approvals.set(device, {
          pullRequest: pull.number,
          requestedBy: pull.author,
          approvedBy: others,
        })
      } else refuse(device, whyNot(pull, filesOf !== undefined))
    }
    recount(customer)
  }
}

/** Each request file changed by a pull request, with the latest one that changed it. */
async function requestFilesOf(
  reviewed: readonly MergedPullRequest[],
  filesOf: ((pullRequest: number) => Promise<string[]>) | undefined,
): Promise<Map<string, MergedPullRequest>> {
  const byFile = new Map<string, MergedPullRequest>()
  if (!filesOf) return byFile
  // Oldest first: the latest pull request to change a request file is the one that asks.
  for (const pull of reviewed)
    for (const file of await filesOf(pull.number))
      if (REQUEST_FILE.test(file)) byFile.set(file, pull)
  return byFile
}

function whyNot(pull: MergedPullRequest | undefined, github: boolean): string {
  if (!github)
    return 'deregistrations are carried out by the action on merge, once a pull request is approved; this run has no pull request to check'
  if (!pull)
    return 'no pull request merged since the last run changed its request file, so none approved it: change the file in a pull request and have it approved'
  const author = pull.author ? ` (@${pull.author})` : ''
  return `pull request #${pull.number}, which asked for it, has no approval from someone other than its author${author}`
}

function refuse(device: PlannedDevice, why: string): void {
  device.action = 'blocked'
  device.reason = `not deregistered: ${why}`
}

function recount(customer: CustomerPlan): void {
  for (const action of DEVICE_ACTIONS) customer.counts[action] = 0
  for (const device of customer.devices) customer.counts[device.action] += 1
}
