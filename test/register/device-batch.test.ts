import { describe, expect, it } from 'vitest'
import { readBatch } from '../../src/register/device-batch.js'
import { CUSTOMER, sandbox, TAG } from '../helpers/customer-run.js'
import { device, hashOf } from '../helpers/synthetic.js'

describe('finding a device in its batch, as Partner Center compares devices', () => {
  it('matches manufacturer and serial together, exactly: serials are unique only per manufacturer', async () => {
    const { client } = await sandbox({
      seed: {
        customers: {
          [CUSTOMER]: {
            batches: {
              [TAG]: [
                { serialNumber: 'ABC123', oemManufacturerName: 'Contoso', modelName: 'One' },
                { serialNumber: 'Mixed9', oemManufacturerName: 'Fabrikam', modelName: 'Two' },
                { productKey: '3300000000042' },
              ],
            },
          },
        },
      },
    })
    const batch = await readBatch(client, CUSTOMER, TAG)
    const found = (serialNumber: string, oemManufacturerName: string) =>
      Boolean(batch.deviceIdOf({ serialNumber, oemManufacturerName }))
    expect(found('ABC123', 'Contoso')).toBe(true)
    // Another manufacturer's device with the same serial is another device.
    expect(found('ABC123', 'Fabrikam')).toBe(false)
    // The tuple is compared with its case.
    expect(found('mixed9', 'Fabrikam')).toBe(false)
    expect(found('Mixed9', 'fabrikam')).toBe(false)
    expect(found('Mixed9', 'Fabrikam')).toBe(true)
    expect(Boolean(batch.deviceIdOf({ productKey: '3300000000042' }))).toBe(true)
  })

  it('finds a device sent with its hash by the manufacturer and serial the hash holds', async () => {
    const { client } = await sandbox()
    const d = device(7)
    const upload = { hardwareHash: hashOf(d), serialNumber: d.serialNumber }
    const trackingId = await client.createDeviceBatch(CUSTOMER, TAG, [upload])
    // Partner Center lists a device once it has processed it: the sandbox, at the first look.
    expect((await client.getUploadStatus(CUSTOMER, trackingId)).status).toBe('finished')
    const batch = await readBatch(client, CUSTOMER, TAG)
    const named = { serialNumber: d.serialNumber, oemManufacturerName: d.manufacturer }
    expect(batch.deviceIdOf(named)).toMatch(/^[0-9a-f-]{36}$/)
    expect(batch.deviceIdOf({ ...named, oemManufacturerName: 'Contoso' })).toBeUndefined()
  })
})
