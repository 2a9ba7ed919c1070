import { describe, expect, it } from 'vitest'
import { explainDeviceError } from '../../src/partner-center/error-codes.js'
import { CUSTOMER, customerOf, runOf, sandbox, TAG, withHash } from '../helpers/customer-run.js'
import { device } from '../helpers/synthetic.js'
import { errorOf } from '../helpers/words.js'

// What Partner Center refuses, as the stricter sandbox refuses it (issue 12).

describe('Partner Center refusing a customer or the app (403)', () => {
  it('stops a customer the partner has no relationship with, saying so, and sends nothing', async () => {
    const { customer, cells } = customerOf(withHash(1))
    const { server, client } = await sandbox({
      relationships: ['0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0'],
    })
    const result = await runOf(customer, cells, client).run()
    expect(errorOf(result)).toMatch(/HTTP 403/)
    expect(errorOf(result)).toContain(`does not have a relationship with customer ${CUSTOMER}`)
    expect(result.devices).toEqual([])
    expect(server.state.jobs.size).toBe(0)
  })

  it('stops an app that is not registered in Partner Center, saying where to register it', async () => {
    const { customer, cells } = customerOf(withHash(1))
    const { client } = await sandbox({ registeredApp: () => false })
    const result = await runOf(customer, cells, client).run()
    expect(errorOf(result)).toContain(
      'not registered in Partner Center (Account settings > App management)',
    )
    expect(result.devices).toEqual([])
  })
})

describe("per-device codes, as each device's result", () => {
  it.each(['801', '803', '812', '813', '814'])(
    'records %s as failed, with its name and whether a retry can help',
    async (code) => {
      const { customer, cells } = customerOf(withHash(1, 2))
      const { client } = await sandbox({
        seed: { failing: [{ serialNumber: device(1).serialNumber, errorCode: code }] },
      })
      const result = await runOf(customer, cells, client).run()
      const meaning = explainDeviceError(code, null)
      expect(
        result.devices.map((d) => [
          d.serialNumber,
          d.status,
          d.errorCode,
          d.errorName,
          d.transient,
        ]),
      ).toEqual([
        [device(1).serialNumber, 'failed', code, meaning.name, meaning.transient],
        [device(2).serialNumber, 'registered', null, null, null],
      ])
    },
  )

  it('records a device the tenant has outside any batch the repository knows (806) as already registered', async () => {
    const { customer, cells } = customerOf(withHash(1))
    const { server, client } = await sandbox({
      seed: {
        customers: {
          [CUSTOMER]: {
            batches: { 'Imported through Intune': [{ serialNumber: device(1).serialNumber }] },
          },
        },
      },
    })
    const result = await runOf(customer, cells, client).run()
    expect(result.devices.map((d) => [d.status, d.errorCode])).toEqual([
      ['already-registered', '806'],
    ])
    expect(result.devices[0]?.errorDescription).toContain('Partner Center does not retag it')
    // Sent to the batch of the customer's own tag, which it created: the device stays where it was.
    expect(server.state.findBatch(CUSTOMER, TAG)?.[1]).toEqual([])
  })
})
