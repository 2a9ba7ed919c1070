import { randomUUID } from 'node:crypto'
import type { z } from 'zod'
import { checkBaseUrl, PartnerCenterError } from './errors.js'
import { DEFAULT_RETRY_POLICY, decideRetry, type RetryPolicy } from './retry.js'
import {
  type BatchUploadDetails,
  BatchUploadDetailsSchema,
  DeviceBatchCollectionSchema,
  DeviceCollectionSchema,
  ErrorEnvelopeSchema,
  parseBody,
} from './schemas.js'

/** Where tokens come from: MSAL in the action (src/auth/), anything in tests. */
export interface TokenProvider {
  getToken(options?: { forceRefresh?: boolean }): Promise<string>
}

/** One device as uploaded: the identifier combination of its row, empty fields left out. */
export interface DeviceUpload {
  hardwareHash?: string
  serialNumber?: string
  productKey?: string
  oemManufacturerName?: string
  modelName?: string
}

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
  newId?: () => string
  /** Each attempt, for debug logs: method, path, status or error, and the wait before the next. */
  onAttempt?: (event: {
    method: string
    path: string
    attempt: number
    status?: number
    waitMs?: number
  }) => void
}

export const MAX_CHUNK = 1000

/** The device-batch operations of the Partner Center REST API (reference §2), with retries. */
export class PartnerCenterClient {
  readonly correlationId: string
  private readonly base: string
  private readonly options: Required<Omit<PartnerCenterClientOptions, 'onAttempt' | 'chunkSize'>> &
    Pick<PartnerCenterClientOptions, 'onAttempt'>
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
      newId: randomUUID,
      ...options,
    }
    this.correlationId = this.options.newId()
  }

  async listDeviceBatches(customerId: string) {
    const body = await this.json(
      'GET',
      `/customers/${id(customerId)}/deviceBatches`,
      DeviceBatchCollectionSchema,
    )
    return body.items
  }

  /** Every device of a batch, page by page (100 a page, `MS-ContinuationToken`). */
  async listBatchDevices(customerId: string, batchId: string) {
    const path = `/customers/${id(customerId)}/deviceBatches/${id(batchId)}/devices`
    const devices: z.output<typeof DeviceCollectionSchema>['items'] = []
    let token: string | null | undefined
    do {
      const headers: Record<string, string> = token ? { 'MS-ContinuationToken': token } : {}
      const page = await this.json('GET', path, DeviceCollectionSchema, { headers })
      devices.push(...page.items)
      token = page.continuationToken
    } while (token)
    return devices
  }

  /** Creates the batch with its first devices (App+User only, as documented). Returns the tracking id. */
  async createDeviceBatch(
    customerId: string,
    batchId: string,
    devices: readonly DeviceUpload[],
  ): Promise<string> {
    return this.upload('POST', `/customers/${id(customerId)}/deviceBatches`, {
      batchId,
      devices: devices.map(clean),
    })
  }

  /** Adds devices to an existing batch. Returns the tracking id. */
  async addDevices(
    customerId: string,
    batchId: string,
    devices: readonly DeviceUpload[],
  ): Promise<string> {
    return this.upload(
      'POST',
      `/customers/${id(customerId)}/deviceBatches/${id(batchId)}/devices`,
      devices.map(clean),
    )
  }

  async getUploadStatus(customerId: string, trackingId: string): Promise<BatchUploadDetails> {
    return this.json(
      'GET',
      `/customers/${id(customerId)}/batchJobStatus/${id(trackingId)}`,
      BatchUploadDetailsSchema,
    )
  }

  async deleteDevice(customerId: string, batchId: string, deviceId: string): Promise<void> {
    await this.send(
      'DELETE',
      `/customers/${id(customerId)}/deviceBatches/${id(batchId)}/devices/${id(deviceId)}`,
    )
  }

  private async upload(method: string, path: string, body: unknown): Promise<string> {
    const response = await this.send(method, path, { body })
    const location = response.headers.get('location') ?? ''
    // Location is relative and lacks /v1 (/customers/{cid}/batchJobStatus/{trackingId}): its last segment is the id.
    const trackingId = decodeURIComponent(
      location.split('?')[0]?.split('/').filter(Boolean).at(-1) ?? '',
    )
    if (trackingId === '') {
      throw new PartnerCenterError(
        `Partner Center accepted ${method} ${path} but sent no Location to follow`,
        {
          method,
          path,
          status: response.status,
          requestId: response.headers.get('ms-requestid') ?? '',
          correlationId: this.correlationId,
        },
      )
    }
    return trackingId
  }

  private async json<T extends z.ZodType>(
    method: string,
    path: string,
    schema: T,
    init: { headers?: Record<string, string> } = {},
  ): Promise<z.output<T>> {
    const response = await this.send(method, path, init)
    const text = await response.text()
    const parsed = schema.safeParse(safeParse(text))
    if (parsed.success) return parsed.data
    throw new PartnerCenterError(
      `Partner Center answered ${method} ${path} with an unexpected body: ${parsed.error.issues[0]?.message ?? ''}`,
      {
        method,
        path,
        status: response.status,
        requestId: response.headers.get('ms-requestid') ?? '',
        correlationId: this.correlationId,
      },
    )
  }

  /**
   * One logical call: the same MS-RequestId on every attempt (Partner Center's idempotency key),
   * retries as decideRetry says, one token refresh on a 401.
   */
  private async send(
    method: string,
    path: string,
    init: { body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<Response> {
    const { now, sleep, random, retry, onAttempt } = this.options
    const requestId = this.options.newId()
    const started = now()
    let forceRefresh = false
    for (let attempt = 1; ; attempt++) {
      const token = await this.options.tokens.getToken({ forceRefresh })
      let response: Response | undefined
      let failure: unknown
      try {
        response = await this.options.fetch(`${this.base}/v1${path}`, {
          method,
          headers: {
            Authorization: `Bearer ${token}`,
            Accept: 'application/json',
            'MS-RequestId': requestId,
            'MS-CorrelationId': this.correlationId,
            'MS-PartnerCenter-Application': `autopilot-gitops/${this.options.version}`,
            ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
            ...init.headers,
          },
          ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
          signal: AbortSignal.timeout(this.options.requestTimeoutMs),
        })
      } catch (error) {
        failure = error
      }
      if (response?.ok) {
        onAttempt?.({ method, path, attempt, status: response.status })
        return response
      }
      if (response?.status === 401 && !forceRefresh) {
        // A token can expire between two calls of a long run: refresh it once, then believe the 401.
        await response.body?.cancel()
        onAttempt?.({ method, path, attempt, status: 401, waitMs: 0 })
        forceRefresh = true
        attempt--
        continue
      }
      const text = response ? await response.text() : ''
      const decision = decideRetry(
        {
          attempt,
          ...(response
            ? { status: response.status, retryAfter: response.headers.get('retry-after') }
            : {}),
          elapsedMs: now() - started,
          now: now(),
        },
        retry,
        random(),
      )
      onAttempt?.({
        method,
        path,
        attempt,
        ...(response ? { status: response.status } : {}),
        ...(decision.retry ? { waitMs: decision.delayMs } : {}),
      })
      if (decision.retry) {
        await sleep(decision.delayMs)
        continue
      }
      throw this.failure({
        method,
        path,
        requestId,
        response,
        text,
        failure,
        reason: decision.reason,
      })
    }
  }

  private failure(f: {
    method: string
    path: string
    requestId: string
    response: Response | undefined
    text: string
    failure: unknown
    reason: string
  }): PartnerCenterError {
    const envelope = ErrorEnvelopeSchema.safeParse(safeParse(f.text))
    const code = envelope.success ? envelope.data.code : undefined
    const description = envelope.success
      ? (envelope.data.description ?? envelope.data.message)
      : f.text.slice(0, 300) || undefined
    const status = f.response?.status
    const what =
      status === undefined
        ? `no answer (${errorText(f.failure)})`
        : `HTTP ${status}${code ? ` ${code}` : ''}`
    const message = `Partner Center ${f.method} ${f.path}: ${what}${description ? `: ${description}` : ''} (${f.reason}; request id ${f.requestId}, correlation id ${this.correlationId})`
    return new PartnerCenterError(
      message,
      {
        method: f.method,
        path: f.path,
        ...(status === undefined ? {} : { status }),
        ...(code ? { code } : {}),
        ...(description ? { description } : {}),
        requestId: f.requestId,
        correlationId: this.correlationId,
      },
      { cause: f.failure },
    )
  }
}

function id(value: string): string {
  return encodeURIComponent(value)
}

/** Empty fields are left out: Partner Center reads the combination of the ones present. */
function clean(device: DeviceUpload): DeviceUpload {
  return Object.fromEntries(
    Object.entries(device).filter(([, v]) => typeof v === 'string' && v !== ''),
  ) as DeviceUpload
}

function safeParse(text: string): unknown {
  try {
    return parseBody(text)
  } catch {
    return undefined
  }
}

function errorText(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error.cause as { code?: string } | undefined)?.code
    return cause ? `${error.name}: ${cause}` : `${error.name}: ${error.message}`
  }
  return String(error)
}
