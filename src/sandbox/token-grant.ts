import { randomBytes } from 'node:crypto'
import { GLOBAL_CLOUD } from '../auth/cloud.js'
import { credentialProblem, type SandboxApp } from './client-credential.js'
import { DEVICE_CODE_GRANTS, type DeviceCodes, UNKNOWN_APP } from './device-codes.js'

export interface IssuedToken {
  kind: 'app' | 'app+user'
  clientId: string
  expiresAt: number
  /** The resource it is for. */
  audience: string
}

/** Who may have a token, and for how long. */
export interface GrantOptions {
  apps: SandboxApp[]
  /** Refresh tokens of signed-in partner users (App+User), valid from the endpoint's start. */
  refreshTokens?: string[]
  /** Lifetime of an access token, so that a token can expire in the middle of a run. */
  expiresInSeconds?: number
  /**
   * Lifetime of a refresh token, from when it was issued: 90 days, as Entra's. Each redemption
   * hands back a new one; using a token does not extend it.
   */
  refreshTokenLifetimeSeconds?: number
  /** The resource tokens are for: Partner Center's global endpoint unless told otherwise. */
  resource?: string
}

export const REFRESH_TOKEN_LIFETIME_SECONDS = 90 * 24 * 3600

/** The refresh tokens the endpoint knows, with when each expires. */
export type RefreshTokens = Map<string, number>

/** What the endpoint remembers between requests. */
export interface GrantState {
  refreshTokens: RefreshTokens
  deviceCodes: DeviceCodes
}

/** The token endpoint's answer to a form, and the token it issued, if it did. */
export interface Grant {
  status: number
  body: Record<string, unknown>
  issued?: { token: string; details: IssuedToken }
}

/**
 * Redeems a token request as Entra does for the grants MSAL sends: client credentials, or a
 * refresh token (App+User), each with the app's own proof of identity; or a device code, which a
 * public client redeems with no proof but the person who signed in.
 */
export function grantToken(
  form: URLSearchParams,
  options: GrantOptions,
  state: GrantState,
  where: { base: string; now: number },
): Grant {
  const { base, now } = where
  const refuse = (status: number, error: string, description: string): Grant => ({
    status,
    body: { error, error_description: description },
  })
  const app = options.apps.find((a) => a.clientId === form.get('client_id'))
  if (!app) return refuse(UNKNOWN_APP.status, UNKNOWN_APP.error, UNKNOWN_APP.description)
  const resource = options.resource ?? GLOBAL_CLOUD.partnerCenter
  let granted: ReturnType<typeof grantOf>
  if (DEVICE_CODE_GRANTS.includes(form.get('grant_type') ?? '')) {
    const redeemed = state.deviceCodes.redeem(app, form, now)
    if ('error' in redeemed) return refuse(redeemed.status, redeemed.error, redeemed.description)
    granted = userGrant(redeemed.scope.split(' '), options, state.refreshTokens, { resource, now })
  } else {
    const problem = credentialProblem(app, form, base, now)
    if (problem) return refuse(401, 'invalid_client', problem)
    granted = grantOf(form, options, state.refreshTokens, { resource, now })
  }
  if ('refused' in granted) return refuse(400, granted.refused[0], granted.refused[1])
  const { kind, refreshToken } = granted
  const audience = granted.audience ?? resource
  const expiresIn = options.expiresInSeconds ?? 3600
  const token = `sandbox.${kind === 'app' ? 'app' : 'user'}.${randomBytes(24).toString('base64url')}`
  const body = {
    token_type: 'Bearer',
    expires_in: expiresIn,
    ext_expires_in: expiresIn,
    access_token: token,
    scope: form.get('scope') ?? '',
    ...(refreshToken ? { refresh_token: refreshToken } : {}),
  }
  const details = {
    kind,
    clientId: app.clientId,
    expiresAt: now + expiresIn * 1000,
    audience,
  }
  return { status: 200, body, issued: { token, details } }
}

/**
 * What the grant gives, or why not: client credentials take exactly the resource's `.default`
 * scope; a refresh token, known and not expired, needs `user_impersonation` and is replaced by a
 * new one, which lives its own lifetime (the old keeps its expiry: using it extends nothing).
 */
function grantOf(
  form: URLSearchParams,
  options: GrantOptions,
  refreshTokens: RefreshTokens,
  { resource, now }: { resource: string; now: number },
):
  | { kind: IssuedToken['kind']; refreshToken?: string; audience?: string }
  | { refused: [string, string] } {
  const grantType = form.get('grant_type') ?? ''
  const scopes = (form.get('scope') ?? '').split(' ').filter(Boolean)
  if (grantType === 'client_credentials') {
    // One `<resource>/.default`, as Entra takes it; a token for another resource is issued as
    // Entra would, and Partner Center refuses it (401).
    const asked = /^(https:\/\/[^\s/]+)\/\.default$/.exec(
      scopes.length === 1 ? (scopes[0] ?? '') : '',
    )
    if (asked?.[1]) return { kind: 'app', audience: asked[1] }
    const said = `AADSTS1002012: client credentials take one scope, ${resource}/.default`
    return { refused: ['invalid_scope', said] }
  }
  if (grantType !== 'refresh_token')
    return { refused: ['unsupported_grant_type', `grant_type ${grantType} is not supported`] }
  const expires = refreshTokens.get(form.get('refresh_token') ?? '')
  if (expires === undefined || expires <= now)
    return { refused: ['invalid_grant', 'AADSTS70000: the refresh token is invalid or expired'] }
  return userGrant(scopes, options, refreshTokens, { resource, now })
}

/** An App+User grant for the scopes asked, with a refresh token of its own lifetime. */
function userGrant(
  scopes: readonly string[],
  options: GrantOptions,
  refreshTokens: RefreshTokens,
  { resource, now }: { resource: string; now: number },
): { kind: IssuedToken['kind']; refreshToken: string } | { refused: [string, string] } {
  if (!scopes.includes(`${resource}/user_impersonation`))
    return { refused: ['invalid_scope', `AADSTS70011: ask for ${resource}/user_impersonation`] }
  const refreshToken = `sandbox.refresh.${randomBytes(24).toString('base64url')}`
  const lifetime = options.refreshTokenLifetimeSeconds ?? REFRESH_TOKEN_LIFETIME_SECONDS
  refreshTokens.set(refreshToken, now + lifetime * 1000)
  return { kind: 'app+user', refreshToken }
}
