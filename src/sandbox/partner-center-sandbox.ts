import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { DeviceUpload } from '../partner-center/client.js'
import { tryParseBody } from '../partner-center/schemas.js'
import { acceptedAnswer, batchListPage, envelope, pageOf, uploadStatusBody } from './answers.js'
import { type JobTiming, jobStage } from './job-stage.js'
import { readText } from './request-body.js'
import { type SandboxSeed, SandboxState } from './state.js'

/** A fault to answer the next matching request with, instead of serving it. */
export interface SandboxFault {
  /** Matched against `METHOD /path` (lower case, without /v1); default every request. */
  match?: RegExp
  status?: number
  retryAfterSeconds?: number
  /** Answer only after this long. */
  delayMs?: number
  /** Close the connection without an answer. */
  drop?: boolean
}

export interface SandboxOptions extends JobTiming {
  seed?: SandboxSeed
  /** The clock msToFinish is measured on; default Date.now. */
  now?: () => number
  /**
   * How an accepted upload names its job: the `Location` header (documented, the default), a
   * status link in the body (what the REST reference says, reference §13 item 5), only a
   * `batchTrackingId` in the body, or nothing at all.
   */
  acceptedWith?: 'location' | 'body-link' | 'body-tracking-id' | 'nothing'
  /**
   * Page the list of batches, this many a page (whether Partner Center does is unconfirmed,
   * reference §13 item 11). The next page's token comes in the body's `continuationToken`
   * (default), in `links.next` (the generic collection, §1.5) or in an `MS-ContinuationToken`
   * response header, and is read back from the `MS-ContinuationToken` request header.
   */
  batchPages?: { size: number; tokenIn?: 'body' | 'links' | 'header' }
  /** Prefix every JSON answer with a UTF-8 byte order mark, as Partner Center does. */
  bom?: boolean
  /** The batch status stays `finished` even when a device failed (as in the documented example). */
  finishedDespiteErrors?: boolean
  /** Refuse to create a batch with an app-only token (the documented rule); tokens are told apart by `isAppUser`. */
  requireAppUserToCreate?: boolean
  isAppUser?: (token: string) => boolean
  /** Every answer waits this long: a network's round trip, for measuring a client. */
  latencyMs?: number
  /** Tokens the sandbox takes; others get 401 (an expired token, say). Default: any bearer token. */
  acceptToken?: (token: string) => boolean
}

export interface RecordedCall {
  method: string
  path: string
  requestId: string | undefined
  status: number
}

const PAGE = 100

