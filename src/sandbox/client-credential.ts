import { constants, createHash, createPublicKey, verify, X509Certificate } from 'node:crypto'

/** An app registration the sandbox knows, with the credentials it takes. */
export interface SandboxApp {
  clientId: string
  clientSecret?: string
  /** PEM of the certificate whose private key signs the client assertion. */
  certificate?: string
  /** A federated credential: the workload identity token's issuer and subject, and the key that signs it. */
  federated?: { issuer: string; subject: string; publicKey: string }
  /** Allows public client flows (the device-code sign-in of `create-batch`). */
  publicClient?: boolean
}

const FEDERATION_AUDIENCE = 'api://AzureADTokenExchange'
const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'
/** Entra allows five minutes of clock skew. */
const SKEW_SECONDS = 300

/** An assertion used outside its `nbf`–`exp` window (or without `exp`). */
function timeProblem(jwt: Jwt, now: number): string | undefined {
  const seconds = now / 1000
  const exp = Number(jwt.payload.exp)
  if (!Number.isFinite(exp)) return 'AADSTS700023: the client assertion has no expiry (exp)'
  if (exp + SKEW_SECONDS < seconds) return 'AADSTS700024: the client assertion has expired'
  const nbf = jwt.payload.nbf === undefined ? undefined : Number(jwt.payload.nbf)
  if (nbf !== undefined && nbf - SKEW_SECONDS > seconds)
    return 'AADSTS700024: the client assertion is not valid yet (nbf)'
  return undefined
}

/** Why the request does not prove the app's identity, or undefined when it does. */
export function credentialProblem(
  app: SandboxApp,
  form: URLSearchParams,
  base: string,
  now: number,
): string | undefined {
  const secret = form.get('client_secret')
  if (secret !== null)
    return app.clientSecret && secret === app.clientSecret
      ? undefined
      : 'AADSTS7000215: invalid client secret'
  const assertion = form.get('client_assertion')
  if (!assertion) return 'AADSTS7000216: a client secret or a client assertion is required'
  if (form.get('client_assertion_type') !== ASSERTION_TYPE)
    return `AADSTS700009: client_assertion_type must be ${ASSERTION_TYPE}`
  const jwt = decodeJwt(assertion)
  if (!jwt) return 'AADSTS50027: the client assertion is not a JWT'
  const late = timeProblem(jwt, now)
  if (late) return late
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
