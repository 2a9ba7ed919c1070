/** A sign-in problem: says what to configure, never a secret. */
export class AuthError extends Error {
  override readonly name = 'AuthError'
}
