import { describe, expect, it } from 'vitest'
import { sandboxBehaviour } from '../../src/cli/sandbox-behaviour.js'

describe('sandbox --behave', () => {
  it('sets the sandbox options each switch names', () => {
    expect(
      sandboxBehaviour(
        'described-success, finished-despite-errors,no-request-replay,device-pages-links,max-body-bytes=4096',
      ),
    ).toEqual({
      describedSuccess: true,
      finishedDespiteErrors: true,
      replayRequestIds: false,
      devicePages: { tokenIn: 'links' },
      maxBodyBytes: 4096,
    })
    expect(sandboxBehaviour(undefined)).toEqual({})
    expect(sandboxBehaviour('device-pages-header')).toEqual({ devicePages: { tokenIn: 'header' } })
    expect(sandboxBehaviour('seeded-customers-only')).toEqual({ relationships: [] })
    expect(sandboxBehaviour('unregistered-app').registeredApp?.('any token')).toBe(false)
  })

  it('refuses what it does not know, and a size that is no number', () => {
    expect(() => sandboxBehaviour('fast')).toThrow(/unknown `fast`; known: described-success/)
    expect(() => sandboxBehaviour('max-body-bytes=big')).toThrow(
      'max-body-bytes=N needs a number of bytes, not big',
    )
  })
})
