import { describe, expect, it } from 'vitest'
import { sayer } from '../../src/messages/catalogue.js'
import { renderRegistrationComment } from '../../src/report/fit-markdown.js'
import type { OutcomeDevice, RegistrationOutcome } from '../../src/report/registration-outcome.js'

/** A run in which every one of `n` devices failed with a long explanation. */
const EN = sayer('en')

function outcomeOf(n: number): RegistrationOutcome {
  const failed: OutcomeDevice[] = Array.from({ length: n }, (_, i) => ({
    customer: 'contoso',
    serialNumber: `SER${i}`,
    manufacturer: 'Contoso Devices',
    model: 'Book 14',
    productKeyId: '',
    hardwareHashSha256: '',
    source: `customers/contoso/devices/order.csv:${i + 2}`,
    status: 'failed',
    deviceId: null,
    trackingId: null,
    errorCode: '808',
    errorName: 'ZtdDeviceAssignedToOtherTenant',
    errorDescription: 'The device is registered to another tenant. '.repeat(12),
    transient: false,
  }))
  return {
    commit: 'a'.repeat(40),
    digest: 'b'.repeat(64),
    dryRun: false,
    reviewed: [{ number: 7, planDigest: 'b'.repeat(64) }],
    counts: {
      registered: 0,
      alreadyRegistered: 0,
      retagged: 0,
      deregistered: 0,
      failed: n,
      pending: 0,
      skipped: 0,
      wouldSend: 0,
    },
    customers: [
      {
        slug: 'contoso',
        groupTag: 'T',
        registered: 0,
        alreadyRegistered: 0,
        retagged: 0,
        deregistered: 0,
        failed: n,
        pending: 0,
      },
    ],
    refused: [],
    failed,
    pending: [],
    skipped: [],
    records: ['customers/contoso/registrations/20261124T101500Z-aaaaaaa.json'],
    place: { kind: 'commit', sha: 'c'.repeat(40) },
  }
}

describe('the outcome comment on a merged pull request', () => {
  it('lists up to 100 devices, and fewer until GitHub takes it', () => {
    const small = renderRegistrationComment(outcomeOf(3), {}, EN)
    expect(small.body).toContain('SER2')
    const large = renderRegistrationComment(
      outcomeOf(400),
      { runUrl: 'https://x.example/run/1' },
      EN,
    )
    expect(Buffer.byteLength(large.body)).toBeLessThanOrEqual(65_000)
    expect(large.body).toMatch(/…and 370 more devices: see the records\./)
    expect(large.content).not.toContain('https://x.example/run/1')
  })
})
