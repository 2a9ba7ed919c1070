import type { JobTiming } from './job-stage.js'
import type { SandboxSeed } from './state.js'

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
  /** Answer with this text (a proxy's error page) instead of Partner Center's error envelope. */
  text?: string
  /** Serve the request, then close the connection instead of answering: an answer lost. */
  lostAnswer?: boolean
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
  /**
   * How a batch's device list (100 a page) names its next page: the body's `continuationToken`
   * (default, as documented for devices), only `links.next` (its `uri` with `seekOperation=Next`
   * and its `MS-ContinuationToken` header, as Partner Center's other seek-based collections do;
   * a next page asked without both is refused), or only an `MS-ContinuationToken` response header.
   */
  devicePages?: { tokenIn: 'body' | 'links' | 'header' }
  /**
   * Answer an upload sent again under the same MS-RequestId as the first one was answered
   * (default). Off, a retried create whose first attempt landed meets "batch exists" (409), and a
   * retried add starts a second job: Partner Center does not promise the replay.
   */
  replayRequestIds?: boolean
  /** Refuse a request body over this many bytes with 413 (Partner Center's limit is undocumented). */
  maxBodyBytes?: number
  /** Customers the partner has a reseller relationship with; any other gets 403. Default: every one. */
  relationships?: string[]
  /** Whether the token's app is registered in Partner Center; 403 when not. Default: every app. */
  registeredApp?: (token: string) => boolean
  /** Prefix every JSON answer with a UTF-8 byte order mark, as Partner Center does. */
  bom?: boolean
  /** The batch status stays `finished` even when a device failed (as in the documented example). */
  finishedDespiteErrors?: boolean
  /**
   * What a success row of an upload's status carries besides its status: nothing (default), or
   * a description and a code of 0, which Partner Center does not document either way.
   */
  describedSuccess?: boolean
  /** Refuse to create a batch with an app-only token (the documented rule); tokens are told apart by `isAppUser`. */
  requireAppUserToCreate?: boolean
  isAppUser?: (token: string) => boolean
  /** Every answer waits this long: a network's round trip, for measuring a client. */
  latencyMs?: number
  /** Tokens the sandbox takes; others get 401 (an expired token, say). Default: any bearer token. */
  acceptToken?: (token: string) => boolean
  /**
   * Quote the request in every error, as a misconfigured proxy or a too helpful service does:
   * each error answer, and each failed device's description, ends with the request's method,
   * path and Authorization header. To test that nothing a service says reaches a surface or a
   * record unredacted.
   */
  echoRequests?: boolean
  /** Every uploaded device fails with this: a code and a description the client does not know, say. */
  failDevices?: { errorCode: string; errorDescription: string }
}

export interface RecordedCall {
  method: string
  path: string
  requestId: string | undefined
  status: number
  /** Made with an App+User token (as `isAppUser` tells tokens apart); absent without a token. */
  appUser?: boolean
}
