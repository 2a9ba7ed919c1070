/** One request to Partner Center, with the headers every call carries. */
export interface Attempt {
  url: string
  method: string
  token: string
  /** Partner Center's idempotency key: the same on every attempt of one logical call. */
  requestId: string
  /** One per run. */
  correlationId: string
  version: string
  timeoutMs: number
  body?: unknown
  /** Ours only (the continuation token): they can add to the headers, never replace the sign-in. */
  headers?: Record<string, string>
}

/** One attempt: the response, or why none came (refused, reset, timed out, a certificate not trusted). */
export async function attempt(
  fetcher: typeof fetch,
  call: Attempt,
): Promise<{ response?: Response; failure?: unknown }> {
  try {
    const response = await fetcher(call.url, {
      method: call.method,
      headers: {
        ...call.headers,
        Authorization: `Bearer ${call.token}`,
        Accept: 'application/json',
        'MS-RequestId': call.requestId,
        'MS-CorrelationId': call.correlationId,
        'MS-PartnerCenter-Application': `autopilot-gitops/${call.version}`,
        // Partner Center's own words (descriptions, errors) come in English, which the records
        // keep and the error catalogue reads.
        'X-Locale': 'en-US',
        ...(call.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
      signal: AbortSignal.timeout(call.timeoutMs),
    })
    return { response }
  } catch (failure) {
    return { failure }
  }
}
