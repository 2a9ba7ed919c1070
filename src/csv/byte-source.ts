import { constants, createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { SNIFF_BYTES } from './file-kind.js'
import { NO_FOLLOW, readFully } from './file-read.js'

/**
 * Up to this size a device file is read once, whole, and sniffed, scanned and parsed from memory;
 * above it, each pass streams the file. 10,000 customers' files of ten devices, streamed, cost
 * three opens each. Larger files gain less and cost more: 100 × 1,000 devices in 2 MB files, read
 * whole, took 1.6 s instead of 1.9 s but peaked some 8 MB higher (two files in flight and two
 * spares per worker), at the edge of the 250 MB budget.
 */
export const WHOLE_READ_BYTES = 1024 * 1024
/**
 * Buffers kept for the next file, one for each file a thread reads at once (see worker-pool.ts).
 * A buffer a file at a time is garbage that V8 collects only once some 64 MB of it has piled up
 * beside a small heap (on Node 20, 10,000 files of ten devices peaked 65 MB higher for it).
 */
const SPARE_BUFFERS = 2
const spare: Buffer[] = []

/** Where a device file's bytes come from, for each of the reader's passes over them. */
export interface ByteSource {
  /** The first SNIFF_BYTES, to tell the format and the encoding. */
  head(): Promise<Buffer>
  /** Every byte, for the scan; a chunk is good only until the next is asked for. */
  scanChunks(): AsyncIterable<Buffer>
  /** Every byte, for the parser; a chunk is good only until the next is asked for. */
  chunks(): AsyncIterable<Buffer>
  /** Gives the source's buffer back for the next file; nothing read from it may be kept. */
  release(): void
}

const CHUNK_BYTES = 256 * 1024

/** The bytes of the regular file at `path`, whose lstat gave `size`. */
export async function byteSource(path: string, size: number): Promise<ByteSource> {
  if (size > WHOLE_READ_BYTES) return streamedSource(path)
  const buffer = takeBuffer(size)
  let bytes: Buffer
  try {
    bytes = await readWhole(path, buffer.subarray(0, size))
  } catch (error) {
    giveBack(buffer)
    throw error
  }
  return {
    head: async () => bytes.subarray(0, SNIFF_BYTES),
    scanChunks: () => once(bytes),
    chunks: () => once(bytes),
    release: () => giveBack(buffer),
  }
}

/** A spare buffer of at least `size` bytes, or a new one, sized up to a power of two to be reused. */
function takeBuffer(size: number): Buffer {
  const index = spare.findIndex((buffer) => buffer.length >= size)
  if (index !== -1) return spare.splice(index, 1)[0] as Buffer
  const rounded = Math.min(WHOLE_READ_BYTES, 2 ** Math.ceil(Math.log2(Math.max(size, 65536))))
  return Buffer.allocUnsafeSlow(rounded)
}

function giveBack(buffer: Buffer): void {
  if (spare.length < SPARE_BUFFERS) spare.push(buffer)
  else {
    // Keep the largest: a small one is taken less often.
    spare.sort((a, b) => a.length - b.length)
    if ((spare[0] as Buffer).length < buffer.length) spare[0] = buffer
  }
}

function streamedSource(path: string): ByteSource {
  // One buffer for both passes, which run one after the other, kept for the next file: buffers of
  // 256 KiB taken and freed for each pass left the file workers' memory some 5 MB larger.
  const buffer = takeBuffer(CHUNK_BYTES)
  return {
    async head() {
      const chunks: Buffer[] = []
      for await (const chunk of createReadStream(path, { start: 0, end: SNIFF_BYTES - 1 })) {
        chunks.push(chunk as Buffer)
      }
      return Buffer.concat(chunks)
    },
    scanChunks: () => reusedChunks(path, buffer),
    chunks: () => reusedChunks(path, buffer),
    release: () => giveBack(buffer),
  }
}

/** The file's first `buffer.length` bytes, or all of it if it became shorter since lstat. */
async function readWhole(path: string, buffer: Buffer): Promise<Buffer> {
  // No link that replaced the file since lstat, no FIFO waited on.
  const handle = await open(path, constants.O_RDONLY | NO_FOLLOW)
  try {
    return buffer.subarray(0, await readFully(handle, buffer))
  } finally {
    await handle.close()
  }
}

/**
 * A file's bytes in chunks of one buffer, read into again and again: a pass over a 50 MB file
 * allocates nothing per chunk, so each chunk is good only until the next is asked for. The
 * parser's pass once read through a stream, a new buffer for each 64 KiB: 150 files of 4 MB
 * then took 0.55 s of a file worker's reading instead of 0.15 s, in page faults on new memory.
 */
async function* reusedChunks(path: string, buffer: Buffer): AsyncGenerator<Buffer> {
  const handle = await open(path, constants.O_RDONLY | NO_FOLLOW)
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null)
      if (bytesRead === 0) return
      yield buffer.subarray(0, bytesRead)
    }
  } finally {
    await handle.close()
  }
}

async function* once(bytes: Buffer): AsyncGenerator<Buffer> {
  yield bytes
}
