import type { DeviceUpload } from '../partner-center/client.js'
import { batchListPage, collectionAnswer, envelope, pageOf, uploadStatusBody } from './answers.js'
import { invalidDevice } from './device-identifiers.js'
import { jobStage } from './job-stage.js'
import type { SignedRequest } from './sandbox-request.js'
import type { SandboxWorld } from './sandbox-world.js'
import type { SandboxDevice } from './state.js'
import { replyAccepted, startJob } from './upload-jobs.js'

/** Devices a page of a batch's device list holds, as Partner Center pages it. */
const PAGE = 100

type Handler = (request: SignedRequest, world: SandboxWorld, params: string[]) => void

interface Route {
  method: string
  /** Matched against the path without /v1, in any letter case; its groups are the params. */
  path: RegExp
  handle: Handler
}

/** A batch's name as first created, and its devices. */
type Batch = [string, SandboxDevice[]]

/** The request's batch, found by the second param (in any letter case), or 404. */
const inBatch =
  (handle: (request: SignedRequest, world: SandboxWorld, batch: Batch, params: string[]) => void) =>
  (request: SignedRequest, world: SandboxWorld, params: string[]) => {
    const [customerId = '', batchId = ''] = params
    const batch = world.state.findBatch(customerId, batchId)
    if (!batch) return request.reply(404, envelope('NotFound', `no batch ${batchId}`))
    return handle(request, world, batch, params)
  }

/** The device-batch API of reference §2, one route per operation. */
const ROUTES: Route[] = [
  { method: 'GET', path: /^\/customers\/([^/]+)\/batchJobStatus\/([^/]+)$/i, handle: uploadStatus },
  { method: 'GET', path: /^\/customers\/([^/]+)\/deviceBatches$/i, handle: listBatches },
  { method: 'POST', path: /^\/customers\/([^/]+)\/deviceBatches$/i, handle: createBatch },
  {
    method: 'POST',
    path: /^\/customers\/([^/]+)\/deviceBatches\/([^/]+)\/devices$/i,
    handle: inBatch(addDevices),
  },
  {
    method: 'GET',
    path: /^\/customers\/([^/]+)\/deviceBatches\/([^/]+)\/devices$/i,
    handle: inBatch(listDevices),
  },
  {
    method: 'DELETE',
    path: /^\/customers\/([^/]+)\/deviceBatches\/([^/]+)\/devices\/([^/]+)$/i,
    handle: inBatch(deleteDevice),
  },
]

/** Serves a signed request by the first route for its path and method: 404 for no path, 405 for no method. */
export function route(request: SignedRequest, world: SandboxWorld) {
  const { method, path } = request
  const forPath = ROUTES.map((r) => ({ route: r, match: r.path.exec(path) })).filter((r) => r.match)
  if (forPath.length === 0)
    return request.reply(404, envelope('NotFound', `no route ${method} ${path}`))
  const found = forPath.find((r) => r.route.method === method)
  if (!found) return request.reply(405, envelope('MethodNotAllowed', `${method} ${path}`))
  const params = (found.match ?? []).slice(1).map((p) => decodeURIComponent(p ?? ''))
  const refused = accessRefusal(request, world, params[0] ?? '')
  if (refused) return request.reply(403, envelope('Forbidden', refused))
  return found.route.handle(request, world, params)
}

/**
 * Why Partner Center refuses the call (403): an app not registered in Partner Center, or a
 * customer the partner has no reseller relationship with, when the sandbox is told either.
 */
function accessRefusal(request: SignedRequest, world: SandboxWorld, customerId: string) {
  const { options } = world
  if (options.registeredApp && !options.registeredApp(request.token))
    return 'The application is not registered in Partner Center (Account settings > App management)'
  const known = options.relationships
  if (known && !known.some((id) => id.toLowerCase() === customerId.toLowerCase()))
    return `The partner does not have a relationship with customer ${customerId}`
  return undefined
}

