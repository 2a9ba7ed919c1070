import { generateKeyPairSync, randomBytes, sign } from 'node:crypto'

/**
 * A self-signed RSA certificate for 127.0.0.1 and localhost, made at start-up, so the sandbox's
 * token endpoint speaks HTTPS and clients trust it through an extra CA (NODE_EXTRA_CA_CERTS or an
 * agent's `ca`), never by turning verification off. Node can sign but not build certificates, so
 * the few DER structures of RFC 5280 are written here.
 */
export function selfSignedCertificate(
  commonName = 'autopilot-gitops sandbox',
  serialNumber = randomBytes(16),
): {
  certificate: string
  privateKey: string
} {
  const keys = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const algorithm = seq(oid('1.2.840.113549.1.1.11'), Buffer.from([0x05, 0x00])) // sha256WithRSAEncryption
  const name = seq(set(seq(oid('2.5.4.3'), tlv(0x0c, Buffer.from(commonName, 'utf8')))))
  const now = Date.now()
  const tbs = seq(
    tlv(0xa0, derInteger(Buffer.from([2]))), // version 3
    derInteger(serialNumber),
    algorithm,
    name,
    seq(utcTime(new Date(now - 60_000)), utcTime(new Date(now + 7 * 24 * 3600_000))),
    name,
    keys.publicKey.export({ type: 'spki', format: 'der' }),
    tlv(
      0xa3,
      seq(
        extension(
          '2.5.29.17',
          seq(tlv(0x87, Buffer.from([127, 0, 0, 1])), tlv(0x82, Buffer.from('localhost'))),
        ),
        extension('2.5.29.19', seq(Buffer.from([0x01, 0x01, 0xff])), true), // basicConstraints: a CA, so it can anchor trust
      ),
    ),
  )
  const signature = sign('sha256', tbs, keys.privateKey)
  const der = seq(tbs, algorithm, tlv(0x03, Buffer.concat([Buffer.from([0]), signature])))
  const body = der.toString('base64').replace(/.{64}/g, '$&\n')
  return {
    certificate: `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`.replace(
      '\n\n',
      '\n',
    ),
    privateKey: keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  }
}

function tlv(tag: number, content: Buffer): Buffer {
  const n = content.length
  const length =
    n < 0x80
      ? Buffer.from([n])
      : n < 0x100
        ? Buffer.from([0x81, n])
        : Buffer.from([0x82, n >> 8, n & 0xff])
  return Buffer.concat([Buffer.from([tag]), length, content])
}

const seq = (...parts: Buffer[]) => tlv(0x30, Buffer.concat(parts))
const set = (...parts: Buffer[]) => tlv(0x31, Buffer.concat(parts))

/**
 * A non-negative DER INTEGER from big-endian bytes. DER wants the shortest form: leading zero bytes
 * go (OpenSSL refuses them as "illegal padding", which a random serial starting with 0x00 hit
 * once in 512 start-ups), and a leading 1 bit gets one zero byte back so the number stays positive.
 */
export function derInteger(bytes: Buffer): Buffer {
  let start = 0
  while (start < bytes.length - 1 && bytes[start] === 0) start++
  const digits = bytes.subarray(start)
  const content = digits.length === 0 ? Buffer.from([0]) : digits
  return tlv(0x02, (content[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), content]) : content)
}

function oid(dotted: string): Buffer {
  const [a = 0, b = 0, ...rest] = dotted.split('.').map(Number)
  const bytes = [40 * a + b]
  for (const arc of rest) {
    const chunk = [arc & 0x7f]
    for (let v = arc >> 7; v > 0; v >>= 7) chunk.unshift((v & 0x7f) | 0x80)
    bytes.push(...chunk)
  }
  return tlv(0x06, Buffer.from(bytes))
}

function utcTime(date: Date): Buffer {
  const text = date
    .toISOString()
    .replace(/^\d\d(\d\d)-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d).*$/, '$1$2$3$4$5$6Z')
  return tlv(0x17, Buffer.from(text, 'ascii'))
}

function extension(id: string, value: Buffer, critical = false): Buffer {
  return seq(oid(id), ...(critical ? [Buffer.from([0x01, 0x01, 0xff])] : []), tlv(0x04, value))
}
