import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { tryParseBody } from '../partner-center/schemas.js'
import { envelope } from './answers.js'
import { playFault, type SandboxFaults } from './faults.js'
import { readText } from './request-body.js'
import { route } from './routes.js'
import type { RecordedCall } from './sandbox-options.js'
import { header, type SandboxRequest } from './sandbox-request.js'
import type { SandboxWorld } from './sandbox-world.js'
import { finishDueJobs, replyAccepted } from './upload-jobs.js'
import { writeAnswer } from './write-answer.js'

/** One sandbox's world, the faults waiting for its requests, and the log of its calls. */
export interface SandboxServer {
  world: SandboxWorld
  faults: SandboxFaults
  calls: RecordedCall[]
}

/**
 * One request, in the order Partner Center would meet it: the network's latency, jobs that are
 * due, an injected fault, the bearer token, a retried upload, then the route.
 */
export async function serveRequest(
  req: IncomingMessage,
  res: ServerResponse,
  sandbox: SandboxServer,
) {
  const { world, calls } = sandbox
  const served = sandboxRequest(req, res, sandbox)
  const { method, path, requestId } = served
  if (world.options.latencyMs)
    await new Promise((resolve) => setTimeout(resolve, world.options.latencyMs))
  finishDueJobs(world)
  const fault = sandbox.faults.take(`${method} ${path}`.toLowerCase())
  const drop = () => {
    calls.push({ method, path, requestId, status: 0 })
    req.socket.destroy()
  }
  // A lost answer: the request is served, and its answer never reaches the client.
  const request = fault?.lostAnswer ? { ...served, reply: drop } : served
  if (fault && !fault.lostAnswer && (await playFault(fault, request, drop))) return
  const token = /^Bearer (.+)$/i.exec(request.header('authorization') ?? '')?.[1]
  if (!token)
    return request.reply(
      401,
      envelope('Unauthorized', 'Authorization header missing or not a bearer token'),
    )
  if (world.options.acceptToken && !world.options.acceptToken(token))
    return request.reply(
      401,
      envelope('Unauthorized', 'The token is expired, or not for Partner Center'),
      {
        'WWW-Authenticate': 'Bearer error="invalid_token", error_description="token not accepted"',
      },
    )
  // MS-RequestId is the idempotency key: a retried upload answers as the first one did (unless
  // switched off: Partner Center does not promise it).
  const replay = world.options.replayRequestIds ?? true
  const earlier =
    replay && method === 'POST' && requestId ? world.uploads.get(requestId) : undefined
  if (earlier) return replyAccepted(world, request.reply, earlier)
  const text = await readText(req)
  const limit = world.options.maxBodyBytes
  if (limit !== undefined && Buffer.byteLength(text) > limit)
    return request.reply(
      413,
      envelope('RequestEntityTooLarge', `the request body is over ${limit} bytes`),
    )
  // Read as the client reads answers: a byte order mark stripped, property names in any case (the
  // real service takes both the SDK's PascalCase and camelCase); not JSON, no body.
  const body = tryParseBody(text)
  return route({ ...request, token, body }, world)
}

/** The request as the steps see it; its reply echoes Partner Center's tracing headers and logs the call. */
function sandboxRequest(
  req: IncomingMessage,
  res: ServerResponse,
  sandbox: SandboxServer,
): SandboxRequest {
  const url = new URL(req.url ?? '/', 'http://sandbox')
  const method = req.method ?? 'GET'
  const path = url.pathname.replace(/^\/v1(?=\/)/i, '')
  const requestId = header(req, 'ms-requestid')
  return {
    method,
    path,
    query: url.searchParams,
    requestId,
    header: (name) => header(req, name),
    reply: (status, body, headers = {}) => {
      const token = /^Bearer (.+)$/i.exec(header(req, 'authorization') ?? '')?.[1]
      const isAppUser = sandbox.world.options.isAppUser
      const appUser = token && isAppUser ? { appUser: isAppUser(token) } : {}
      sandbox.calls.push({ method, path, requestId, status, ...appUser })
      const tracing = {
        'MS-RequestId': requestId ?? randomUUID(),
        'MS-CorrelationId': header(req, 'ms-correlationid') ?? randomUUID(),
      }
      const echo = status >= 400 && sandbox.world.options.echoRequests ? echoOf(req) : undefined
      const answer = echo ? echoed(body, echo) : body
      writeAnswer(res, status, answer, { ...tracing, ...headers }, sandbox.world.options.bom)
    },
  }
}

/** The request as a proxy that quotes it would: method, path and the Authorization header. */
export function echoOf(req: IncomingMessage): string {
  return `request ${req.method} ${req.url} with Authorization: ${header(req, 'authorization') ?? ''}`
}

/** An error answer with the request quoted at the end of its words. */
function echoed(body: unknown, echo: string): unknown {
  if (typeof body === 'string') return `${body} (${echo})`
  if (!body || typeof body !== 'object') return body
  const words = body as { description?: unknown; message?: unknown }
  if (typeof words.description === 'string')
    return { ...body, description: `${words.description} (${echo})` }
  if (typeof words.message === 'string') return { ...body, message: `${words.message} (${echo})` }
  return body
}
