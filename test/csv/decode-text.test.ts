import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  decodeToUtf8,
  NotUtf8Error,
  type TextEncoding,
  UndecodableTextError,
} from '../../src/csv/decode-text.js'

async function decodeInChunks(
  bytes: Buffer,
  encoding: TextEncoding,
  size: number,
): Promise<string> {
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size)
  }
  const out: Buffer[] = []
  for await (const chunk of decodeToUtf8(chunks(), encoding)) out.push(chunk)
  return Buffer.concat(out).toString('utf8')
}

const text = 'Device Serial Number,Windows Product ID\r\nSéRIE-1,x\r\n"a\r\nb",€\r\n'
const expected = text.replaceAll('\r\n', '\n')

describe('decodeToUtf8', () => {
  it.each([1, 2, 3, 5, 64])(
    'gives the same text whatever the chunk size (%i bytes)',
    async (size) => {
      expect(await decodeInChunks(Buffer.from(text, 'utf8'), 'utf-8', size)).toBe(expected)
      const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
      expect(await decodeInChunks(le, 'utf-16le', size)).toBe(expected)
      const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])
      expect(await decodeInChunks(be, 'utf-16be', size)).toBe(expected)
      const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])
      expect(await decodeInChunks(bom, 'utf-8-bom', size)).toBe(expected)
    },
  )

  it('reads a lone carriage return as a line end, as old Mac files and Excel for Mac have them', async () => {
    expect(await decodeInChunks(Buffer.from('a\rb\r\nc\r'), 'utf-8', 1)).toBe('a\nb\nc\n')
    expect(await decodeInChunks(Buffer.from('a\r\r\nb'), 'utf-8', 2)).toBe('a\n\nb')
  })

  it('reads Windows-1252', async () => {
    expect(
      await decodeInChunks(
        Buffer.from([0x53, 0x6f, 0x63, 0x69, 0xe9, 0x74, 0xe9, 0x80]),
        'windows-1252',
        3,
      ),
    ).toBe('Société€')
  })

  it('says when UTF-8 is not UTF-8, so the reader can fall back to Windows-1252', async () => {
    await expect(
      decodeInChunks(Buffer.from([0x61, 0xe9, 0x62]), 'utf-8', 2),
    ).rejects.toBeInstanceOf(NotUtf8Error)
    await expect(decodeInChunks(Buffer.from([0x61, 0xc3]), 'utf-8', 1)).rejects.toBeInstanceOf(
      NotUtf8Error,
    )
  })

  it('names the line of a NUL byte or a second byte order mark', async () => {
    const nul = decodeInChunks(Buffer.from('a\nb\nc\0d\n'), 'utf-8', 2)
    await expect(nul).rejects.toMatchObject({ name: 'UndecodableTextError', line: 3 })
    const bom = Buffer.concat([
      Buffer.from('a\r\nb\r\n'),
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('c'),
    ])
    await expect(decodeInChunks(bom, 'utf-8', 4)).rejects.toMatchObject({ line: 3 })
  })

  it('never throws anything but its own two errors on random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom<TextEncoding>('utf-8', 'utf-16le', 'utf-16be', 'windows-1252'),
        fc.integer({ min: 1, max: 50 }),
        async (bytes, encoding, size) => {
          try {
            await decodeInChunks(Buffer.from(bytes), encoding, size)
          } catch (error) {
            expect(error instanceof NotUtf8Error || error instanceof UndecodableTextError).toBe(
              true,
            )
          }
        },
      ),
      { numRuns: 500 },
    )
  })
})
