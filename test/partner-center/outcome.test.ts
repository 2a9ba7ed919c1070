import { describe, expect, it } from 'vitest'
import { outcomeOf, waitForUpload } from '../../src/partner-center/upload.js'
import { CUSTOMER, noWait, sandboxAndClient, TAG, upload } from './sandbox-client.js'

// A device's success or failure is its status, as Partner Center means it (issue 12): what a
// success row carries besides is undocumented, and a description there is no failure.

describe('outcomeOf', () => {
  it('reads a finished device as registered, whatever description or zero code it carries', () => {
    for (const row of [
      { status: 'finished' as const },
      { status: 'finished' as const, errorDescription: 'Success' },
      { status: 'finished' as const, errorCode: '0', errorDescription: 'Success' },
      { status: 'finished' as const, errorCode: '806', errorDescription: 'odd, but finished' },
    ]) {
      expect(outcomeOf(row).status).toBe('registered')
      expect(outcomeOf(row).errorDescription).toBeNull()
    }
  })

  it('reads a device finished with errors by its code: 806 already registered, others failed', () => {
    const already = outcomeOf({ status: 'finished_with_errors', errorCode: '806' })
    expect(already.status).toBe('already-registered')
    const other = outcomeOf({
      status: 'finished_with_errors',
      errorCode: '808',
      errorDescription: 'ZtdDeviceAssignedToOtherTenant',
    })
    expect(other).toMatchObject({ status: 'failed', errorCode: '808', transient: false })
    // With no code at all, the description names the error.
    const unnamed = outcomeOf({
      status: 'finished_with_errors',
      errorDescription: 'ZtdDeviceDuplicated',
    })
    expect(unnamed.status).toBe('failed')
  })

  it('keeps a device still queued or processing pending, unless it carries an error code', () => {
    expect(outcomeOf({ status: 'processing' }).status).toBe('pending')
    expect(outcomeOf({ status: 'queued', errorDescription: 'Success' }).status).toBe('pending')
    expect(outcomeOf({ status: 'unknown', errorCode: '808' }).status).toBe('failed')
  })
})

describe('an upload whose success rows carry a description (sandbox describedSuccess)', () => {
  it('registers every device', async () => {
    const { pc } = await sandboxAndClient({ pollsToFinish: 0, describedSuccess: true })
    const trackingId = await pc.createDeviceBatch(CUSTOMER, TAG, [upload(1), upload(2)])
    const raw = await pc.getUploadStatus(CUSTOMER, trackingId)
    expect(raw.devicesStatus.map((d) => [d.status, d.errorDescription])).toEqual([
      ['finished', 'Success'],
      ['finished', 'Success'],
    ])
    const { outcomes } = await waitForUpload(pc, CUSTOMER, trackingId, noWait)
    expect(outcomes.map((o) => o.status)).toEqual(['registered', 'registered'])
  })
})
