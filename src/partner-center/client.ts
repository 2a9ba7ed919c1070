import { randomUUID } from 'node:crypto'
import type { z } from 'zod'
import { redactShapes, redactValues } from '../findings/redact.js'
import { text } from '../messages/text-of.js'
import { attempt as tryOnce } from './attempt.js'
import { nextPagePath, nextPageToken, type Page } from './continuation.js'
import { clean, type DeviceUpload } from './device-upload.js'
import { checkBaseUrl, failedCall, PartnerCenterError } from './errors.js'
import { DEFAULT_RETRY_POLICY, decideRetry, type RetryPolicy } from './retry.js'
import {
  type BatchUploadDetails,
  BatchUploadDetailsSchema,
  DeviceBatchCollectionSchema,
  DeviceCollectionSchema,
  tryParseBody,
} from './schemas.js'
import { trackingIdOf } from './tracking-id.js'
import { untrustedCertificateCode } from './untrusted-certificate.js'

/** Where tokens come from: MSAL in the action (src/auth/), anything in tests. */
export interface TokenProvider {
  /** An app-only token (App+User when that is all there is): for every call but creating a batch. */
  getToken(options?: { forceRefresh?: boolean }): Promise<string>
  /** An App+User token, which Partner Center requires to create a device batch. */
  getUserToken?(options?: { forceRefresh?: boolean }): Promise<string>
}

export type { DeviceUpload } from './device-upload.js'

export interface PartnerCenterClientOptions {
  /** `https://api.partnercenter.microsoft.com`, or the sandbox's URL. */
  baseUrl: string
  tokens: TokenProvider
  /** Sent as `MS-PartnerCenter-Application: autopilot-gitops/<version>`. */
  version: string
  retry?: RetryPolicy
  /** Devices per upload request; Partner Center takes at most 1,000. */
  chunkSize?: number
  requestTimeoutMs?: number
  fetch?: typeof fetch
  now?: () => number
  sleep?: (ms: number) => Promise<void>
  random?: () => number
  redact?: (text: string) => string
}

export const MAX_CHUNK = 1000

/** What a request carries besides its method and path. */
type Init = {
  body?: unknown
  headers?: Record<string, string>
  requestId?: string
  /** Signed in as the partner's user (App+User), not as the app. */
  asUser?: boolean
}

/** The device-batch operations of the Partner Center REST API (reference §2), with retries. */
export class PartnerCenterClient {
  readonly correlationId: string
  private readonly base: string
  private readonly options: Required<Omit<PartnerCenterClientOptions, 'chunkSize'>>
  readonly chunkSize: number

  constructor(options: PartnerCenterClientOptions) {
    this.base = checkBaseUrl(options.baseUrl, 'partner-center-url').toString().replace(/\/+$/, '')
    this.chunkSize = Math.min(options.chunkSize ?? MAX_CHUNK, MAX_CHUNK)
    this.options = {
      retry: DEFAULT_RETRY_POLICY,
      requestTimeoutMs: 100_000,
      fetch: globalThis.fetch,
      now: Date.now,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      random: Math.random,
      redact: redactShapes,
      ...options,
    }
    this.correlationId = randomUUID()
  }

  /**
   * Obtains a token (MSAL keeps it for the calls that follow): a run signs in before it writes
   * anything about uploads, so that a refused sign-in leaves no record of an upload never sent.
   */
  async signIn(): Promise<void> {
    await this.options.tokens.getToken()
  }

  /** Obtains the App+User token, which creating a batch takes: a preflight's check of it. */
  async signInAsUser(): Promise<void> {
    await (this.options.tokens.getUserToken ?? this.options.tokens.getToken)()
  }

  /** Every batch of the customer, following a continuation token should this list ever be paged. */
  async listDeviceBatches(customerId: string) {
    return this.listAll(`/customers/${id(customerId)}/deviceBatches`, DeviceBatchCollectionSchema)
  }

  /** Every device of a batch, page by page (100 a page, `MS-ContinuationToken`). */
  async listBatchDevices(customerId: string, batchId: string) {
    return this.listAll(
      `/customers/${id(customerId)}/deviceBatches/${id(batchId)}/devices`,
      DeviceCollectionSchema,
    )
  }

  /**
   * A collection, page after page. The next page's token comes in the body's `continuationToken`
   * (documented for devices), in the `MS-ContinuationToken` header of `links.next` (the generic
   * collection, reference §1.5) or as a response header; it goes back as the request header, to
   * the `uri` of `links.next` when it gives one (with its `seekOperation=Next`). Only the token is
   * taken from the link's headers: nothing Partner Center says replaces our own.
   */
  private async listAll<I>(path: string, schema: z.ZodType<Page<I>>): Promise<I[]> {
    const items: I[] = []
    const seen = new Set<string>()
    let token: string | undefined
    let at = path
    for (;;) {
      const headers: Record<string, string> = token ? { 'MS-ContinuationToken': token } : {}
      const page = await this.read('GET', at, schema, { headers })
      items.push(...page.data.items)
      const inHeader = page.response.headers.get('ms-continuationtoken') ?? undefined
      token = nextPageToken(page.data, inHeader, token)
      at = nextPagePath(page.data, path)
      // An empty page is the end, whatever it says.
      if (!token || page.data.items.length === 0) return items
      if (seen.has(token)) {
        // A server that hands back a token it already gave would keep us here for ever.
        throw new PartnerCenterError(
          text('error.partnerCenter.repeatedToken', { path, items: items.length }),
          this.context('GET', path, page.response),
        )
      }
      seen.add(token)
    }
  }

