import { z } from 'zod'

/**
 * Partner Center writes camelCase, its SDK PascalCase, and a documented example has a key with a
 * stray space (" attributes"): read every property name trimmed and with a lower-case first letter.
 */
export function normaliseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normaliseKeys)
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [key, inner] of Object.entries(value)) {
    const name = key.trim()
    out[name.charAt(0).toLowerCase() + name.slice(1)] = normaliseKeys(inner)
  }
  return out
}

/** JSON from Partner Center: a UTF-8 byte order mark stripped (real responses carry one), names normalised. */
export function parseBody(text: string): unknown {
  const clean = text.replace(/^\uFEFF/, '').trim()
  return clean === '' ? undefined : normaliseKeys(JSON.parse(clean))
}

const UPLOAD_STATUSES = [
  'unknown',
  'queued',
  'processing',
  'finished',
  'finished_with_errors',
  'in-progress',
] as const
/** Unknown strings read as `unknown`, as Partner Center's own SDK does. */
const UploadStatus = z
  .string()
  .transform((s) => s.toLowerCase())
  .pipe(z.enum(UPLOAD_STATUSES).catch('unknown'))

export const DeviceBatchSchema = z.object({
  id: z.string(),
  devicesCount: z.number().optional(),
  creationDate: z.string().optional(),
})
export const DeviceBatchCollectionSchema = z.object({
  items: z.array(DeviceBatchSchema).default([]),
})

export const DeviceSchema = z.object({
  id: z.string(),
  serialNumber: z.string().nullish(),
  productKey: z.string().nullish(),
  oemManufacturerName: z.string().nullish(),
  modelName: z.string().nullish(),
})
export const DeviceCollectionSchema = z.object({
  items: z.array(DeviceSchema).default([]),
  continuationToken: z.string().nullish(),
})

export const DeviceUploadDetailsSchema = z.object({
  deviceId: z.string().nullish(),
  serialNumber: z.string().nullish(),
  productKey: z.string().nullish(),
  status: UploadStatus.default('unknown'),
  errorCode: z.union([z.string(), z.number().transform(String)]).nullish(),
  errorDescription: z.string().nullish(),
})
export const BatchUploadDetailsSchema = z.object({
  batchTrackingId: z.string().nullish(),
  status: UploadStatus.default('unknown'),
  devicesStatus: z.array(DeviceUploadDetailsSchema).default([]),
})
export type BatchUploadDetails = z.output<typeof BatchUploadDetailsSchema>
export type DeviceUploadDetails = z.output<typeof DeviceUploadDetailsSchema>

/** The error envelope, documented and as seen: every field optional, `code` a string or a number. */
export const ErrorEnvelopeSchema = z.object({
  code: z.union([z.string(), z.number().transform(String)]).optional(),
  description: z.string().optional(),
  message: z.string().optional(),
  errorName: z.string().optional(),
})
