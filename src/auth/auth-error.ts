import { TextError } from '../findings/error-words.js'

/** A sign-in problem: says what to configure, never a secret. */
export class AuthError extends TextError {
  override readonly name = 'AuthError'
}
