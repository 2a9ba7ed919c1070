import { X509Certificate } from 'node:crypto'
import { createServer, request } from 'node:https'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { selfSignedCertificate } from '../../src/sandbox/self-signed.js'

describe('the sandbox certificate', () => {
  it('is a valid self-signed certificate for 127.0.0.1 and localhost', () => {
    const { certificate } = selfSignedCertificate()
    const x509 = new X509Certificate(certificate)
    expect(x509.subject).toBe('CN=autopilot-gitops sandbox')
    expect(x509.subjectAltName).toBe('IP Address:127.0.0.1, DNS:localhost')
    expect(x509.ca).toBe(true)
    expect(x509.verify(x509.publicKey)).toBe(true)
    expect(x509.checkIP('127.0.0.1')).toBe('127.0.0.1')
  })

  it('is trusted over TLS when given as the CA, and refused when not', async () => {
    const { certificate, privateKey } = selfSignedCertificate()
    const server = createServer({ cert: certificate, key: privateKey }, (_req, res) =>
      res.end('ok'),
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const port = (server.address() as AddressInfo).port
    const get = (ca?: string) =>
      new Promise<string>((resolve, reject) => {
        const req = request(
          { host: '127.0.0.1', port, path: '/', ...(ca ? { ca } : {}) },
          (res) => {
            res.setEncoding('utf8')
            let body = ''
            res.on('data', (d: string) => {
              body += d
            })
            res.on('end', () => resolve(body))
          },
        )
        req.on('error', reject)
        req.end()
      })
    try {
      expect(await get(certificate)).toBe('ok')
      await expect(get()).rejects.toThrow(/self-signed certificate/)
    } finally {
      server.close()
    }
  })
})
