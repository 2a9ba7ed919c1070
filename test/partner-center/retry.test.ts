import { describe, expect, it } from 'vitest'
import { english, text } from '../../src/messages/catalogue.js'
import { explainDeviceError } from '../../src/partner-center/error-codes.js'
import { decideRetry, parseRetryAfter } from '../../src/partner-center/retry.js'

const policy = { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 8000, deadlineMs: 60_000 }
const now = Date.UTC(2026, 10, 24, 10, 0, 0)

describe('decideRetry', () => {
  it.each([
    [{ attempt: 1, status: 429, retryAfter: '57' }, 0.5, { retry: true, delayMs: 57_000 }],
    [
      { attempt: 1, status: 429, retryAfter: 'Tue, 24 Nov 2026 10:00:30 GMT' },
      0.5,
      { retry: true, delayMs: 30_000 },
    ],
    [{ attempt: 1, status: 503 }, 0, { retry: true, delayMs: 500 }],
    [{ attempt: 1, status: 503 }, 1, { retry: true, delayMs: 1000 }],
    [{ attempt: 3, status: 500 }, 0.5, { retry: true, delayMs: 3000 }],
    [{ attempt: 4 }, 1, { retry: true, delayMs: 8000 }],
    [{ attempt: 4, status: 408 }, 0, { retry: true, delayMs: 4000 }],
  ])('%j with jitter %d: %j', (attempt, random, decision) => {
    expect(decideRetry({ elapsedMs: 0, now, ...attempt }, policy, random)).toEqual(decision)
  })

  it.each([400, 401, 403, 404, 409, 501, 505])('never retries HTTP %i', (status) => {
    expect(decideRetry({ attempt: 1, status, elapsedMs: 0, now }, policy, 0.5)).toEqual({
      retry: false,
      reason: text('error.retry.status', { status: String(status) }),
    })
  })

  it('stops after the last attempt and before the deadline', () => {
    expect(decideRetry({ attempt: 5, status: 503, elapsedMs: 0, now }, policy, 0.5)).toEqual({
      retry: false,
      reason: text('error.retry.attempts', { attempts: 5 }),
    })
    expect(
      decideRetry({ attempt: 1, status: 429, retryAfter: '61', elapsedMs: 0, now }, policy, 0.5),
    ).toEqual({
      retry: false,
      reason: text('error.retry.deadline', { seconds: 60 }),
    })
  })
})

describe('parseRetryAfter', () => {
  it.each([
    [null, undefined],
    ['', undefined],
    ['soon', undefined],
    ['0', 0],
    [' 12 ', 12_000],
    ['Tue, 24 Nov 2026 09:59:00 GMT', 0],
  ])('%j is %j ms', (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms)
  })
})

describe('explainDeviceError', () => {
  it.each([
    ['808', null, 'ZtdDeviceAssignedToOtherTenant', false],
    [null, 'ZtdDeviceAssignedToAnotherTenant', 'ZtdDeviceAssignedToOtherTenant', false],
    ['806', 'ZtdDeviceAlreadyAssigned', 'ZtdDeviceAlreadyAssigned', false],
    [null, 'StorageError', 'StorageError', true],
    [null, 'ztdDeviceDuplicated', 'ZtdDeviceDuplicated', true],
    ['999', 'SomethingNew', 'SomethingNew', false],
    [null, 'Internal error: try later', 'Internal error: try later', true],
    [null, 'StorageError: the write timed out', 'StorageError', true],
    [null, 'ZtdSomethingNew', 'ZtdSomethingNew', false],
  ])('%s %s is %s (transient %s)', (code, name, expected, transient) => {
    const meaning = explainDeviceError(code, name)
    expect(meaning.name).toBe(expected)
    expect(meaning.transient).toBe(transient)
    expect(english(meaning.explanation).length).toBeGreaterThan(20)
  })

  it('counts 806 as already registered', () => {
    expect(explainDeviceError('806', null).alreadyRegistered).toBe(true)
  })
})
