import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node'

/** Entra's refusal of a request: its error and description, as the answer's body gave them. */
export interface EntraRefusal {
  error: string
  description: string
}

/**
 * MSAL's network for the device-code flow, by fetch, remembering Entra's last refusal: MSAL's
 * device-code client keeps only the error's name (`invalid_client`) and drops the description
 * that says why (`AADSTS7000218`: public client flows not allowed), which the partner needs.
 */
export function refusalNetwork(): {
  network: INetworkModule
  lastRefusal: () => EntraRefusal | undefined
} {
  let last: EntraRefusal | undefined
  const send = async <T>(url: string, method: string, options: NetworkRequestOptions = {}) => {
    const response = await fetch(url, {
      method,
      ...(options.headers ? { headers: options.headers } : {}),
      ...(options.body !== undefined ? { body: options.body } : {}),
    })
    const text = await response.text()
    const body = parsed(text)
    const error = body?.error
    // A pending sign-in is a refusal too, one that only says "not yet".
    if (typeof error === 'string' && error !== 'authorization_pending')
      last = { error, description: String(body?.error_description ?? '').split('\n')[0] ?? '' }
    return {
      headers: Object.fromEntries(response.headers),
      body: (body ?? {}) as T,
      status: response.status,
    } satisfies NetworkResponse<T>
  }
  return {
    network: {
      sendGetRequestAsync: (url, options) => send(url, 'GET', options),
      sendPostRequestAsync: (url, options) => send(url, 'POST', options),
    },
    lastRefusal: () => last,
  }
}

function parsed(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text)
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}
