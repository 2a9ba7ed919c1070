import { errorMessage } from '../findings/error-message.js'
import { oneAfterAnother } from '../findings/text-list.js'
import type { Text } from '../messages/text.js'
import { text } from '../messages/text-of.js'
import type { PartnerCenterClient } from '../partner-center/client.js'
import { devicesToSend, isSent, type RegistrationPlan } from '../plan/registration-plan.js'
import { readBatch } from './device-batch.js'

/**
 * A batch's device list costs a call per 100 devices, counted against the partner's limits: a
 * pull request reads it only for batches this small. Merging needs it for none (806 tells).
 */
export const PULL_REQUEST_DEVICES_LOOKED_THROUGH = 1000

const IN_BATCH = text('repo.reason.inPartnerCenter')

/**
 * On a pull request with sign-in inputs: asks Partner Center, read-only, which of the devices
 * merging would register are already in their customer's batch, and marks them. The actions and
 * so the plan digest stay as they are: the merge run sends them, and Partner Center's answer
 * (806) records them as already registered. Returns how many customers were asked, how many devices
 * found, and why a customer could not be asked.
 */
export async function markDevicesInPartnerCenter(
  plan: RegistrationPlan,
  client: PartnerCenterClient,
): Promise<{ asked: number; found: number; problems: Text[] }> {
  let asked = 0
  let found = 0
  const problems: Text[] = []
  for (const customer of plan.customers) {
    const devices = customer.devices.filter(isSent)
    if (devicesToSend(customer) === 0 || !customer.customerId || !customer.groupTag) continue
    asked += 1
    try {
      const batch = await readBatch(client, customer.customerId, customer.groupTag, {
        devices: true,
        devicesUpTo: PULL_REQUEST_DEVICES_LOOKED_THROUGH,
      })
      if (batch.notLookedThrough !== undefined) {
        problems.push(
          text('repo.check.batchTooLarge', {
            slug: customer.slug,
            devices: batch.notLookedThrough,
            most: PULL_REQUEST_DEVICES_LOOKED_THROUGH,
            calls: PULL_REQUEST_DEVICES_LOOKED_THROUGH / 100,
          }),
        )
        continue
      }
      for (const device of devices) {
        if (
          !batch.deviceIdOf({
            serialNumber: device.serialNumber,
            oemManufacturerName: device.manufacturer,
            productKey: device.productKeyId,
          })
        )
          continue
        found += 1
        device.inPartnerCenter = true
        device.reason = device.reason ? oneAfterAnother([device.reason, IN_BATCH]) : IN_BATCH
      }
    } catch (error) {
      problems.push(text('repo.check.failed', { slug: customer.slug, error: errorMessage(error) }))
    }
  }
  return { asked, found, problems }
}
