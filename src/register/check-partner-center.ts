import { errorMessage } from '../findings/error-message.js'
import type { PartnerCenterClient } from '../partner-center/client.js'
import { devicesToSend, isSent, type RegistrationPlan } from '../plan/registration-plan.js'
import { readBatch } from './device-batch.js'

/**
 * On a pull request with sign-in inputs: asks Partner Center, read-only, which of the devices
 * merging would register are already in their customer's batch, and marks them. The actions and
 * so the plan digest stay as they are: the merge run finds the same devices in the batch and
 * records them without uploading. Returns how many customers were asked, how many devices
 * found, and why a customer could not be asked.
 */
export async function markDevicesInPartnerCenter(
  plan: RegistrationPlan,
  client: PartnerCenterClient,
): Promise<{ asked: number; found: number; problems: string[] }> {
  let asked = 0
  let found = 0
  const problems: string[] = []
  for (const customer of plan.customers) {
    const devices = customer.devices.filter(isSent)
    if (devicesToSend(customer) === 0 || !customer.customerId || !customer.groupTag) continue
    asked += 1
    try {
      const batch = await readBatch(client, customer.customerId, customer.groupTag)
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
        device.reason = [
          device.reason,
          'already in its batch in Partner Center: merging records it without uploading it',
        ]
          .filter(Boolean)
          .join('; ')
      }
    } catch (error) {
      problems.push(`${customer.slug}: ${errorMessage(error)}`)
    }
  }
  return { asked, found, problems }
}
