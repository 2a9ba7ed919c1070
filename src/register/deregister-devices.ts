import type { RunContext } from '../context/run-context.js'
import { errorMessage } from '../findings/error-message.js'
import type { LedgerDevice } from '../ledger/fold-ledger.js'
import type { RecordDevice } from '../ledger/record-schema.js'
import { text } from '../messages/text-of.js'
import type { PartnerCenterClient } from '../partner-center/client.js'
import type { CustomerPlan, DeregisterApproval, PlannedDevice } from '../plan/registration-plan.js'
import type { CustomerRegistration } from './customer-registration.js'
import { deleteFromBatch, idsInBatch } from './device-batch.js'

/**
 * Deletes from its batch each device the part's request files ask to deregister, by the id its
 * records hold (the batch's list names one they lack). A device the batch no longer holds (404:
 * deleted by a run that stopped before recording it, or outside) is deregistered all the same.
 * Partner Center refusing a delete stops the part: what was deleted before it is recorded.
 */
export async function deregisterPart(
  plan: CustomerPlan,
  options: { client: PartnerCenterClient; context: RunContext },
): Promise<CustomerRegistration | undefined> {
  const asked = plan.devices.filter((d) => d.action === 'deregister')
  if (asked.length === 0 || !plan.customerId || !plan.groupTag) return undefined
  const { client, context } = options
  const done: CustomerRegistration = {
    slug: plan.slug,
    customerId: plan.customerId,
    groupTag: plan.groupTag,
    startedAt: new Date(context.now()).toISOString(),
    finishedAt: '',
    trackingIds: [],
    devices: [],
    uploaded: 0,
  }
  try {
    const unknown = asked.filter((d) => !plan.recorded.get(d)?.deviceId)
    const listed = await idsInBatch(client, plan.customerId, plan.groupTag, unknown)
    const missing: string[] = []
    for (const device of asked) {
      const state = plan.recorded.get(device) as LedgerDevice
      const id = state.deviceId ?? listed.get(device)
      const label = device.serialNumber || device.productKeyId
      // Without an id, nothing can be deleted: it stays registered, and the run says so.
      if (!id) {
        missing.push(label)
        continue
      }
      await deleteFromBatch(client, plan.customerId, plan.groupTag, id)
      context.log(`${plan.slug}: deregistered ${label} from batch ${plan.groupTag}`)
      done.devices.push(deregistered(state, device, id, plan.approvals?.get(device)))
    }
    if (missing.length > 0)
      done.error = text('repo.run.notFoundInBatch', {
        devices: missing.join(', '),
        groupTag: plan.groupTag,
      })
  } catch (error) {
    done.error = text('repo.run.deregistering', { error: errorMessage(error) })
  }
  done.finishedAt = new Date(context.now()).toISOString()
  return done
}

function deregistered(
  state: LedgerDevice,
  device: PlannedDevice,
  deviceId: string,
  approval: DeregisterApproval | undefined,
): RecordDevice {
  return {
    serialNumber: state.serialNumber,
    manufacturer: state.manufacturer,
    model: state.model,
    productKeyId: state.productKeyId,
    hardwareHashSha256: state.hardwareHashSha256,
    source: state.source,
    status: 'deregistered',
    deviceId,
    trackingId: null,
    errorCode: null,
    errorName: null,
    errorDescription: null,
    transient: null,
    request: {
      source: device.source,
      pullRequest: approval?.pullRequest ?? null,
      requestedBy: approval?.requestedBy ?? null,
      approvedBy: approval?.approvedBy ?? [],
    },
  }
}
