import type { IncomingMessage } from 'node:http'

/** Answers a request: status, JSON body (or none) and extra headers. */
export type Reply = (status: number, body?: unknown, headers?: Record<string, string>) => void

/** A request as the sandbox's steps see it, with the one way to answer it. */
export interface SandboxRequest {
  method: string
  /** The path without its /v1. */
  path: string
  /** The query's parameters (`seekOperation=Next` on a page that follows `links.next`). */
  query: URLSearchParams
  requestId: string | undefined
  header(name: string): string | undefined
  reply: Reply
}

/** A request that passed the sign-in check, with its body read. */
export interface SignedRequest extends SandboxRequest {
  token: string
  /** The body as the client reads answers; undefined when it is not JSON. */
  body: unknown
}

/** A request header's first value. */
export function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name]
  return Array.isArray(value) ? value[0] : value
}
