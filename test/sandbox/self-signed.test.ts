import { X509Certificate } from 'node:crypto'
import { createServer, request } from 'node:https'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { derInteger, selfSignedCertificate } from '../../src/sandbox/self-signed.js'

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

  it('parses whatever its random serial number starts with (a leading zero byte once broke it)', () => {
    for (const serial of ['00', '0000', '007f', '0080', '80', 'ff01', '0001020304']) {
      const x509 = new X509Certificate(
        selfSignedCertificate(undefined, Buffer.from(serial, 'hex')).certificate,
      )
      expect(BigInt(`0x${x509.serialNumber}`)).toBe(BigInt(`0x${serial}`))
    }
  })

  it('writes DER integers in their shortest positive form', () => {
    const hex = (bytes: string) => derInteger(Buffer.from(bytes, 'hex')).toString('hex')
    expect(hex('')).toBe('020100')
    expect(hex('00')).toBe('020100')
    expect(hex('0005')).toBe('020105')
    expect(hex('000080')).toBe('02020080')
    expect(hex('80')).toBe('02020080')
    expect(hex('7fff')).toBe('02027fff')
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
