import { z } from 'zod'

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

/** A collection's link to its next page (reference §1.5): the token rides in its headers. */
export const LinkHeaderSchema = z.object({ key: z.string(), value: z.string() })
export const LinkSchema = z.object({
  uri: z.string().nullish(),
  headers: z.array(LinkHeaderSchema).nullish(),
})
/** Paging hints; a shape we do not expect is ignored rather than failing the whole list. */
const Links = z.object({ next: LinkSchema.nullish() }).nullish().catch(undefined)

export const DeviceBatchSchema = z.object({
  id: z.string(),
  devicesCount: z.number().optional(),
  creationDate: z.string().optional(),
})
/** Whether this list is paged is unconfirmed (reference §13 item 11): read a token if one comes. */
export const DeviceBatchCollectionSchema = z.object({
  items: z.array(DeviceBatchSchema).default([]),
  continuationToken: z.string().nullish(),
  links: Links,
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
  links: Links,
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

/** Every object schema above: their property names are the ones read case-insensitively. */
export const RESPONSE_SCHEMAS = [
  LinkHeaderSchema,
  LinkSchema,
  DeviceBatchSchema,
  DeviceBatchCollectionSchema,
  DeviceSchema,
  DeviceCollectionSchema,
  DeviceUploadDetailsSchema,
  BatchUploadDetailsSchema,
  ErrorEnvelopeSchema,
]

/**
 * Names read from bodies that no schema above holds: `next` (inside `links`), and the fields of
 * an upload request, which the sandbox reads in any case as the real service does (§1.4).
 */
const OTHER_NAMES = [
  'next',
  'batchId',
  'devices',
  'hardwareHash',
  'serialNumber',
  'productKey',
  'oemManufacturerName',
  'modelName',
]

/** Lower-cased name → the spelling our schemas read. */
const WIRE_NAMES = new Map(
  [...RESPONSE_SCHEMAS.flatMap((schema) => Object.keys(schema.shape)), ...OTHER_NAMES].map(
    (name) => [name.toLowerCase(), name],
  ),
)

/**
 * Partner Center writes camelCase, its SDK PascalCase, and a documented example has a key with a
 * stray space (" attributes"). Every name a schema reads is matched trimmed and ignoring case
 * (`DEVICESSTATUS`, `SerialNumber`, `serialnumber`); any other name only loses its spaces and its
 * first capital, which is enough for keys nobody reads.
 */
export function normaliseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normaliseKeys)
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [key, inner] of Object.entries(value)) {
    const name = key.trim()
    const known = WIRE_NAMES.get(name.toLowerCase())
    out[known ?? name.charAt(0).toLowerCase() + name.slice(1)] = normaliseKeys(inner)
  }
  return out
}

/** JSON from Partner Center: a UTF-8 byte order mark stripped (real responses carry one), names normalised. */
export function parseBody(text: string): unknown {
  const clean = text.replace(/^\uFEFF/, '').trim()
  return clean === '' ? undefined : normaliseKeys(JSON.parse(clean))
}

/** The body as parseBody reads it, or undefined when it is not JSON (an HTML error page, say). */
export function tryParseBody(text: string): unknown {
  try {
    return parseBody(text)
  } catch {
    return undefined
  }
}
