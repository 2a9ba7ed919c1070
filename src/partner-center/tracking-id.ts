/**
 * The tracking id of an accepted upload. The conceptual docs and the SDK read it from the
 * `Location` header (relative and without /v1: `/customers/{cid}/batchJobStatus/{trackingId}`);
 * the REST reference says the status link "is returned in the response body", in a shape nobody
 * has shown (reference §2 and §13 item 5). So: the header first; then any string in the body that
 * is such a link (a bare string, a Link's `uri`, a `location` field, at any depth); then a
 * `batchTrackingId` or `trackingId` field. Undefined when none is there.
 */
export function trackingIdOf(location: string | null, body: unknown): string | undefined {
  if (location?.trim()) return lastSegment(location)
  return linkIn(body, 0) ?? idIn(body)
}

const STATUS_LINK = /\/batchJobStatus\/([^/?#\s]+)/i
const ID_FIELDS = new Set(['batchtrackingid', 'trackingid'])

function lastSegment(link: string): string | undefined {
  const id = link.trim().split(/[?#]/)[0]?.split('/').filter(Boolean).at(-1)
  return id ? decodeURIComponent(id) : undefined
}

function linkIn(value: unknown, depth: number): string | undefined {
  if (typeof value === 'string') {
    const id = STATUS_LINK.exec(value)?.[1]
    return id ? decodeURIComponent(id) : undefined
  }
  // A status answer is small; the depth bound only guards against a pathological body.
  if (value === null || typeof value !== 'object' || depth > 5) return undefined
  for (const inner of Object.values(value)) {
    const id = linkIn(inner, depth + 1)
    if (id) return id
  }
  return undefined
}

function idIn(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined
  for (const [key, inner] of Object.entries(value)) {
    if (ID_FIELDS.has(key.trim().toLowerCase()) && typeof inner === 'string' && inner.trim())
      return inner.trim()
  }
  return undefined
}
