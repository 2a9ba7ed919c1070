import type { DeviceUpload } from './device-upload.js'

/**
 * Bytes of JSON an upload request carries at most. Partner Center documents 1,000 devices a
 * request and no size; a hash is some 4 KB, so 1,000 devices are about 4 MB, and the largest
 * hashes seen (5.5 KB) make 5.5 MB. 8 MiB takes a full chunk of those whole, and stays far below
 * the 30 MB an ASP.NET Core service takes by default; should a front end take less, its 413 halves
 * the chunk (uploadInChunks) until it passes.
 */
export const MAX_BODY_BYTES = 8 * 1024 * 1024

/** A chunk of an upload: the devices from `start` up to, not including, `end`. */
export interface ChunkRange {
  start: number
  end: number
}

/** Consecutive chunks of at most `maxCount` devices and `maxBytes` of JSON each (a device alone may be more). */
export function chunkRanges(
  devices: readonly DeviceUpload[],
  maxCount: number,
  maxBytes = MAX_BODY_BYTES,
): ChunkRange[] {
  const ranges: ChunkRange[] = []
  let start = 0
  // The brackets of the array, or the create's `{"batchId":…,"devices":[…]}`: a margin.
  let bytes = 256
  for (let i = 0; i < devices.length; i++) {
    const size = Buffer.byteLength(JSON.stringify(devices[i])) + 1
    if (i > start && (i - start >= maxCount || bytes + size > maxBytes)) {
      ranges.push({ start, end: i })
      start = i
      bytes = 256
    }
    bytes += size
  }
  if (start < devices.length) ranges.push({ start, end: devices.length })
  return ranges
}

/** The two halves of a chunk a 413 refused, or undefined when it is one device. */
export function halves(range: ChunkRange): [ChunkRange, ChunkRange] | undefined {
  if (range.end - range.start < 2) return undefined
  const middle = range.start + Math.floor((range.end - range.start) / 2)
  return [
    { start: range.start, end: middle },
    { start: middle, end: range.end },
  ]
}
