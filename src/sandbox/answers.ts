import type { SandboxOptions } from './sandbox-options.js'
import type { SandboxDevice, SandboxJob } from './state.js'

/** What the sandbox sends back: a body (JSON, or none) and headers. */
export interface Answer {
  body?: unknown
  headers?: Record<string, string>
}

/** Partner Center's error envelope (reference §9.2). */
export function envelope(code: string, description: string) {
  return { code, description, data: [], source: 'PartnerCenterSandbox' }
}

/** A 202 that names the job as `acceptedWith` says. */
export function acceptedAnswer(mode: SandboxOptions['acceptedWith'], location: string): Answer {
  switch (mode ?? 'location') {
    case 'location':
      return { headers: { Location: location } }
    case 'body-link':
      return { body: { uri: location, method: 'GET', headers: [] } }
    case 'body-tracking-id':
      return { body: { batchTrackingId: location.split('/').at(-1) } }
    case 'nothing':
      return {}
  }
}

/** `BatchUploadDetails` for a job: its stage, and once it is done each device's result. */
export function uploadStatusBody(
  job: SandboxJob,
  stage: 'queued' | 'processing' | 'done',
  quirks: { finishedDespiteErrors?: boolean; describedSuccess?: boolean },
) {
  const { finishedDespiteErrors, describedSuccess } = quirks
  const results = stage === 'done' ? (job.results ?? []) : undefined
  const failed = results?.some((r) => r.status !== 'finished') ?? false
  const status = !results
    ? stage
    : failed && !finishedDespiteErrors
      ? 'finished_with_errors'
      : 'finished'
  return {
    batchTrackingId: job.trackingId,
    status,
    devicesStatus: (results ?? job.devices.map((device) => ({ device, status }))).map((r) => {
      const described = describedSuccess && r.status === 'finished'
      // A device sent by its hash alone is named nowhere in its row.
      const named = Boolean(r.device.serialNumber || r.device.productKey)
      return {
        deviceId: 'deviceId' in r && named ? r.deviceId : undefined,
        serialNumber: r.device.serialNumber ?? null,
        productKey: r.device.productKey ?? null,
        status: r.status,
        errorCode: 'errorCode' in r ? r.errorCode : described ? '0' : undefined,
        errorDescription:
          'errorDescription' in r ? r.errorDescription : described ? 'Success' : undefined,
        attributes: { objectType: 'DeviceUploadDetails' },
      }
    }),
    attributes: { objectType: 'BatchUploadDetails' },
  }
}

/** The page a continuation token (an offset) asks for, and the token of the next one. */
export function pageOf<T>(
  all: readonly T[],
  token: string | undefined,
  size: number,
): { items: T[]; next?: string } {
  const start = Number(token ?? '0') || 0
  const end = start + size
  return { items: all.slice(start, end), ...(end < all.length ? { next: String(end) } : {}) }
}

/** One page of the customer's batches: all of them unless `pages` says otherwise. */
export function batchListPage(
  customerId: string,
  batches: readonly [string, SandboxDevice[]][],
  token: string | undefined,
  pages: SandboxOptions['batchPages'],
): Answer {
  const page = pageOf(batches, token, pages?.size ?? batches.length)
  const next = page.next
  const items = page.items.map(([batchId, devices]) => ({
    id: batchId,
    devicesCount: devices.length,
    devicesLink: {
      uri: `/customers/${customerId}/deviceBatches/${batchId}/devices`,
      method: 'GET',
      headers: [],
    },
    attributes: { objectType: 'DeviceBatch' },
  }))
  return collectionAnswer({
    total: batches.length,
    items,
    next,
    tokenIn: pages?.tokenIn ?? 'body',
    nextUri: `/customers/${customerId}/deviceBatches`,
  })
}

/**
 * A page of a collection, its next page named as `tokenIn` says: the body's `continuationToken`,
 * `links.next` (its `nextUri` and the token among its headers), or an `MS-ContinuationToken`
 * response header.
 */
export function collectionAnswer(page: {
  total: number
  items: unknown[]
  next: string | undefined
  tokenIn: 'body' | 'links' | 'header'
  nextUri: string
}): Answer {
  const { next, tokenIn } = page
  const nextLink = {
    uri: page.nextUri,
    method: 'GET',
    headers: [{ key: 'MS-ContinuationToken', value: next }],
  }
  return {
    body: {
      totalCount: page.total,
      items: page.items,
      ...(next && tokenIn === 'body' ? { continuationToken: next } : {}),
      ...(next && tokenIn === 'links' ? { links: { next: nextLink } } : {}),
      attributes: { objectType: 'Collection' },
    },
    headers: next && tokenIn === 'header' ? { 'MS-ContinuationToken': next } : {},
  }
}
