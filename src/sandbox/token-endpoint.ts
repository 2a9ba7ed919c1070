import {
  constants,
  createHash,
  createPublicKey,
  randomBytes,
  verify,
  X509Certificate,
} from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { readText } from './request-body.js'
import { selfSignedCertificate } from './self-signed.js'

/** An app registration the sandbox knows, with the credentials it takes. */
export interface SandboxApp {
  clientId: string
  clientSecret?: string
  /** PEM of the certificate whose private key signs the client assertion. */
  certificate?: string
  /** A federated credential: the workload identity token's issuer and subject, and the key that signs it. */
  federated?: { issuer: string; subject: string; publicKey: string }
}

export interface IssuedToken {
  kind: 'app' | 'app+user'
  clientId: string
  expiresAt: number
}

export interface TokenEndpointOptions {
  apps: SandboxApp[]
  /** Refresh tokens of signed-in partner users (App+User). */
  refreshTokens?: string[]
  /** Lifetime of an access token, so that a token can expire in the middle of a run. */
  expiresInSeconds?: number
  now?: () => number
  /** A certificate and key to serve; by default one is made at start-up. */
  tls?: { certificate: string; privateKey: string }
}

const FEDERATION_AUDIENCE = 'api://AzureADTokenExchange'

/**
 * Microsoft Entra's token endpoint as MSAL uses it, over HTTPS with a certificate made at start-up:
 * the discovery document, then client credentials and refresh tokens. Clients trust the
 * certificate through an extra CA (`certificate`), never by turning verification off.
 */
export async function startTokenEndpoint(options: TokenEndpointOptions, port = 0) {
  const { certificate, privateKey } = options.tls ?? selfSignedCertificate()
  const issued = new Map<string, IssuedToken>()
  const now = options.now ?? Date.now
  const requests: { path: string; grantType?: string; status: number }[] = []
  const server = createServer({ cert: certificate, key: privateKey }, (req, res) => {
    void serve(req, res).catch((error: unknown) =>
      send(res, 500, { error: 'server_error', error_description: String(error) }),
    )
  })

  async function serve(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', base())
    const discovery = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(url.pathname)
    if (discovery && req.method === 'GET') {
      const tenant = discovery[1] ?? ''
      requests.push({ path: url.pathname, status: 200 })
      return send(res, 200, {
        issuer: `${base()}/${tenant}/v2.0`,
        authorization_endpoint: `${base()}/${tenant}/oauth2/v2.0/authorize`,
        token_endpoint: `${base()}/${tenant}/oauth2/v2.0/token`,
        end_session_endpoint: `${base()}/${tenant}/oauth2/v2.0/logout`,
        jwks_uri: `${base()}/${tenant}/discovery/v2.0/keys`,
        response_types_supported: ['code', 'token'],
      })
    }
    if (!/^\/[^/]+\/oauth2\/v2\.0\/token$/.test(url.pathname) || req.method !== 'POST') {
      requests.push({ path: url.pathname, status: 404 })
      return send(res, 404, { error: 'not_found' })
    }
    const form = new URLSearchParams(await readText(req))
    const grantType = form.get('grant_type') ?? ''
    const refuse = (status: number, error: string, description: string) => {
      requests.push({ path: url.pathname, grantType, status })
      send(res, status, { error, error_description: description })
    }
    const app = options.apps.find((a) => a.clientId === form.get('client_id'))
    if (!app)
      return refuse(
        400,
        'unauthorized_client',
        'AADSTS700016: application not found in the directory',
      )
    const problem = credentialProblem(app, form, base())
    if (problem) return refuse(401, 'invalid_client', problem)
    let kind: IssuedToken['kind'] = 'app'
    if (grantType === 'refresh_token') {
      if (!options.refreshTokens?.includes(form.get('refresh_token') ?? '')) {
        return refuse(400, 'invalid_grant', 'AADSTS70000: the refresh token is invalid or expired')
      }
      kind = 'app+user'
    } else if (grantType !== 'client_credentials') {
      return refuse(400, 'unsupported_grant_type', `grant_type ${grantType} is not supported`)
    }
    const expiresIn = options.expiresInSeconds ?? 3600
    const token = `sandbox.${kind === 'app' ? 'app' : 'user'}.${randomBytes(24).toString('base64url')}`
    issued.set(token, { kind, clientId: app.clientId, expiresAt: now() + expiresIn * 1000 })
    requests.push({ path: url.pathname, grantType, status: 200 })
    send(res, 200, {
      token_type: 'Bearer',
      expires_in: expiresIn,
      ext_expires_in: expiresIn,
      access_token: token,
      scope: form.get('scope') ?? '',
      ...(kind === 'app+user' ? { refresh_token: form.get('refresh_token') } : {}),
    })
  }

  function base() {
    return `https://127.0.0.1:${(server.address() as AddressInfo).port}`
  }
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    url: base(),
    /** The CA a client must trust (NODE_EXTRA_CA_CERTS, or an agent's `ca`). */
    certificate,
    requests,
    /** How many tokens it has issued. */
    issued: () => issued.size,
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

/** Why the request does not prove the app's identity, or undefined when it does. */
function credentialProblem(
  app: SandboxApp,
  form: URLSearchParams,
  base: string,
): string | undefined {
  const secret = form.get('client_secret')
  if (secret !== null)
    return app.clientSecret && secret === app.clientSecret
      ? undefined
      : 'AADSTS7000215: invalid client secret'
  const assertion = form.get('client_assertion')
  if (!assertion) return 'AADSTS7000216: a client secret or a client assertion is required'
  const jwt = decodeJwt(assertion)
  if (!jwt) return 'AADSTS50027: the client assertion is not a JWT'
  if (app.certificate) {
    const cert = new X509Certificate(app.certificate)
    const thumbprint = createHash('sha256').update(cert.raw).digest('base64url')
    const matches =
      jwt.header['x5t#S256'] === thumbprint ||
      jwt.header.x5t === createHash('sha1').update(cert.raw).digest('base64url')
    if (
      matches &&
      verifyJwt(jwt, cert.publicKey) &&
      jwt.payload.aud?.toString().startsWith(base) &&
      jwt.payload.sub === app.clientId
    ) {
      return undefined
    }
  }
  const fed = app.federated
  if (
    fed &&
    jwt.payload.iss === fed.issuer &&
    jwt.payload.sub === fed.subject &&
    jwt.payload.aud === FEDERATION_AUDIENCE
  ) {
    return verifyJwt(jwt, createPublicKey(fed.publicKey))
      ? undefined
      : 'AADSTS700024: the federated token signature does not verify'
  }
  return 'AADSTS700027: the client assertion matches no credential of the app'
}

interface Jwt {
  header: Record<string, unknown>
  payload: Record<string, unknown>
  signed: string
  signature: Buffer
}

function decodeJwt(token: string): Jwt | undefined {
  const [header, payload, signature] = token.split('.')
  if (!header || !payload || signature === undefined) return undefined
  try {
    return {
      header: JSON.parse(Buffer.from(header, 'base64url').toString('utf8')),
      payload: JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')),
      signed: `${header}.${payload}`,
      signature: Buffer.from(signature, 'base64url'),
    }
  } catch {
    return undefined
  }
}

function verifyJwt(jwt: Jwt, key: ReturnType<typeof createPublicKey>): boolean {
  const data = Buffer.from(jwt.signed)
  if (jwt.header.alg === 'PS256') {
    return verify(
      'sha256',
      data,
      { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 },
      jwt.signature,
    )
  }
  return jwt.header.alg === 'RS256' && verify('sha256', data, key, jwt.signature)
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify(body))
}
