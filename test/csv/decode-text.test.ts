import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  decodeToUtf8,
  NotUtf8Error,
  sniffUtf32,
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
// Line ends stay as written: a CR inside a quoted cell is part of its value.
const expected = text

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

  it('keeps every carriage return: a line end is for the record readers to tell', async () => {
    expect(await decodeInChunks(Buffer.from('a\rb\r\nc\r'), 'utf-8', 1)).toBe('a\rb\r\nc\r')
    expect(await decodeInChunks(Buffer.from('a\r\r\nb'), 'utf-8', 2)).toBe('a\r\r\nb')
  })

  it.each([
    ['LF', 'a\nb\nc\0d\n'],
    ['CRLF', 'a\r\nb\r\nc\0d\r\n'],
    ['a lone CR, as old Mac files and Excel for Mac end lines', 'a\rb\rc\0d\r'],
  ])('counts lines ended by %s when it names the line of a NUL byte', async (_, body) => {
    for (const size of [1, 2, 3, 64]) {
      const nul = decodeInChunks(Buffer.from(body), 'utf-8', size)
      await expect(nul).rejects.toMatchObject({ name: 'UndecodableTextError', line: 3 })
    }
  })

  it.each([
    ['with its byte order mark', 'utf32le', true, 'UTF-32LE'],
    ['without one', 'utf32le', false, 'UTF-32LE'],
    ['big-endian, with its byte order mark', 'utf32be', true, 'UTF-32BE'],
    ['big-endian, without one', 'utf32be', false, 'UTF-32BE'],
  ])('tells UTF-32 %s from UTF-16', (_, order, bom, name) => {
    const units = [...`${bom ? '\uFEFF' : ''}Device Serial Number`].map(
      (c) => c.codePointAt(0) ?? 0,
    )
    const bytes = Buffer.alloc(units.length * 4)
    units.forEach((u, i) => {
      if (order === 'utf32le') bytes.writeUInt32LE(u, i * 4)
      else bytes.writeUInt32BE(u, i * 4)
    })
    expect(sniffUtf32(bytes)).toBe(name)
  })

  it.each([
    ['UTF-16LE', Buffer.from('\uFEFFDevice', 'utf16le')],
    ['UTF-8', Buffer.from('Device Serial Number')],
    ['a NUL-padded binary', Buffer.from([0x41, 0, 0, 0, 0, 0, 0, 0])],
  ])('finds no UTF-32 in %s', (_, bytes) => {
    expect(sniffUtf32(bytes)).toBeUndefined()
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
