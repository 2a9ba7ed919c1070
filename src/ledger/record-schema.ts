import { z } from 'zod'
import { GUID } from '../config/customer-schema.js'

/**
 * What became of one device in one registration run. `retagged` (version 2): moved to the batch
 * of its `groupTag` from that of its `previousGroupTag`, and registered there. `deregistered`
 * (version 2): deleted from its batch, as its `request` asked.
 */
export const DEVICE_STATUSES = [
  'registered',
  'already-registered',
  'failed',
  'pending',
  'retagged',
  'deregistered',
] as const
export type DeviceStatus = (typeof DEVICE_STATUSES)[number]

export const RecordDeviceSchema = z.strictObject({
  serialNumber: z.string(),
  manufacturer: z.string(),
  model: z.string(),
  productKeyId: z.string(),
  /** SHA-256 (hex) of the hash text as written in the CSV; empty for a row without a hash. */
  hardwareHashSha256: z.string().regex(/^(?:[0-9a-f]{64})?$/),
  /** Where the row was: `customers/<slug>/devices/<file>.csv:<line>`. */
  source: z.string().min(1),
  status: z.enum(DEVICE_STATUSES),
  deviceId: z.string().nullable(),
  /** For a pending device: the upload to follow up on the next run. */
  trackingId: z.string().nullable(),
  /**
   * For a device about to be sent when the record was written (pending, no tracking id yet): the
   * MS-RequestId of its upload, under which the next run sends it again. Absent otherwise.
   */
  requestId: z.string().optional(),
  errorCode: z.string().nullable(),
  errorName: z.string().nullable(),
  errorDescription: z.string().nullable(),
  /** True when a later run may succeed with the same data. */
  transient: z.boolean().nullable(),
  /**
   * Version 2: the device's group tag (its batch) when it is not the record's `groupTag`, for a
   * run that sent devices of one customer under several tags. Absent otherwise.
   */
  groupTag: z.string().min(1).optional(),
  /**
   * Version 2: for a device moved between batches (retagged, or pending or failed on its way),
   * the group tag of the batch it was deleted from.
   */
  previousGroupTag: z.string().min(1).optional(),
  /**
   * Version 2, for a deregistered device: the request file's line that asked for it, who asked
   * (the author of the pull request that brought it) and who approved that pull request.
   */
  request: z
    .strictObject({
      source: z.string().min(1),
      pullRequest: z.number().int().positive().nullable(),
      requestedBy: z.string().nullable(),
      approvedBy: z.array(z.string()),
    })
    .optional(),
})
export type RecordDevice = z.output<typeof RecordDeviceSchema>

/**
 * `customers/<slug>/registrations/<YYYYMMDDTHHMMSSZ>-<sha7>.json`: one registration run for one
 * customer. Immutable: a later run writes a new file. A run whose uploads are still being
 * processed first writes `<…>-<sha7>-in-progress.json` with them `pending`, so that a run killed
 * while it waits leaves the next one their tracking ids to follow instead of sending them again.
 */
export const RegistrationRecordSchema = z.strictObject({
  /**
   * 1: a registration run's; 2 adds `source`, and devices' own `groupTag` where a run sent a
   * customer's devices under several tags. Both are read.
   */
  schemaVersion: z.union([z.literal(1), z.literal(2)]),
  /**
   * How the record came to be: `registration`, a run that sent the devices; `adopted`, devices
   * Partner Center already had, recorded by `autopilot-gitops adopt`. Absent in version 1.
   */
  source: z.enum(['registration', 'adopted']).optional(),
  customer: z.string().min(1),
  customerId: z.string().regex(GUID),
  groupTag: z.string().min(1),
  commit: z.string().regex(/^[0-9a-f]{40}$/),
  pullRequests: z.array(z.number().int().positive()),
  approvedBy: z.array(z.string()),
  mergedBy: z.string().nullable(),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime(),
  trackingIds: z.array(z.string()),
  devices: z.array(RecordDeviceSchema),
})
export type RegistrationRecord = z.output<typeof RegistrationRecordSchema>

/** A registration record's path; the group is the customer's slug. */
export const RECORD_FILE = /^customers\/([^/]+)\/registrations\/[^/]+\.json$/

/** Today's names, and those of earlier versions (to the second, no run id), which still fold. */
export const RECORD_NAME =
  /^\d{8}T\d{6}(?:\d{3})?Z-[0-9a-f]{7}(?:-[0-9a-f]{8})?(?:-in-progress)?\.json$/

/**
 * `20261124T101500123Z-1a2b3c4-5e6f7a8b.json`: the run's start to the millisecond, the commit it
 * registered, and the run's own random id, so that names sort in time order and two runs never
 * share one, even in the same millisecond. The in-progress record of the same run sorts just
 * before it (`-` sorts before `.`).
 */
export function recordFileName(
  startedAt: Date,
  commit: string,
  run: { id: string; inProgress?: boolean },
): string {
  const stamp = startedAt.toISOString().replace(/[-:.]/g, '')
  return `${stamp}-${commit.slice(0, 7)}-${run.id}${run.inProgress ? '-in-progress' : ''}.json`
}

/** The JSON Schema of a registration record, as `npm run schema` writes it to schema/. */
export function recordJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://github.com/autopilot-gitops/autopilot-gitops/schema/registration-record.schema.json',
    title: 'autopilot-gitops registration record',
    description:
      'customers/<slug>/registrations/<YYYYMMDDTHHMMSSmmmZ>-<sha7>-<run id>.json: one registration run, or one adoption, for one customer. Immutable.',
    ...z.toJSONSchema(RegistrationRecordSchema, { io: 'output' }),
  }
}
