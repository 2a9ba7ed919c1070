import { envelope } from './answers.js'
import type { SandboxFault } from './sandbox-options.js'
import type { SandboxRequest } from './sandbox-request.js'

/** Faults injected by a test, each answering the first request it matches, in order. */
export class SandboxFaults {
  private readonly queued: SandboxFault[] = []

  inject(...more: SandboxFault[]): number {
    return this.queued.push(...more)
  }

  /** How many faults no request has taken yet. */
  pending(): number {
    return this.queued.length
  }

  /** The first fault matching `METHOD /path` (lower case), taken off the queue. */
  take(route: string): SandboxFault | undefined {
    const at = this.queued.findIndex((f) => !f.match || f.match.test(route))
    return at === -1 ? undefined : this.queued.splice(at, 1)[0]
  }
}

/**
 * Plays a fault: waits its delay, then drops the connection or answers with its status. False
 * when the fault was a delay only and the request is still to be served.
 */
export async function playFault(
  fault: SandboxFault,
  request: SandboxRequest,
  drop: () => void,
): Promise<boolean> {
  if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs))
  if (fault.drop) {
    drop()
    return true
  }
  if (!fault.status) return false
  if (fault.text !== undefined) {
    request.reply(fault.status, fault.text)
    return true
  }
  const retry = fault.retryAfterSeconds
  request.reply(
    fault.status,
    fault.status === 429
      ? { statusCode: 429, message: `Rate limit is exceeded. Try again in ${retry ?? 1} seconds.` }
      : envelope(String(fault.status), 'Injected failure'),
    retry === undefined ? {} : { 'Retry-After': String(retry) },
  )
  return true
}
