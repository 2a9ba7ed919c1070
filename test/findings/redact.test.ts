import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { escapeMarkdown } from '../../src/findings/markdown.js'
import {
  createRedactor,
  REDACTED,
  redactError,
  redactShapes,
  redactValues,
} from '../../src/findings/redact.js'

const SECRET = 'client-secret-value-0123456789'
const REFRESH = 'refresh-token-value-0123456789'
// A JWT's shape (header {"alg":"none"}, payload {"sub":"x"}), not a token of anything.
const JWT = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.c2lnbmF0dXJlLXBhcnQ'

describe('the one redaction step', () => {
  it('replaces a configured secret and a learnt token, in the forms a request carries them', () => {
    const redactor = createRedactor([SECRET, undefined, ''])
    const odd = 'p@ss/word~with+odd=chars 1'
    redactor.add(odd)
    redactor.add(REFRESH)
    const text = [
      `raw ${SECRET}`,
      `query x=${encodeURIComponent(odd)}&y=1`,
      `form ${new URLSearchParams({ z: odd }).toString()}`,
      `json ${JSON.stringify({ v: odd })}`,
      `at the end ${REFRESH}`,
    ].join('\n')
    const out = redactor.redact(text)
    for (const secret of [SECRET, REFRESH, odd, encodeURIComponent(odd)])
      expect(out).not.toContain(secret)
    expect(out).toContain(`raw ${REDACTED}`)
    expect(out).toContain('&y=1')
  })

  it('replaces a PEM whole, and each of its lines on its own', () => {
    const body = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7'
    const pem = `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`
    const redactor = createRedactor([pem])
    expect(redactor.redact(`echo: ${pem}`)).toBe(`echo: ${REDACTED}`)
    expect(redactor.redact(`a line: ${body}.`)).toBe(`a line: ${REDACTED}.`)
  })

  it.each([
    ['Authorization: Bearer abc.def-123', `Authorization: ${REDACTED}`],
    ['{"Authorization":"token ghs_x"}', `{"Authorization":"${REDACTED}"}`],
    ['proxy-authorization=Basic dXNlcjpwYXNzd29yZDEyMw==', `proxy-authorization=${REDACTED}`],
    ['sent bearer sandbox.app.AbCdEf0123456789xyz', `sent bearer ${REDACTED}`],
    [
      'client_id=a&client_secret=s3cr3t%2Fx&refresh_token=r.t&scope=x',
      `client_id=a&client_secret=${REDACTED}&refresh_token=${REDACTED}&scope=x`,
    ],
    ['{"assertion": "abc", "x": 1}', `{"assertion": "${REDACTED}", "x": 1}`],
    [`client_assertion=${JWT}`, `client_assertion=${REDACTED}`],
    [`token ${JWT} expired`, `token ${REDACTED} expired`],
    [
      'ghs_0123456789abcdefABCDEF0123 and github_pat_0123456789abcdef_XYZ',
      `${REDACTED} and ${REDACTED}`,
    ],
    ['-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----', REDACTED],
  ])('replaces what is shaped like a credential: %s', (text, redacted) => {
    expect(redactShapes(text)).toBe(redacted)
  })

  it.each([
    'Authorization header missing or not a bearer token',
    'AADSTS70000: the refresh token is invalid or expired',
    "The provided value for 'refresh_token' or 'assertion' is not valid.",
    'Basic authentication is not supported',
    'ZtdDeviceAssignedToOtherTenant: the device is registered to another tenant',
  ])('leaves words alone: %s', (text) => {
    expect(redactShapes(text)).toBe(text)
  })

  it('redacts every string of a value, and what a library error carries, in place', () => {
    const redact = createRedactor([SECRET]).redact
    expect(redactValues({ a: [SECRET, 1, { b: `x ${SECRET}` }], c: null }, redact)).toEqual({
      a: [REDACTED, 1, { b: `x ${REDACTED}` }],
      c: null,
    })
    const error = Object.assign(new Error(`refused: ${SECRET}`), {
      response: { data: { message: `echo ${SECRET}` }, headers: { x: SECRET } },
    })
    redactError(error, redact)
    expect(`${error.message} ${error.stack} ${JSON.stringify(error)}`).not.toContain(SECRET)
  })

  it('leaves no secret in any text, wherever it sits and whatever surrounds it', () => {
    const text = fc.string({ unit: 'binary' })
    const secret = fc.string({ unit: 'binary', minLength: 4, maxLength: 40 })
    fc.assert(
      fc.property(secret, text, text, (value, before, after) => {
        const out = createRedactor([value]).redact(`${before}${value}${after}`)
        // The secret may come back only if the text around it spells it again on its own.
        const around = createRedactor([]).redact(`${before}${REDACTED}${after}`)
        return !out.includes(value) || around.includes(value)
      }),
    )
  })
})

describe('redaction of rendered Markdown', () => {
  it('finds a secret in the form escapeMarkdown gave it, and writes an escaped marker', () => {
    const odd = '_under~score*secret!'
    const redactor = createRedactor([odd])
    const markdown = `| ${escapeMarkdown(odd)} | x ${escapeMarkdown(`a ${odd}(y)`)} |`
    const out = redactor.redactMarkdown(markdown)
    expect(out).not.toContain(escapeMarkdown(odd).slice(1))
    // A bare `[redacted](y)` would be a link.
    expect(out).toBe('| &#91;redacted&#93; | x a &#91;redacted&#93;(y) |')
  })
})