  /** Creates the batch with its first devices (App+User only, as documented). Returns the tracking id. */
  async createDeviceBatch(
    customerId: string,
    batchId: string,
    devices: readonly DeviceUpload[],
    requestId?: string,
  ): Promise<string> {
    const body = { batchId, devices: devices.map(clean) }
    const path = `/customers/${id(customerId)}/deviceBatches`
    return this.upload('POST', path, body, requestId, true)
  }

  /** Adds devices to an existing batch. Returns the tracking id. */
  async addDevices(
    customerId: string,
    batchId: string,
    devices: readonly DeviceUpload[],
    requestId?: string,
  ): Promise<string> {
    return this.upload(
      'POST',
      `/customers/${id(customerId)}/deviceBatches/${id(batchId)}/devices`,
      devices.map(clean),
      requestId,
    )
  }

  /** Each device's description is Partner Center's words, which a record keeps: redacted first. */
  async getUploadStatus(customerId: string, trackingId: string): Promise<BatchUploadDetails> {
    const path = `/customers/${id(customerId)}/batchJobStatus/${id(trackingId)}`
    const { data } = await this.read('GET', path, BatchUploadDetailsSchema)
    return redactValues(data, this.options.redact)
  }

  async deleteDevice(customerId: string, batchId: string, deviceId: string): Promise<void> {
    await this.send(
      'DELETE',
      `/customers/${id(customerId)}/deviceBatches/${id(batchId)}/devices/${id(deviceId)}`,
    )
  }

  /**
   * `requestId`: the MS-RequestId to send, Partner Center's idempotency key; the caller keeps one
   * when it must be able to send the same upload again after a crash. Otherwise a new one.
   */
  private async upload(
    method: string,
    path: string,
    body: unknown,
    requestId?: string,
    asUser = false,
  ): Promise<string> {
    const init = { body, asUser, ...(requestId ? { requestId } : {}) }
    const response = await this.send(method, path, init)
    const trackingId = trackingIdOf(
      response.headers.get('location'),
      tryParseBody(await response.text()),
    )
    if (trackingId) return trackingId
    throw new PartnerCenterError(
      text('error.partnerCenter.noTracking', { method, path, status: String(response.status) }),
      this.context(method, path, response),
    )
  }

  /** What a PartnerCenterError about an answered call carries. */
  private context(method: string, path: string, response: Response) {
    return {
      method,
      path,
      status: response.status,
      requestId: response.headers.get('ms-requestid') ?? '',
      correlationId: this.correlationId,
    }
  }

  private async read<T extends z.ZodType>(
    method: string,
    path: string,
    schema: T,
    init: { headers?: Record<string, string> } = {},
  ): Promise<{ data: z.output<T>; response: Response }> {
    const response = await this.send(method, path, init)
    const body = await response.text()
    const parsed = schema.safeParse(tryParseBody(body))
    if (parsed.success) return { data: parsed.data, response }
    const issue = parsed.error.issues[0]?.message ?? ''
    throw new PartnerCenterError(
      text('error.partnerCenter.unexpectedBody', { method, path, issue }),
      this.context(method, path, response),
    )
  }

  /**
   * One logical call: the same MS-RequestId on every attempt (Partner Center's idempotency key),
   * retries as decideRetry says, one token refresh on a 401.
   */
  private async send(method: string, path: string, init: Init = {}): Promise<Response> {
    const { now, sleep, random, retry } = this.options
    const requestId = init.requestId ?? randomUUID()
    const started = now()
    let forceRefresh = false
    for (let attempt = 1; ; attempt++) {
      const { tokens } = this.options
      const token = await (init.asUser && tokens.getUserToken
        ? tokens.getUserToken({ forceRefresh })
        : tokens.getToken({ forceRefresh }))
      const { response, failure } = await tryOnce(this.options.fetch, {
        url: `${this.base}/v1${path}`,
        method,
        token,
        requestId,
        correlationId: this.correlationId,
        version: this.options.version,
        timeoutMs: this.options.requestTimeoutMs,
        ...(init.body === undefined ? {} : { body: init.body }),
        ...(init.headers ? { headers: init.headers } : {}),
      })
      if (response?.ok) return response
      if (response?.status === 401 && !forceRefresh) {
        // A token can expire between two calls of a long run: refresh it once, then believe the 401.
        await response.body?.cancel()
        forceRefresh = true
        attempt--
        continue
      }
      const text = response ? await response.text() : ''
      const outcome = {
        attempt,
        ...(response
          ? { status: response.status, retryAfter: response.headers.get('retry-after') }
          : {}),
        ...(untrustedCertificateCode(failure) ? { untrustedCertificate: true } : {}),
        elapsedMs: now() - started,
        now: now(),
      }
      const decision = decideRetry(outcome, retry, random())
      if (decision.retry) {
        await sleep(decision.delayMs)
        continue
      }
      throw failedCall({
        method,
        path,
        host: new URL(this.base).host,
        requestId,
        response,
        text,
        failure,
        reason: decision.reason,
        correlationId: this.correlationId,
        redact: this.options.redact,
      })
    }
  }
}

function id(value: string): string {
  return encodeURIComponent(value)
}
