import type { TokenProvider } from '../partner-center/client.js'

const EXPIRY_MARGIN_MS = 5 * 60_000

/** An access token and when it expires. */
export interface FreshToken {
  token: string
  expiresAt: number
}

/**
 * MSAL caches client-credential tokens but redeems a refresh token on every call: keep the
 * token ourselves until shortly before it expires, or until a 401 asks for a new one. Callers
 * that ask at once (customers registered in parallel) share one request.
 */
export function sharedToken(acquire: () => Promise<FreshToken>): TokenProvider['getToken'] {
  let cached: FreshToken | undefined
  let inFlight: Promise<string> | undefined
  return async ({ forceRefresh = false } = {}) => {
    if (cached && !forceRefresh && cached.expiresAt - EXPIRY_MARGIN_MS > Date.now())
      return cached.token
    if (!inFlight || forceRefresh) {
      const request: Promise<string> = acquire()
        .then((fresh) => {
          cached = fresh
          return fresh.token
        })
        .finally(() => {
          if (inFlight === request) inFlight = undefined
        })
      inFlight = request
    }
    return inFlight
  }
}
