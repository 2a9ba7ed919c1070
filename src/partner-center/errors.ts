/** A call Partner Center refused or could not answer. Carries what support asks for, never a token. */
export class PartnerCenterError extends Error {
  override readonly name = 'PartnerCenterError'
  constructor(
    message: string,
    readonly details: {
      method: string
      path: string
      /** Undefined when no response came. */
      status?: number
      code?: string
      description?: string
      requestId: string
      correlationId: string
    },
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}

/** Plain http is for the sandbox on this machine only. */
export function checkBaseUrl(url: string, what: string): URL {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new Error(`${what} \`${url}\` is not a URL`)
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname)
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback)) {
    throw new Error(`${what} \`${url}\` must use https (plain http only on 127.0.0.1 or localhost)`)
  }
  return parsed
}
