/** What a per-device Partner Center (Autopilot) error means, and whether a later run can help. */
export interface DeviceErrorMeaning {
  /** The code Partner Center sends in `errorCode`, when one is known. */
  code?: string
  name: string
  explanation: string
  /** True when a later run may succeed with the same data. */
  transient: boolean
  /** 806: the device is already in this tenant, which is what we wanted. */
  alreadyRegistered?: boolean
}

/**
 * Every per-device code our references list (autopilot-csv.md §7.1, partner-center-api.md §9.3),
 * in that order; docs/troubleshooting.md has one row for each (a test holds them together).
 * Codes 807 and 809–811 concern configuring or deleting devices and profiles: a registration
 * upload should not get them, but if one comes, a retry with the same data will not help.
 */
export const DEVICE_ERRORS: readonly DeviceErrorMeaning[] = [
  {
    code: '801',
    name: 'InvalidZtdRequestBody',
    explanation: 'Partner Center could not read the request for this device.',
    transient: false,
  },
  {
    code: '802',
    name: 'InvalidZtdHardwareHash',
    explanation:
      'The hardware hash is invalid or lacks the manufacturer or serial: capture the device again.',
    transient: false,
  },
  {
    code: '803',
    name: 'MissingZtdSerialNumberAndProductKey',
    explanation: 'The serial number and product key id are missing or invalid.',
    transient: false,
  },
  {
    code: '806',
    name: 'ZtdDeviceAlreadyAssigned',
    explanation:
      'The device is already registered to this customer, perhaps in another batch or imported through Intune under another group tag, which it keeps: Partner Center does not retag it. To give it this group tag, change it in Intune (Windows Autopilot devices).',
    transient: false,
    alreadyRegistered: true,
  },
  {
    code: '807',
    name: 'ZtdDeviceIsNotRegistered',
    explanation:
      'Partner Center says the device is not registered to this customer: an answer meant for changing or removing a device, not for adding one. Ask Partner Center support with the tracking id.',
    transient: false,
  },
  {
    code: '808',
    name: 'ZtdDeviceAssignedToOtherTenant',
    explanation:
      'The device is registered to another tenant, which must deregister it first (or Microsoft support, with proof of ownership). Then run again with retry-failed.',
    transient: false,
  },
  {
    code: '809',
    name: 'ZtdProfileIsNotRegistered',
    explanation:
      'An Autopilot profile named for the device is not in this customer’s tenant. This action sends no profile: ask Partner Center support with the tracking id.',
    transient: false,
  },
  {
    code: '810',
    name: 'ZtdProfileAssignedToOtherTenant',
    explanation:
      'An Autopilot profile named for the device belongs to another tenant. This action sends no profile: ask Partner Center support with the tracking id.',
    transient: false,
  },
  {
    code: '811',
    name: 'ZtdDeviceRegisteredByOtherTenant',
    explanation:
      'The device was registered by another tenant, so this one may not change or delete it; that tenant must deregister it.',
    transient: false,
  },
  {
    code: '812',
    name: 'ZtdDeviceNotFound',
    explanation:
      'No hash reported by the manufacturer matches this manufacturer, model and serial: register it by its hardware hash.',
    transient: false,
  },
  {
    code: '813',
    name: 'ZtdDeviceIsNotUnique',
    explanation: 'The hash does not identify one device: capture it again.',
    transient: false,
  },
  {
    code: '814',
    name: 'ZtdDeviceAlreadyAadRegistered',
    explanation: 'A device object already exists in Microsoft Entra ID for this device.',
    transient: false,
  },
  {
    name: 'HashNot4k',
    explanation:
      'Partner Center did not take the hash as a 4K hardware hash (the name’s meaning is unconfirmed): capture the device again on the device itself.',
    transient: false,
  },
  {
    name: 'ZtdDeviceDuplicated',
    explanation: 'The same device was twice in one upload; one copy was processed.',
    transient: true,
  },
  {
    name: 'StorageError',
    explanation: 'A passing error in Autopilot; the next run retries it.',
    transient: true,
  },
  {
    name: 'NoResult',
    explanation:
      'Partner Center finished the upload without a result for this device (the action’s own name); the next run looks for it in the batch and uploads it again if it is missing.',
    transient: true,
  },
]

const BY_CODE = new Map(DEVICE_ERRORS.flatMap((m) => (m.code ? [[m.code, m] as const] : [])))
const BY_NAME = new Map(DEVICE_ERRORS.map((m) => [m.name.toLowerCase(), m] as const))
// The Intune docs spell 808's name this way.
BY_NAME.set('ztddeviceassignedtoanothertenant', BY_CODE.get('808') as DeviceErrorMeaning)

/**
 * Reads a per-device error by its code ("808") or its name ("ZtdDeviceAssignedToOtherTenant").
 * An unknown code is not retried by itself: most codes of this family mean the data or the
 * device's ownership must change, and retrying those every run would hide them; the plan shows
 * the device as blocked until someone has looked and starts a run with retry-failed. Partner
 * Center puts the name in `errorDescription`, sometimes followed by words ("StorageError: …"): the
 * first word is the name. A failure with neither a code nor a name, only a sentence, is retried by
 * the next run.
 */
export function explainDeviceError(
  code: string | null | undefined,
  name: string | null | undefined,
): DeviceErrorMeaning {
  const word = /^[A-Za-z][A-Za-z0-9_]*/.exec(name?.trim() ?? '')?.[0]
  const known =
    (code ? BY_CODE.get(code.trim()) : undefined) ??
    (name ? BY_NAME.get(name.trim().toLowerCase()) : undefined) ??
    (word ? BY_NAME.get(word.toLowerCase()) : undefined)
  if (known) return known
  const given = code?.trim()
  if (!given && word !== name?.trim()) {
    return {
      name: name?.trim() || 'error without a code',
      explanation:
        'Partner Center failed this device without a code; the next run tries again. If it keeps failing, ask Partner Center support (quote the tracking id).',
      transient: true,
    }
  }
  return {
    ...(given ? { code: given } : {}),
    name: name?.trim() || `error ${given || 'without a code'}`,
    explanation:
      'Partner Center gave a reason this action does not know. Look the code up with Partner Center support (quote the tracking id), then start a run with retry-failed.',
    transient: false,
  }
}
