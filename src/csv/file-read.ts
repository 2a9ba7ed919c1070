import { constants } from 'node:fs'
import type { FileHandle } from 'node:fs/promises'

/** Where the platform has them (not on Windows): open no link, and never wait for a FIFO's writer. */
export const NO_FOLLOW = (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)

/** Reads from the start into `buffer` until it is full or the file ends; the bytes read. */
export async function readFully(handle: FileHandle, buffer: Buffer): Promise<number> {
  let length = 0
  while (length < buffer.length) {
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length)
    if (bytesRead === 0) break
    length += bytesRead
  }
  return length
}