/** The Partner Center device-batch API on a local port, as reference §12 describes it. */
export async function startPartnerCenterSandbox(options: SandboxOptions = {}, port = 0) {
  const state = new SandboxState(options.seed)
  const faults: SandboxFault[] = []
  const calls: RecordedCall[] = []
  const uploads = new Map<string, string>()
  const now = options.now ?? Date.now
  const server: Server = createServer((req, res) => {
    void serve(req, res).catch((error: unknown) =>
      answer(res, 500, envelope('InternalServerError', String(error))),
    )
  })

  async function serve(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://sandbox')
    const method = req.method ?? 'GET'
    const path = url.pathname.replace(/^\/v1(?=\/)/i, '')
    const requestId = header(req, 'ms-requestid')
    const reply = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      calls.push({ method, path, requestId, status })
      answer(res, status, body, {
        'MS-RequestId': requestId ?? randomUUID(),
        'MS-CorrelationId': header(req, 'ms-correlationid') ?? randomUUID(),
        ...headers,
      })
    }
    if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs))
    finishDueJobs()
    const fault = takeFault(`${method} ${path}`.toLowerCase())
    if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs))
    if (fault?.drop) {
      calls.push({ method, path, requestId, status: 0 })
      req.socket.destroy()
      return
    }
    if (fault?.status) {
      const retry = fault.retryAfterSeconds
      return reply(
        fault.status,
        fault.status === 429
          ? {
              statusCode: 429,
              message: `Rate limit is exceeded. Try again in ${retry ?? 1} seconds.`,
            }
          : envelope(String(fault.status), 'Injected failure'),
        retry === undefined ? {} : { 'Retry-After': String(retry) },
      )
    }
    const token = /^Bearer (.+)$/i.exec(header(req, 'authorization') ?? '')?.[1]
    if (!token)
      return reply(
        401,
        envelope('Unauthorized', 'Authorization header missing or not a bearer token'),
      )
    if (options.acceptToken && !options.acceptToken(token)) {
      return reply(401, envelope('Unauthorized', 'The token expired'))
    }
    // MS-RequestId is the idempotency key: a retried upload answers as the first one did.
    const earlier = method === 'POST' && requestId ? uploads.get(requestId) : undefined
    if (earlier) return accepted(reply, earlier)
    // Read as the client reads answers: a byte order mark stripped, property names in any case (the
    // real service takes both the SDK's PascalCase and camelCase); not JSON, no body.
    const body = tryParseBody(await readText(req))
    const m = path.match(
      /^\/customers\/([^/]+)\/(devicebatches|batchjobstatus)(?:\/([^/]+))?(?:\/devices)?(?:\/([^/]+))?$/i,
    )
    if (!m) return reply(404, envelope('NotFound', `no route ${method} ${path}`))
    const customerId = decodeURIComponent(m[1] ?? '')
    const kind = (m[2] ?? '').toLowerCase()
    const second = m[3] === undefined ? undefined : decodeURIComponent(m[3])
    const third = m[4] === undefined ? undefined : decodeURIComponent(m[4])
    const devicesPath = /\/devices(?:\/[^/]+)?$/i.test(path)

    if (kind === 'batchjobstatus' && method === 'GET' && second) {
      const job = state.jobs.get(second)
      if (!job || job.customerId.toLowerCase() !== customerId.toLowerCase())
        return reply(404, envelope('NotFound', `no job ${second}`))
      job.polls += 1
      const stage = job.results ? 'done' : jobStage(job, options, now())
      if (stage === 'done') state.settle(job)
      return reply(200, uploadStatusBody(job, stage, options.finishedDespiteErrors ?? false))
    }
    if (kind !== 'devicebatches')
      return reply(405, envelope('MethodNotAllowed', `${method} ${path}`))
    if (!second && method === 'GET') {
      const page = batchListPage(
        customerId,
        [...state.batchesOf(customerId)],
        header(req, 'ms-continuationtoken'),
        options.batchPages,
      )
      return reply(200, page.body, page.headers)
    }
    if (!second && method === 'POST') {
      if (options.requireAppUserToCreate && !(options.isAppUser?.(token) ?? false)) {
        return reply(
          403,
          envelope('Forbidden', 'Creating a device batch needs App+User credentials'),
        )
      }
      const request = body as { batchId?: string; devices?: DeviceUpload[] } | undefined
      if (!request?.batchId || !Array.isArray(request.devices))
        return reply(400, envelope('BadRequest', 'batchId and devices are required'))
      if (state.findBatch(customerId, request.batchId))
        return reply(409, envelope('AlreadyExists', `batch ${request.batchId} already exists`))
      const invalid = invalidDevice(request.devices)
      if (invalid) return reply(400, envelope('InvalidDevice', invalid))
      state.batchesOf(customerId).set(request.batchId, [])
      return accepted(reply, startJob(customerId, request.batchId, request.devices, requestId))
    }
    const batch = second ? state.findBatch(customerId, second) : undefined
    if (!batch) return reply(404, envelope('NotFound', `no batch ${second ?? ''}`))
    if (devicesPath && method === 'POST' && !third) {
      if (!Array.isArray(body))
        return reply(400, envelope('BadRequest', 'the body must be an array of devices'))
      const invalid = invalidDevice(body as DeviceUpload[])
      if (invalid) return reply(400, envelope('InvalidDevice', invalid))
      return accepted(reply, startJob(customerId, batch[0], body as DeviceUpload[], requestId))
    }
    if (devicesPath && method === 'GET' && !third) {
      const page = pageOf(batch[1], header(req, 'ms-continuationtoken'), PAGE)
      const next = page.next
      return reply(200, {
        totalCount: batch[1].length,
        items: page.items.map(({ hardwareHash: _hash, ...d }) => ({
          ...d,
          attributes: { objectType: 'Device' },
        })),
        ...(next ? { continuationToken: next } : {}),
        attributes: { objectType: 'Collection' },
      })
    }
    if (devicesPath && method === 'DELETE' && third) {
      if (!state.removeDevice(customerId, batch[1], third))
        return reply(404, envelope('NotFound', `no device ${third}`))
      return reply(204)
    }
    return reply(405, envelope('MethodNotAllowed', `${method} ${path}`))
  }

  function startJob(
    customerId: string,
    batchId: string,
    devices: DeviceUpload[],
    requestId: string | undefined,
  ): string {
    const trackingId = randomUUID()
    state.jobs.set(trackingId, {
      trackingId,
      customerId,
      batchId,
      devices,
      polls: 0,
      startedAt: now(),
    })
    const location = `/customers/${customerId}/batchJobStatus/${trackingId}`
    if (requestId) uploads.set(requestId, location)
    return location
  }

  /** 202 naming the job as `acceptedWith` says. */
  function accepted(
    reply: (status: number, body?: unknown, headers?: Record<string, string>) => void,
    location: string,
  ) {
    const answer = acceptedAnswer(options.acceptedWith, location)
    reply(202, answer.body, answer.headers)
  }

  /**
   * Jobs whose msToFinish has passed end now, polled or not: their devices are in the batch for
   * whatever this request reads. In the order the uploads came, as Partner Center would.
   */
  function finishDueJobs() {
    if (options.msToFinish === undefined || options.neverFinish) return
    for (const job of state.jobs.values())
      if (!job.results && jobStage(job, options, now()) === 'done') state.settle(job)
  }

  function takeFault(route: string): SandboxFault | undefined {
    const at = faults.findIndex((f) => !f.match || f.match.test(route))
    return at === -1 ? undefined : faults.splice(at, 1)[0]
  }

  function answer(
    res: ServerResponse,
    status: number,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    if (body === undefined) {
      res.writeHead(status, { 'Content-Length': '0', ...headers })
      res.end()
      return
    }
    const text = `${options.bom ? '\uFEFF' : ''}${JSON.stringify(body)}`
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers })
    res.end(text)
  }

  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    state,
    calls,
    /** Answer the next matching requests with these faults, in order. */
    inject: (...more: SandboxFault[]) => faults.push(...more),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export type PartnerCenterSandbox = Awaited<ReturnType<typeof startPartnerCenterSandbox>>

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name]
  return Array.isArray(value) ? value[0] : value
}

/** Why an upload is refused: the first device without an accepted identifier combination. */
function invalidDevice(devices: readonly DeviceUpload[]): string | undefined {
  const at = devices.findIndex((d) => !acceptedCombination(d))
  return at === -1 ? undefined : `device ${at} has no accepted identifier combination`
}

/** Partner Center's six identifier combinations (reference §5.1). */
function acceptedCombination(d: DeviceUpload): boolean {
  const has = (v: string | undefined) => typeof v === 'string' && v !== ''
  if (has(d.hardwareHash)) return true
  if (has(d.productKey) && !has(d.serialNumber)) return true
  return has(d.serialNumber) && has(d.oemManufacturerName) && has(d.modelName)
}
