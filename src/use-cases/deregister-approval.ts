import { errorMessage } from '../findings/error-message.js'
import type { MergedPullRequest } from '../github/merged-pull-requests.js'
import type { Text } from '../messages/text.js'
import { text } from '../messages/text-of.js'
import {
  DEREGISTER_REQUEST,
  NOT_DEREGISTERED,
  type PlannedDevice,
  type RegistrationPlan,
  recount,
} from '../plan/registration-plan.js'

/**
 * A deregistration is carried out only when a pull request this run carries out changed its
 * request file and was approved by someone other than its author; each such device then knows
 * who asked and who approved. The others are refused, saying why: nothing is deleted without a
 * second pair of eyes. Without GitHub (the CLI) every deregistration is refused.
 */
export async function approveDeregistrations(
  plan: RegistrationPlan,
  reviewed: readonly MergedPullRequest[],
  filesOf: ((pullRequest: number) => Promise<PullRequestFile[]>) | undefined,
): Promise<void> {
  const asking = plan.customers.filter((c) => c.devices.some((d) => d.action === 'deregister'))
  if (asking.length === 0) return
  let byFile: Map<string, Asking>
  try {
    byFile = await requestFilesOf(reviewed, filesOf)
  } catch (error) {
    const why = text('repo.notDeregistered.noFiles', { error: errorMessage(error) })
    for (const customer of asking) {
      for (const device of customer.devices) if (device.action === 'deregister') refuse(device, why)
      recount(customer)
    }
    return
  }
  for (const customer of asking) {
    for (const device of customer.devices.filter((d) => d.action === 'deregister')) {
      const file = device.source.replace(/:\d+$/, '')
      const asking = byFile.get(file)
      // The pull request must have added the device's line, not merely changed the file.
      const pull = asking && addedLineNames(asking, device) ? asking.pull : undefined
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

/** A file a pull request changed, with the lines it added when GitHub shows its diff. */
export interface PullRequestFile {
  path: string
  /** The added lines; undefined when GitHub gives no diff (a large or binary file). */
  added?: string[]
}

interface Asking {
  pull: MergedPullRequest
  added: string[] | undefined
}

/** Each request file changed by a pull request, with the latest one that changed it. */
async function requestFilesOf(
  reviewed: readonly MergedPullRequest[],
  filesOf: ((pullRequest: number) => Promise<PullRequestFile[]>) | undefined,
): Promise<Map<string, Asking>> {
  const byFile = new Map<string, Asking>()
  if (!filesOf) return byFile
  // Oldest first: the latest pull request to change a request file is the one that asks.
  for (const pull of reviewed)
    for (const file of await filesOf(pull.number))
      if (DEREGISTER_REQUEST.test(file.path)) byFile.set(file.path, { pull, added: file.added })
  return byFile
}

/**
 * Whether the pull request's diff adds a line naming the device (its serial or product key id):
 * an approval of a pull request that only touched the file approves nothing in it. Without a
 * diff (GitHub shows none for a large or UTF-16 file) the file's change is taken for the line's.
 */
function addedLineNames(asking: Asking, device: PlannedDevice): boolean {
  if (asking.added === undefined) return true
  const names = [device.serialNumber, device.productKeyId].filter((n) => n !== '')
  return asking.added.some((line) =>
    line.split(',').some((cell) => names.includes(cell.trim().replace(/^"|"$/g, ''))),
  )
}

function whyNot(pull: MergedPullRequest | undefined, github: boolean): Text {
  if (!github) return text('repo.notDeregistered.noPullRequest')
  if (!pull) return text('repo.notDeregistered.notAdded')
  const author = pull.author || undefined
  return text('repo.notDeregistered.unapproved', { number: String(pull.number), author })
}

function refuse(device: PlannedDevice, why: Text): void {
  device.action = 'blocked'
  device.reason = text(NOT_DEREGISTERED, { why })
}

/** The lines a unified diff adds (`+` lines, not the `+++` header). */
export function addedLines(patch: string): string[] {
  return patch
    .split(/\r?\n/)
    .filter((line) => line.startsWith('+') && !line.startsWith('+++'))
    .map((line) => line.slice(1))
}
