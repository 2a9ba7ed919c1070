import { execFileSync, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { closeSync, constants, mkdtempSync, openSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { directWriter } from '../../src/cli/direct-output.js'
import { NODE } from '../helpers/paths.js'

/** A new FIFO, in a folder of its own. */
function newFifo(): string {
  const fifo = path.join(mkdtempSync(path.join(tmpdir(), 'autopilot-gitops-fifo-')), 'out')
  execFileSync('mkfifo', [fifo])
  return fifo
}

/** A FIFO, and a reader process that waits `delayMs`, then reads it whole and says what it read. */
function slowReader(delayMs: number) {
  const fifo = newFifo()
  const script = `setTimeout(() => {
    const bytes = require('node:fs').readFileSync(process.argv[1])
    const sha = require('node:crypto').createHash('sha256').update(bytes).digest('hex')
    process.stdout.write(bytes.length + ' ' + sha)
  }, ${delayMs})`
  const child = spawn(NODE, ['-e', script, fifo], { stdio: ['ignore', 'pipe', 'inherit'] })
  let said = ''
  child.stdout.on('data', (chunk: Buffer) => {
    said += chunk
  })
  const done = new Promise<string>((resolve) => child.on('close', () => resolve(said)))
  return { fifo, done }
}

describe('directWriter (the engine worker writing its standard output)', () => {
  it('writes every byte, in order, to a descriptor that answers EAGAIN while its reader lags', async () => {
    const reader = slowReader(300)
    // Read and write, so that the open does not wait for the reader; non-blocking, as a descriptor
    // that Node's own streams have opened is: the pipe's 64 KiB fill at once, then EAGAIN.
    const fd = openSync(reader.fifo, constants.O_RDWR | constants.O_NONBLOCK)
    const pieces = Array.from({ length: 200 }, (_, i) => `${i}:${'é€x'.repeat(2000)}\n`)
    const write = directWriter(fd)
    for (const piece of pieces) write(piece)
    closeSync(fd)
    const expected = Buffer.from(pieces.join(''))
    const sha = createHash('sha256').update(expected).digest('hex')
    expect(await reader.done).toBe(`${expected.length} ${sha}`)
  })

  it('goes quiet once the reader has gone away, without throwing', async () => {
    const fifo = newFifo()
    // A reader that opens the FIFO and closes it unread, as `head -1` does once it has its line.
    const script = "require('node:fs').closeSync(require('node:fs').openSync(process.argv[1], 'r'))"
    const child = spawn(NODE, ['-e', script, fifo], { stdio: 'ignore' })
    const gone = new Promise((resolve) => child.on('close', resolve))
    const fd = openSync(fifo, constants.O_WRONLY)
    await gone
    const write = directWriter(fd)
    expect(() => {
      for (let i = 0; i < 100; i++) write('x'.repeat(100_000))
    }).not.toThrow()
    closeSync(fd)
  })
})
