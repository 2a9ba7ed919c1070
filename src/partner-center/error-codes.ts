import type { Text } from '../messages/text.js'
import { text } from '../messages/text-of.js'

/** What a per-device Partner Center (Autopilot) error means, and whether a later run can help. */
export interface DeviceErrorMeaning {
  /** The code Partner Center sends in `errorCode`, when one is known. */
  code?: string
  /** Partner Center's name for it: kept in records as it is, in every language. */
  name: string
  /** What it means and what to do about it, for the partner to read in their language. */
  explanation: Text
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
    explanation: text('repo.code.801'),
    transient: false,
  },
  {
    code: '802',
    name: 'InvalidZtdHardwareHash',
    explanation: text('repo.code.802'),
    transient: false,
  },
  {
    code: '803',
    name: 'MissingZtdSerialNumberAndProductKey',
    explanation: text('repo.code.803'),
    transient: false,
  },
  {
    code: '806',
    name: 'ZtdDeviceAlreadyAssigned',
    explanation: text('repo.code.806'),
    transient: false,
    alreadyRegistered: true,
  },
  {
    code: '807',
    name: 'ZtdDeviceIsNotRegistered',
    explanation: text('repo.code.807'),
    transient: false,
  },
  {
    code: '808',
    name: 'ZtdDeviceAssignedToOtherTenant',
    explanation: text('repo.code.808'),
    transient: false,
  },
  {
    code: '809',
    name: 'ZtdProfileIsNotRegistered',
    explanation: text('repo.code.809'),
    transient: false,
  },
  {
    code: '810',
    name: 'ZtdProfileAssignedToOtherTenant',
    explanation: text('repo.code.810'),
    transient: false,
  },
  {
    code: '811',
    name: 'ZtdDeviceRegisteredByOtherTenant',
    explanation: text('repo.code.811'),
    transient: false,
  },
  {
    code: '812',
    name: 'ZtdDeviceNotFound',
    explanation: text('repo.code.812'),
    transient: false,
  },
  {
    code: '813',
    name: 'ZtdDeviceIsNotUnique',
    explanation: text('repo.code.813'),
    transient: false,
  },
  {
    code: '814',
    name: 'ZtdDeviceAlreadyAadRegistered',
    explanation: text('repo.code.814'),
    transient: false,
  },
  {
    name: 'HashNot4k',
    explanation: text('repo.code.HashNot4k'),
    transient: false,
  },
  {
    name: 'ZtdDeviceDuplicated',
    explanation: text('repo.code.ZtdDeviceDuplicated'),
    transient: true,
  },
  {
    name: 'StorageError',
    explanation: text('repo.code.StorageError'),
    transient: true,
  },
  {
    name: 'NoResult',
    explanation: text('repo.code.NoResult'),
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
      explanation: text('repo.code.withoutCode'),
      transient: true,
    }
  }
  return {
    ...(given ? { code: given } : {}),
    name: name?.trim() || `error ${given || 'without a code'}`,
    explanation: text('repo.code.unknown'),
    transient: false,
  }
}
