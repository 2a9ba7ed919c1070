/**
 * Every secret the tests use, and the prefixes of every token the sandbox issues. test/setup.ts
 * scans all that the tests capture for them.
 */
export const SECRETS = [
  'client-secret-value-0123456789',
  'refresh-token-value-0123456789',
  'wrong-secret-value',
  'ghs_secret-token-value',
  'secret-token-value',
  'register-token-value',
  'runner-request-token',
  // The sandbox's demo app registration (SANDBOX_APP): not secret, but a leak of it is a leak of
  // whatever the partner configures in its place.
  'sandbox-client-secret',
  'sandbox-refresh-token',
  'sandbox.app.',
  'sandbox.user.',
]

/** What the tests saw: the output of every bundle they ran, and every error they caught. */
export const captured: string[] = []

export function capture(text: string): string {
  captured.push(text)
  return text
}

/** Keeps a caught error's message and details for the scan, and gives the error back. */
export function captureError(error: unknown): unknown {
  captured.push(
    error instanceof Error ? `${error.message} ${JSON.stringify(error)}` : String(error),
  )
  return error
}
