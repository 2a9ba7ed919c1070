import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { type DeviceCodeOptions, DeviceCodes } from './device-codes.js'
import { readText } from './request-body.js'
import { selfSignedCertificate } from './self-signed.js'
import {
  type Grant,
  type GrantOptions,
  type GrantState,
  grantToken,
  type IssuedToken,
  REFRESH_TOKEN_LIFETIME_SECONDS,
  type RefreshTokens,
} from './token-grant.js'

export type { SandboxApp } from './client-credential.js'
export type { IssuedToken } from './token-grant.js'

export interface TokenEndpointOptions extends GrantOptions {
  now?: () => number
  /** A certificate and key to serve; by default one is made at start-up. */
  tls?: { certificate: string; privateKey: string }
  /**
   * Quote the request in every refusal, as a proxy in front of Entra might: its error_description
   * ends with the form it refused, client secret, assertion and refresh token included.
   */
  echoRequests?: boolean
  /** The device-code flow's pace (`create-batch`). */
  deviceCode?: DeviceCodeOptions
}

const DISCOVERY = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/
const TOKEN = /^\/[^/]+\/oauth2\/v2\.0\/token$/
const DEVICE_CODE = /^\/[^/]+\/oauth2\/v2\.0\/devicecode$/

/**
 * Microsoft Entra's token endpoint as MSAL uses it, over HTTPS with a certificate made at start-up:
 * the discovery document, then client credentials and refresh tokens. Clients trust the
 * certificate through an extra CA (`certificate`), never by turning verification off.
 */
export async function startTokenEndpoint(options: TokenEndpointOptions, port = 0) {
  const { certificate, privateKey } = options.tls ?? selfSignedCertificate()
  const now = options.now ?? Date.now
  const endpoint: Endpoint = {
    options,
    now,
    base: () => `https://127.0.0.1:${(server.address() as AddressInfo).port}`,
    issued: new Map(),
    requests: [],
    state: {
      refreshTokens: seededRefreshTokens(options, now()),
      deviceCodes: new DeviceCodes(options.deviceCode),
    },
  }
  const server = createServer({ cert: certificate, key: privateKey }, (req, res) => {
    void serve(endpoint, req, res).catch((error: unknown) =>
      send(res, 500, { error: 'server_error', error_description: String(error) }),
    )
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const { issued, state } = endpoint
  return {
    url: endpoint.base(),
    /** The CA a client must trust (NODE_EXTRA_CA_CERTS, or an agent's `ca`). */
    certificate,
    requests: endpoint.requests,
    /** How many tokens it has issued. */
    issued: () => issued.size,
    /** Where a partner admin enters a device code, as a person would: the code's answer, or not. */
    signInWithCode: (userCode: string, approved = true) =>
      state.deviceCodes.answer(userCode, approved, now()),
    /** What the sandbox's Partner Center asks of a bearer token. */
    inspect: (token: string): IssuedToken | undefined => {
      const found = issued.get(token)
      return found && found.expiresAt > now() ? found : undefined
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** What the endpoint keeps: the tokens it issued, the requests it served, its grants' state. */
interface Endpoint {
  options: TokenEndpointOptions
  now: () => number
  base: () => string
  issued: Map<string, IssuedToken>
  requests: { path: string; grantType?: string; status: number }[]
  state: GrantState
}

async function serve(endpoint: Endpoint, req: IncomingMessage, res: ServerResponse) {
  const { requests, base, now, state } = endpoint
  const url = new URL(req.url ?? '/', base())
  const tenant = DISCOVERY.exec(url.pathname)?.[1]
  if (tenant !== undefined && req.method === 'GET') {
    requests.push({ path: url.pathname, status: 200 })
    return send(res, 200, openidConfiguration(base(), tenant))
  }
  if (url.pathname === '/device') {
    // Where the partner admin enters the code: a form, and its answer (`user_code`, `decline`).
    requests.push({ path: '/device', status: 200 })
    const form = req.method === 'POST' ? new URLSearchParams(await readText(req)) : undefined
    const page = state.deviceCodes.page(form, now())
    res.writeHead(page.status, { 'Content-Type': 'text/html; charset=utf-8' })
    return res.end(page.html)
  }
  const started = DEVICE_CODE.test(url.pathname) && req.method === 'POST'
  if (!started && (!TOKEN.test(url.pathname) || req.method !== 'POST')) {
    requests.push({ path: url.pathname, status: 404 })
    return send(res, 404, { error: 'not_found' })
  }
  const text = await readText(req)
  const form = new URLSearchParams(text)
  const where = { base: base(), now: now() }
  const grant = answerForm({ started, form, text }, endpoint.options, state, where)
  if (grant.issued) endpoint.issued.set(grant.issued.token, grant.issued.details)
  requests.push({
    path: url.pathname,
    grantType: form.get('grant_type') ?? '',
    status: grant.status,
  })
  send(res, grant.status, grant.body)
}

/** The tenant's OpenID configuration: where MSAL finds the token endpoint. */
function openidConfiguration(base: string, tenant: string) {
  return {
    issuer: `${base}/${tenant}/v2.0`,
    authorization_endpoint: `${base}/${tenant}/oauth2/v2.0/authorize`,
    token_endpoint: `${base}/${tenant}/oauth2/v2.0/token`,
    end_session_endpoint: `${base}/${tenant}/oauth2/v2.0/logout`,
    jwks_uri: `${base}/${tenant}/discovery/v2.0/keys`,
    response_types_supported: ['code', 'token'],
  }
}

/** The answer to a form posted to the token or the device-code endpoint. */
function answerForm(
  posted: { started: boolean; form: URLSearchParams; text: string },
  options: TokenEndpointOptions,
  state: GrantState,
  where: { base: string; now: number },
): Grant {
  const { form } = posted
  const app = options.apps.find((a) => a.clientId === form.get('client_id'))
  const grant = posted.started
    ? state.deviceCodes.start(app, form, where)
    : grantToken(form, options, state, where)
  if (options.echoRequests && grant.status >= 400)
    grant.body.error_description = `${grant.body.error_description} (request: ${posted.text})`
  return grant
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify(body))
}

/** The refresh tokens given at start, each valid for a lifetime from now. */
function seededRefreshTokens(options: TokenEndpointOptions, now: number): RefreshTokens {
  const lifetime = options.refreshTokenLifetimeSeconds ?? REFRESH_TOKEN_LIFETIME_SECONDS
  return new Map((options.refreshTokens ?? []).map((t) => [t, now + lifetime * 1000]))
}
