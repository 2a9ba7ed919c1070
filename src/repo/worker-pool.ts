import { availableParallelism } from 'node:os'
import { parentPort, Worker } from 'node:worker_threads'
import { errorMessage } from '../findings/error-message.js'
import { checkDeviceFile, type FileCheckRequest, type FileReport } from './check-device-file.js'
import { type FileChecker, inThisThread } from './file-checker.js'
import { fromWire, toWire, type WireReport } from './report-wire.js'
import { bytesUpTo } from './scan-repository.js'
import { WORKER_LIMITS, WORKER_THRESHOLD_BYTES } from './worker-limits.js'

/**
 * Files a worker is given at once: while one is parsed, the next is read. With one at a time,
 * 10,000 small files spent most of their time on the way between threads.
 */
const FILES_IN_FLIGHT = 2

type Reply = { id: number; report: WireReport } | { id: number; error: string }

/**
 * Checks files on worker threads when there is enough to check, else in this thread. `entry` is
 * the worker bundle (dist/worker/index.js), which calls serveFileChecks().
 */
export function workerChecker(options: {
  entry: string
  workers?: number
  /** Told how the work was split, for debug logs. */
  log?: (message: string) => void
}): FileChecker {
  return {
    async checkAll(requests) {
      const size = Math.min(options.workers ?? availableParallelism(), 4, requests.length)
      const paths = requests.map((r) => r.path)
      const bytes = await bytesUpTo(paths, WORKER_THRESHOLD_BYTES)
      if (size < 2 || bytes < WORKER_THRESHOLD_BYTES) {
        options.log?.(`checking ${requests.length} file(s), ${bytes} bytes, in this thread`)
        return inThisThread.checkAll(requests)
      }
      options.log?.(
        `checking ${requests.length} file(s), ${bytes} bytes or more, on ${size} worker threads`,
      )
      return runOnWorkers(options.entry, size, requests)
    },
  }
}

async function runOnWorkers(
  entry: string,
  size: number,
  requests: readonly FileCheckRequest[],
): Promise<FileReport[]> {
  const reports: FileReport[] = new Array(requests.length)
  let next = 0
  const workers = Array.from(
    { length: size },
    () => new Worker(entry, { resourceLimits: WORKER_LIMITS }),
  )
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let out = 0
            const send = () => {
              if (next >= requests.length) return out === 0 && resolve()
              const id = next++
              out++
              worker.postMessage({ id, request: requests[id] })
            }
            worker.on('message', (reply: Reply) => {
              if ('error' in reply) return reject(new Error(reply.error))
              out--
              reports[reply.id] = fromWire(reply.report)
              send()
            })
            worker.once('error', reject)
            worker.once('exit', (code) => {
              if (next < requests.length || out > 0 || code !== 0)
                reject(new Error(`a file-check worker stopped (exit code ${code})`))
            })
            for (let i = 0; i < FILES_IN_FLIGHT; i++) send()
          }),
      ),
    )
  } finally {
    await Promise.all(workers.map((w) => w.terminate()))
  }
  return reports
}

/** The worker side: check each file the main thread sends. */
export function serveFileChecks(): void {
  const port = parentPort
  if (!port) throw new Error('serveFileChecks runs only inside a worker thread')
  port.on('message', ({ id, request }: { id: number; request: FileCheckRequest }) => {
    checkDeviceFile(request).then(
      (report) => port.postMessage({ id, report: toWire(report) } satisfies Reply),
      (error: unknown) =>
        port.postMessage({
          id,
          error: errorMessage(error),
        } satisfies Reply),
    )
  })
}
