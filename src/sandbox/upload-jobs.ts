import { randomUUID } from 'node:crypto'
import type { DeviceUpload } from '../partner-center/client.js'
import { acceptedAnswer } from './answers.js'
import { jobStage } from './job-stage.js'
import type { Reply } from './sandbox-request.js'
import type { SandboxWorld } from './sandbox-world.js'

/** Starts the job of an accepted upload; returns the status path that names it. */
export function startJob(
  world: SandboxWorld,
  upload: { customerId: string; batchId: string; devices: DeviceUpload[] },
  requestId: string | undefined,
): string {
  const trackingId = randomUUID()
  world.state.jobs.set(trackingId, { trackingId, ...upload, polls: 0, startedAt: world.now() })
  const location = `/customers/${upload.customerId}/batchJobStatus/${trackingId}`
  if (requestId) world.uploads.set(requestId, location)
  return location
}

/** 202 naming the job as `acceptedWith` says. */
export function replyAccepted(world: SandboxWorld, reply: Reply, location: string) {
  const answer = acceptedAnswer(world.options.acceptedWith, location)
  reply(202, answer.body, answer.headers)
}

/**
 * Jobs whose msToFinish has passed end now, polled or not: their devices are in the batch for
 * whatever this request reads. In the order the uploads came, as Partner Center would.
 */
export function finishDueJobs(world: SandboxWorld) {
  const { options, state } = world
  if (options.msToFinish === undefined || options.neverFinish) return
  for (const job of state.jobs.values())
    if (!job.results && jobStage(job, options, world.now()) === 'done')
      state.settle(job, options.failDevices)
}
