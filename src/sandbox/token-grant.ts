import { randomBytes } from 'node:crypto'
import { credentialProblem, type SandboxApp } from './client-credential.js'

export interface IssuedToken {
  kind: 'app' | 'app+user'
  clientId: string
  expiresAt: number
}

/** Who may have a token, and for how long. */
export interface GrantOptions {
  apps: SandboxApp[]
  /** Refresh tokens of signed-in partner users (App+User). */
  refreshTokens?: string[]
  /** Lifetime of an access token, so that a token can expire in the middle of a run. */
  expiresInSeconds?: number
}

/** The token endpoint's answer to a form, and the token it issued, if it did. */
export interface Grant {
  status: number
  body: Record<string, unknown>
  issued?: { token: string; details: IssuedToken }
}

/**
 * Redeems a token request as Entra does for the grants MSAL sends: client credentials, or a
 * refresh token (App+User), each with the app's own proof of identity.
 */
export function grantToken(
  form: URLSearchParams,
  options: GrantOptions,
  base: string,
  now: number,
): Grant {
  const grantType = form.get('grant_type') ?? ''
  const refuse = (status: number, error: string, description: string): Grant => ({
    status,
    body: { error, error_description: description },
  })
  const app = options.apps.find((a) => a.clientId === form.get('client_id'))
  if (!app)
    return refuse(
      400,
      'unauthorized_client',
      'AADSTS700016: application not found in the directory',
    )
  const problem = credentialProblem(app, form, base)
  if (problem) return refuse(401, 'invalid_client', problem)
  let kind: IssuedToken['kind'] = 'app'
  if (grantType === 'refresh_token') {
    if (!options.refreshTokens?.includes(form.get('refresh_token') ?? ''))
      return refuse(400, 'invalid_grant', 'AADSTS70000: the refresh token is invalid or expired')
    kind = 'app+user'
  } else if (grantType !== 'client_credentials') {
    return refuse(400, 'unsupported_grant_type', `grant_type ${grantType} is not supported`)
  }
  const expiresIn = options.expiresInSeconds ?? 3600
  const token = `sandbox.${kind === 'app' ? 'app' : 'user'}.${randomBytes(24).toString('base64url')}`
  const body = {
    token_type: 'Bearer',
    expires_in: expiresIn,
    ext_expires_in: expiresIn,
    access_token: token,
    scope: form.get('scope') ?? '',
    ...(kind === 'app+user' ? { refresh_token: form.get('refresh_token') } : {}),
  }
  const details = { kind, clientId: app.clientId, expiresAt: now + expiresIn * 1000 }
  return { status: 200, body, issued: { token, details } }
}
