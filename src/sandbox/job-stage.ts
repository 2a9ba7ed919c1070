import type { SandboxJob } from './state.js'

/** How long the sandbox's upload jobs take: over polls, over time, or never. */
export interface JobTiming {
  /** Polls of a job's status before it finishes. Default 2, unless msToFinish is given. */
  pollsToFinish?: number
  /** Time from the upload to the job's end, polled or not. */
  msToFinish?: number
  /** Jobs stay `processing` for ever. */
  neverFinish?: boolean
}

/**
 * Where a job stands now. It is `queued` until it has been polled once or half its time has
 * passed, then `processing`, then `done` after `pollsToFinish` polls or `msToFinish`, whichever
 * comes first. Without msToFinish this is the poll count alone, as it always was.
 */
export function jobStage(
  job: Pick<SandboxJob, 'polls' | 'startedAt'>,
  timing: JobTiming,
  now: number,
): 'queued' | 'processing' | 'done' {
  const { msToFinish, neverFinish } = timing
  const elapsed = now - job.startedAt
  const pollLimit = timing.pollsToFinish ?? (msToFinish === undefined ? 2 : undefined)
  if (!neverFinish) {
    if (pollLimit !== undefined && job.polls > pollLimit) return 'done'
    if (msToFinish !== undefined && elapsed >= msToFinish) return 'done'
  }
  const early = msToFinish === undefined || neverFinish || elapsed < msToFinish / 2
  return job.polls <= 1 && early ? 'queued' : 'processing'
}
