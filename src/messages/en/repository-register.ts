import type { Format } from '../format.js'
import type { Messages } from '../messages.js'

/**
 * What registration says about devices and customers (src/register), and what Partner Center's
 * per-device error codes mean and what to do about them (src/partner-center/error-codes.ts), in
 * English. Records keep these English words: they are written once, for every reader.
 */
export const repositoryRegisterEn = {
  'repo.code.801': () => 'Partner Center could not read the request for this device.',
  'repo.code.802': () =>
    'The hardware hash is invalid or lacks the manufacturer or serial: capture the device again.',
  'repo.code.803': () => 'The serial number and product key id are missing or invalid.',
  'repo.code.806': () =>
    'The device is already registered to this customer, perhaps in another batch or imported through Intune under another group tag, which it keeps: Partner Center does not retag it. To give it this group tag, change it in Intune (Windows Autopilot devices).',
  'repo.code.807': () =>
    'Partner Center says the device is not registered to this customer: an answer meant for changing or removing a device, not for adding one. Ask Partner Center support with the tracking id.',
  'repo.code.808': () =>
    'The device is registered to another tenant, which must deregister it first (or Microsoft support, with proof of ownership). Then run again with retry-failed.',
  'repo.code.809': () =>
    'An Autopilot profile named for the device is not in this customer’s tenant. This action sends no profile: ask Partner Center support with the tracking id.',
  'repo.code.810': () =>
    'An Autopilot profile named for the device belongs to another tenant. This action sends no profile: ask Partner Center support with the tracking id.',
  'repo.code.811': () =>
    'The device was registered by another tenant, so this one may not change or delete it; that tenant must deregister it.',
  'repo.code.812': () =>
    'No hash reported by the manufacturer matches this manufacturer, model and serial: register it by its hardware hash.',
  'repo.code.813': () => 'The hash does not identify one device: capture it again.',
  'repo.code.814': () => 'A device object already exists in Microsoft Entra ID for this device.',
  'repo.code.HashNot4k': () =>
    'Partner Center did not take the hash as a 4K hardware hash (the name’s meaning is unconfirmed): capture the device again on the device itself.',
  'repo.code.ZtdDeviceDuplicated': () =>
    'The same device was twice in one upload; one copy was processed.',
  'repo.code.StorageError': () => 'A passing error in Autopilot; the next run retries it.',
  'repo.code.NoResult': () =>
    'Partner Center finished the upload without a result for this device (the action’s own name); the next run looks for it in the batch and uploads it again if it is missing.',
  'repo.code.withoutCode': () =>
    'Partner Center failed this device without a code; the next run tries again. If it keeps failing, ask Partner Center support (quote the tracking id).',
  'repo.code.unknown': () =>
    'Partner Center gave a reason this action does not know. Look the code up with Partner Center support (quote the tracking id), then start a run with retry-failed.',

  // What a registration run writes into a device's record (kept in English there).
  'repo.result.noResult': () =>
    'Partner Center finished the upload without a result for this device; the next run looks for it in the batch and uploads it again if it is missing.',
  'repo.result.movedElsewhere': (p: { tag?: string }) =>
    `registered in another batch of the customer than ${p.tag ?? 'its old one'}, so it was not moved; run autopilot-gitops drift to see which, and delete it there first`,

  // Why a customer's run stopped (CustomerRegistration.error).
  'repo.run.notFoundInBatch': (p: { devices: string; groupTag: string }) =>
    `not deregistered: ${p.devices} not found in batch ${p.groupTag} (the records hold no device id); run autopilot-gitops drift to see where they are`,
  /** `error`: the words of the error that stopped it. */
  'repo.run.deregistering': (p: { error: string }) => `deregistering: ${p.error}`,

  // A pull request's read-only look into Partner Center (markDevicesInPartnerCenter).
  'repo.check.batchTooLarge': (
    p: { slug: string; devices: number; most: number; calls: number },
    f: Format,
  ) =>
    `${p.slug}: its batch holds ${f.number(p.devices)} devices, more than a pull request looks through (${f.number(p.most)}, ${f.number(p.calls)} calls); merging records any already there as already registered (806)`,
  'repo.check.failed': (p: { slug: string; error: string }) => `${p.slug}: ${p.error}`,
} satisfies Messages
