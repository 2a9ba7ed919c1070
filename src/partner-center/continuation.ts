import type { z } from 'zod'
import type { DeviceCollectionSchema } from './schemas.js'

/** One page of a collection, with whatever says where the next one is. */
export type Page<I> = { items: I[] } & Pick<
  z.output<typeof DeviceCollectionSchema>,
  'continuationToken' | 'links'
>

/**
 * The token of the page after this one: the body's `continuationToken` (documented for devices),
 * the `MS-ContinuationToken` header of `links.next` (the generic collection, reference §1.5), or
 * else the response header, unless it is only the token sent, echoed (Partner Center echoes its
 * MS- headers). Undefined when nothing names a next page.
 */
export function nextPageToken(
  page: Page<unknown>,
  inHeader: string | undefined,
  sent: string | undefined,
): string | undefined {
  const fromLink = page.links?.next?.headers?.find(
    (h) => h.key.toLowerCase() === 'ms-continuationtoken',
  )?.value
  const inBody = page.continuationToken || fromLink || undefined
  return inBody ?? (inHeader !== sent ? inHeader : undefined)
}

/**
 * Where `links.next` says the next page is: its `uri` (relative to /v1, with a query such as
 * `seekOperation=Next`), when it names one under the same collection. Anything else (another
 * host, another collection) is not followed: the token then goes to the path asked before.
 */
export function nextPagePath(page: Page<unknown>, path: string): string {
  const uri = page.links?.next?.uri
  if (!uri?.startsWith('/') || uri.startsWith('//')) return path
  const relative = uri.replace(/^\/v1(?=\/)/i, '')
  const [where = ''] = relative.split('?')
  return where.toLowerCase() === path.split('?')[0]?.toLowerCase() ? relative : path
}