function uploadStatus(request: SignedRequest, world: SandboxWorld, params: string[]) {
  const [customerId = '', trackingId = ''] = params
  const job = world.state.jobs.get(trackingId)
  if (!job || job.customerId.toLowerCase() !== customerId.toLowerCase())
    return request.reply(404, envelope('NotFound', `no job ${trackingId}`))
  job.polls += 1
  const stage = job.results ? 'done' : jobStage(job, world.options, world.now())
  if (stage === 'done') world.state.settle(job, world.options.failDevices)
  const body = uploadStatusBody(job, stage, world.options)
  // A service that quotes the request in each device's words (echoRequests).
  if (world.options.echoRequests) {
    const echo = `request GET ${request.path} with Authorization: Bearer ${request.token}`
    for (const device of body.devicesStatus)
      if (device.errorDescription) device.errorDescription += ` (${echo})`
  }
  return request.reply(200, body)
}

function listBatches(request: SignedRequest, world: SandboxWorld, [customerId = '']: string[]) {
  const page = batchListPage(
    customerId,
    [...world.state.batchesOf(customerId)],
    request.header('ms-continuationtoken'),
    world.options.batchPages,
  )
  return request.reply(200, page.body, page.headers)
}

function createBatch(request: SignedRequest, world: SandboxWorld, [customerId = '']: string[]) {
  const { options, state } = world
  if (options.requireAppUserToCreate && !(options.isAppUser?.(request.token) ?? false))
    return request.reply(
      403,
      envelope('Forbidden', 'Creating a device batch needs App+User credentials'),
    )
  const body = request.body as { batchId?: string; devices?: DeviceUpload[] } | undefined
  if (!body?.batchId || !Array.isArray(body.devices))
    return request.reply(400, envelope('BadRequest', 'batchId and devices are required'))
  const { batchId, devices } = body
  if (state.findBatch(customerId, batchId))
    return request.reply(409, envelope('AlreadyExists', `batch ${batchId} already exists`))
  const invalid = invalidDevice(devices)
  if (invalid) return request.reply(400, envelope('InvalidDevice', invalid))
  state.batchesOf(customerId).set(batchId, [])
  const location = startJob(world, { customerId, batchId, devices }, request.requestId)
  return replyAccepted(world, request.reply, location)
}

function addDevices(request: SignedRequest, world: SandboxWorld, batch: Batch, params: string[]) {
  const [customerId = ''] = params
  if (!Array.isArray(request.body))
    return request.reply(400, envelope('BadRequest', 'the body must be an array of devices'))
  const devices = request.body as DeviceUpload[]
  const invalid = invalidDevice(devices)
  if (invalid) return request.reply(400, envelope('InvalidDevice', invalid))
  const location = startJob(world, { customerId, batchId: batch[0], devices }, request.requestId)
  return replyAccepted(world, request.reply, location)
}

function listDevices(request: SignedRequest, world: SandboxWorld, batch: Batch, params: string[]) {
  const token = request.header('ms-continuationtoken')
  const tokenIn = world.options.devicePages?.tokenIn ?? 'body'
  if (tokenIn === 'links' && token && request.query.get('seekOperation') !== 'Next')
    return request.reply(
      400,
      envelope('BadRequest', 'a next page is asked with seekOperation=Next and its token'),
    )
  const page = pageOf(batch[1], token, PAGE)
  const [customerId = ''] = params
  const answer = collectionAnswer({
    total: batch[1].length,
    // Listed without their hashes, as the client expects (src/register/device-batch.ts).
    items: page.items.map(({ hardwareHash: _hash, ...d }) => ({
      ...d,
      attributes: { objectType: 'Device' },
    })),
    next: page.next,
    tokenIn,
    nextUri: `/customers/${customerId}/deviceBatches/${encodeURIComponent(batch[0])}/devices?seekOperation=Next`,
  })
  return request.reply(200, answer.body, answer.headers)
}

function deleteDevice(request: SignedRequest, world: SandboxWorld, batch: Batch, params: string[]) {
  const [customerId = '', , deviceId = ''] = params
  if (!world.state.removeDevice(customerId, batch[1], deviceId))
    return request.reply(404, envelope('NotFound', `no device ${deviceId}`))
  return request.reply(204)
}
