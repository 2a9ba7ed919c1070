import { generateKeyPairSync, sign } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * GitHub's ID-token endpoint for Actions (ACTIONS_ID_TOKEN_REQUEST_URL): answers the runner's
 * request token with a signed JWT for the audience asked.
 */
export async function startFakeGitHubOidc(options: { requestToken: string; subject: string }) {
  const keys = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const issuer = 'https://token.actions.githubusercontent.com'
  const requests: { audience: string | null; authorized: boolean }[] = []
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const authorized = req.headers.authorization === `Bearer ${options.requestToken}`
    requests.push({ audience: url.searchParams.get('audience'), authorized })
    if (!authorized) {
      res.writeHead(401).end()
      return
    }
    const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
    const now = Math.floor(Date.now() / 1000)
    const signed = `${part({ alg: 'RS256', typ: 'JWT', kid: 'fake' })}.${part({
      iss: issuer,
      sub: options.subject,
      aud: url.searchParams.get('audience'),
      iat: now,
      exp: now + 300,
    })}`
    const value = `${signed}.${sign('sha256', Buffer.from(signed), keys.privateKey).toString('base64url')}`
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ value }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/token?api-version=2.0`,
    issuer,
    publicKey: keys.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
