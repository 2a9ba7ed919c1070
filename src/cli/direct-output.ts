import { writeSync } from 'node:fs'
import { isClosedPipe } from './closed-pipe.js'

/** What a blocked writer waits on between tries: nothing ever notifies it, the timeout ends it. */
const NEVER = new Int32Array(new SharedArrayBuffer(4))
const RETRY_MS = 1

/**
 * Writes text straight to a file descriptor, in this thread, and returns once it is written.
 *
 * The engine worker writes its output this way: through the worker's process.stdout, each piece
 * of a 60 MB plan was copied into a message, then written by the main thread, which cost the
 * engine some 0.2 s of a 4.5 s run. Blocking is what a worker may do; the main thread keeps
 * Node's streams. A descriptor that someone made non-blocking answers EAGAIN when the reader
 * lags, and the writer waits a millisecond and goes on where it stopped.
 * Once the reader has gone away (`plan | head -1`), the rest is dropped without a word: the
 * run goes on to its end and its own exit code, as with Node's streams (see src/cli-engine.ts).
 */
export function directWriter(fd: number): (text: string) => void {
  let closed = false
  return (text) => {
    if (closed) return
    try {
      writeAll(fd, Buffer.from(text))
    } catch (error) {
      if (!isClosedPipe(error as NodeJS.ErrnoException)) throw error
      closed = true
    }
  }
}

function writeAll(fd: number, bytes: Buffer): void {
  let rest = bytes
  while (rest.length > 0) {
    try {
      rest = rest.subarray(writeSync(fd, rest))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error
      Atomics.wait(NEVER, 0, 0, RETRY_MS)
    }
  }
}
