/** What a per-device Partner Center (Autopilot) error means, and whether a later run can help. */
export interface DeviceErrorMeaning {
  name: string
  explanation: string
  /** True when a later run may succeed with the same data. */
  transient: boolean
  /** 806: the device is already in this tenant, which is what we wanted. */
  alreadyRegistered?: boolean
}

const BY_CODE: Record<string, DeviceErrorMeaning> = {
  '801': {
    name: 'InvalidZtdRequestBody',
    explanation: 'Partner Center could not read the request for this device.',
    transient: false,
  },
  '802': {
    name: 'InvalidZtdHardwareHash',
    explanation:
      'The hardware hash is invalid or lacks the manufacturer or serial: capture the device again.',
    transient: false,
  },
  '803': {
    name: 'MissingZtdSerialNumberAndProductKey',
    explanation: 'The serial number and product key id are missing or invalid.',
    transient: false,
  },
  '806': {
    name: 'ZtdDeviceAlreadyAssigned',
    explanation: 'The device is already registered to this customer.',
    transient: false,
    alreadyRegistered: true,
  },
  '808': {
    name: 'ZtdDeviceAssignedToOtherTenant',
    explanation:
      'The device is registered to another tenant, which must deregister it first (or Microsoft support, with proof of ownership). Then run again with retry-failed.',
    transient: false,
  },
  '812': {
    name: 'ZtdDeviceNotFound',
    explanation:
      'No hash reported by the manufacturer matches this manufacturer, model and serial: register it by its hardware hash.',
    transient: false,
  },
  '813': {
    name: 'ZtdDeviceIsNotUnique',
    explanation: 'The hash does not identify one device: capture it again.',
    transient: false,
  },
  '814': {
    name: 'ZtdDeviceAlreadyAadRegistered',
    explanation: 'A device object already exists in Microsoft Entra ID for this device.',
    transient: false,
  },
}

const BY_NAME: Record<string, DeviceErrorMeaning> = {
  ...Object.fromEntries(Object.values(BY_CODE).map((m) => [m.name.toLowerCase(), m])),
  ztddeviceassignedtoanothertenant: BY_CODE['808'] as DeviceErrorMeaning,
  ztddeviceduplicated: {
    name: 'ZtdDeviceDuplicated',
    explanation: 'The same device was twice in one upload; one copy was processed.',
    transient: true,
  },
  storageerror: {
    name: 'StorageError',
    explanation: 'A passing error in Autopilot; the next run retries it.',
    transient: true,
  },
}

/** Reads a per-device error by its code ("808") or its name ("ZtdDeviceAssignedToOtherTenant"). */
export function explainDeviceError(
  code: string | null | undefined,
  name: string | null | undefined,
): DeviceErrorMeaning {
  const known =
    (code ? BY_CODE[code.trim()] : undefined) ??
    (name ? BY_NAME[name.trim().toLowerCase()] : undefined)
  if (known) return known
  return {
    name: name?.trim() || `error ${code ?? 'without a code'}`,
    explanation: 'Partner Center gave no known reason; the next run retries the device.',
    transient: true,
  }
}
