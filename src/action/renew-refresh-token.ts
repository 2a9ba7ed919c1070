import type { PartnerCenterSignIn } from '../auth/token-provider.js'
import { errorMessage } from '../findings/error-message.js'
import { textError } from '../findings/error-words.js'
import {
  type EnvironmentSecretRef,
  secretUpdatedAt,
  storeEnvironmentSecret,
} from '../github/environment-secret.js'
import { createGitHubClient } from '../github/pull-request.js'
import type { GitHubRepository } from '../github/repository.js'
import type { RefreshTokenNote } from '../report/refresh-token-note.js'
import type { ActionSetup } from './setup.js'

/**
 * Keeps a stored refresh token alive. Entra hands back a new one at each redemption and the old
 * one stops working 90 days after its own issue, however often it is used: with `secrets-token`,
 * the run redeems it (if creating a batch has not already) and stores the new one in its
 * environment secret; without, it says when the stored one was last replaced, if GitHub tells.
 * Never fails the run: the devices are registered or recorded whatever becomes of the token.
 */
export async function renewRefreshToken(
  setup: Pick<ActionSetup, 'inputs' | 'env' | 'redactor'>,
  signIn: () => PartnerCenterSignIn,
  github: GitHubRepository | null,
): Promise<RefreshTokenNote | undefined> {
  const { inputs, env, redactor } = setup
  if (!inputs.refreshToken) return undefined
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const ref: EnvironmentSecretRef = {
    owner,
    repo,
    environment: inputs.refreshTokenEnvironment,
    name: inputs.refreshTokenSecret,
  }
  const where = { environment: ref.environment, secret: ref.name }
  if (!inputs.secretsToken) {
    const lastReplaced = github ? await secretUpdatedAt(github.client, ref) : undefined
    return { kind: 'not-renewed', ...where, ...(lastReplaced ? { lastReplaced } : {}) }
  }
  try {
    const tokens = signIn()
    if (!tokens.renewedRefreshToken()) await tokens.getUserToken()
    const renewed = tokens.renewedRefreshToken()
    if (!renewed) throw textError('error.signIn.noRefreshToken')
    const client = createGitHubClient(inputs.secretsToken, env.GITHUB_API_URL, redactor.redact)
    await storeEnvironmentSecret(client, ref, renewed)
    return { kind: 'renewed', ...where }
  } catch (error) {
    return { kind: 'failed', ...where, reason: redactor.redact(errorMessage(error)) }
  }
}
