import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeHardwareHash } from '../../src/hash/decode-hardware-hash.js'
import { encodeHardwareHash } from '../../src/hash/encode-hardware-hash.js'
import { english } from '../../src/messages/catalogue.js'
import type { Text } from '../../src/messages/text.js'
import { HAVE_SAMPLES, SAMPLES_DIR } from '../helpers/paths.js'
import { device } from '../helpers/synthetic.js'

/** The decoder's problem or warning in English; '' for none. */
const wordsOf = (t: Text | undefined): string => (t ? english(t) : '')

/** The values SOURCES.md gives for each real sample, decoded by hand from the reference layout. */
const SAMPLES = [
  {
    file: 'gwai-utf16-hp-elitebook-840-g8.csv',
    serialNumber: '5CG1457YL8',
    manufacturer: 'HP',
    model: 'HP EliteBook 840 G8 Notebook PC',
    productKeyId: '3305404496774',
    hasTpm: true,
    isVirtualMachine: false,
    toolVersion: 9,
    toolBuild: '10.0.26100.7705',
    osBuild: '10.0.26200.7840',
  },
  {
    file: 'gwai-utf16-hp-elitebook-650-g10.csv',
    serialNumber: '5CD349G8VJ',
    manufacturer: 'HP',
    model: 'HP EliteBook 650 15.6 inch G10 Notebook PC',
    productKeyId: '3556129472828',
    hasTpm: true,
    toolVersion: 8,
    toolBuild: '10.0.22621.2506',
    osBuild: '10.0.22621.3085',
  },
  {
    file: 'gwai-utf16-lenovo-thinkpad-t14s.csv',
    serialNumber: 'PF5MT6SC',
    manufacturer: 'LENOVO',
    model: '21R3001BUK',
    productKeyId: '3556252318653',
    hasTpm: true,
  },
  {
    file: 'gwai-utf16-grouptag-vmware-arm64-vm.csv',
    serialNumber: 'F98059756E444D56',
    manufacturer: 'VMware, Inc.',
    hasTpm: true,
    isVirtualMachine: true,
    cpuArchitecture: 'ARM64',
  },
  {
    file: 'gwai-utf16-vmware-x64-vm-no-tpm.csv',
    serialNumber: 'VMware-56 4d 8d 37 93 fe f5 0e-88 0c 3d 23 2b a1 5a 41',
    manufacturer: 'VMware, Inc.',
    hasTpm: false,
    isVirtualMachine: true,
    cpuArchitecture: 'x64',
  },
]

function sampleHash(file: string): string {
  const bytes = readFileSync(path.join(SAMPLES_DIR, file))
  const text =
    bytes[0] === 0xff
      ? bytes.toString('utf16le').slice(1)
      : bytes.toString('utf8').replace(/^\uFEFF/, '')
  const row = text.split(/\r?\n/)[1] ?? ''
  return row.split(',').find((cell) => cell.startsWith('T0')) ?? ''
}

describe.skipIf(!HAVE_SAMPLES)('the real hashes in ../shared/samples', () => {
  it.each(SAMPLES)('$file decodes to the values in SOURCES.md', ({ file, ...expected }) => {
    const decoded = decodeHardwareHash(sampleHash(file))
    expect(decoded.verdict).toBe('valid')
    expect(decoded).toMatchObject(expected)
    expect(decoded.productKeyId).toBe(
      'productKeyId' in expected ? expected.productKeyId : undefined,
    )
    expect(decoded.byteLength).toBe(3000)
    // Zero after the trailer, as every real capture is: no warning.
    expect(decoded.warning).toBeUndefined()
  })

  it('finds the Managed Desktop sample truncated: its checksum cannot match', () => {
    const decoded = decodeHardwareHash(sampleHash('mmd-self-registration-sample.csv'))
    expect(decoded).toMatchObject({
      verdict: 'damaged',
      serialNumber: '016520771357',
      manufacturer: 'Microsoft Corporation',
      model: 'Surface Laptop',
      toolVersion: 3,
      toolBuild: '10.0.17763.1',
      osBuild: '10.0.17763.288',
    })
    expect(wordsOf(decoded.problem)).toContain('truncated')
  })

  it('has a case for every sample with a hash', () => {
    const withHash = readdirSync(SAMPLES_DIR).filter(
      (f) => f.endsWith('.csv') && sampleHash(f) !== '',
    )
    expect(withHash.sort()).toEqual(
      [...SAMPLES.map((s) => s.file), 'mmd-self-registration-sample.csv'].sort(),
    )
  })
})

describe('synthetic hashes from our encoder', () => {
  it('round-trip through the decoder', () => {
    const d = device(42)
    const decoded = decodeHardwareHash(encodeHardwareHash(d))
    expect(decoded).toMatchObject({
      verdict: 'valid',
      serialNumber: d.serialNumber,
      manufacturer: d.manufacturer,
      model: d.model,
      productKeyId: d.productKeyId,
      hasTpm: true,
      isVirtualMachine: false,
      toolVersion: 9,
      capturedAt: '2026-01-15T09:30:00.000Z',
      byteLength: 3000,
    })
  })

  // Real files hold ToolVersion 3 (2018-2019), 5, 7, 8 and 9 hashes, 4,000 characters long or
  // shorter or longer: nothing in the decoder may assume one generation or one size.
  it.each([
    {
      name: 'a 2018 ToolVersion 3 hash, padded to 4,000 characters',
      options: {
        toolVersion: 3,
        toolBuild: '10.0.17134.1',
        osBuild: '10.0.17134.1',
        capturedAt: new Date(Date.UTC(2018, 9, 2, 14, 0, 0)),
      },
      characters: 4000,
      bytes: 3000,
    },
    {
      name: 'a ToolVersion 3 hash with no padding at all',
      options: { toolVersion: 3, toolBuild: '10.0.17763.1', blobBytes: 0 },
      characters: 468,
      bytes: 349,
    },
    { name: 'a ToolVersion 5 hash', options: { toolVersion: 5 }, characters: 4000, bytes: 3000 },
    {
      name: 'a ToolVersion 7 hash with records of unknown types',
      options: {
        toolVersion: 7,
        extraRecords: [
          { type: 34, length: 40 },
          { type: 37, length: 8 },
        ],
      },
      characters: 4000,
      bytes: 3000,
    },
    {
      name: 'a hash longer than 4,000 characters',
      options: { toolVersion: 9, extraRecords: [{ type: 35, length: 3200 }] },
      characters: 4740,
      bytes: 3553,
    },
  ])('decodes $name', ({ options, characters, bytes }) => {
    const d = device(3, options)
    const text = encodeHardwareHash(d)
    expect(text.length).toBe(characters)
    expect(decodeHardwareHash(text)).toMatchObject({
      verdict: 'valid',
      serialNumber: d.serialNumber,
      manufacturer: d.manufacturer,
      model: d.model,
      toolVersion: options.toolVersion,
      ...(options.toolBuild ? { toolBuild: options.toolBuild } : {}),
      ...(options.capturedAt ? { capturedAt: options.capturedAt.toISOString() } : {}),
      byteLength: bytes,
    })
  })

  it.each([
    ['checksum', 'the SHA-256 checksum does not match'],
    ['truncate', 'truncated'],
  ] as const)('a %s-damaged hash is damaged', (damage, problem) => {
    const decoded = decodeHardwareHash(encodeHardwareHash(device(1, { damage })))
    expect(decoded.verdict).toBe('damaged')
    expect(wordsOf(decoded.problem)).toContain(problem)
  })

  it.each([
    ['T0Eg', 'not-a-hash'],
    ['', 'not-a-hash'],
    ['QUJD', 'not-a-hash'],
    ['T0E=', 'not-a-hash'],
    ['T0Ex\nAAA', 'not-base64'],
    ['T0ExA', 'unpadded'],
    ['T0Ex-_AA', 'not-base64'],
  ])('%j is %s', (text, verdict) => {
    expect(decodeHardwareHash(text).verdict).toBe(verdict)
  })

  it('calls a hash with bytes after its trailer valid, with a warning (autopilot-csv.md §6.4 step 5)', () => {
    const decoded = decodeHardwareHash(encodeHardwareHash(device(1, { damage: 'after-trailer' })))
    expect(decoded.verdict).toBe('valid')
    expect(wordsOf(decoded.warning)).toMatch(
      /^8 byte\(s\) after the SHA-256 trailer are not zero, the first at byte \d+ of 3000$/,
    )
    expect(decodeHardwareHash(encodeHardwareHash(device(1))).warning).toBeUndefined()
    expect(
      decodeHardwareHash(encodeHardwareHash(device(1, { blobBytes: 0 }))).warning,
    ).toBeUndefined()
  })

  it('points at the first character that is not base64', () => {
    const decoded = decodeHardwareHash('T0EAAA AAAAA')
    expect(decoded).toMatchObject({ verdict: 'not-base64', badCharIndex: 6 })
    expect(wordsOf(decoded.problem)).toBe('character space at position 7 is not base64')
  })
})

describe('fuzzing the decoder', () => {
  it('never throws on random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const decoded = decodeHardwareHash(text)
        expect(['valid', 'not-base64', 'unpadded', 'not-a-hash', 'damaged']).toContain(
          decoded.verdict,
        )
      }),
      { numRuns: 2000 },
    )
  })

  it('never throws on random bytes that start like a hash, and never calls them valid', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 400 }), (tail) => {
        const bytes = Buffer.concat([Buffer.from('OA'), Buffer.from(tail)])
        expect(decodeHardwareHash(bytes.toString('base64')).verdict).not.toBe('valid')
      }),
      { numRuns: 2000 },
    )
  })

  it('catches every single-byte change to a real structure', () => {
    const blob = Buffer.from(encodeHardwareHash(device(7)), 'base64')
    const contentEnd = blob.readUInt16LE(2) + 36
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: contentEnd - 1 }),
        fc.integer({ min: 1, max: 255 }),
        (at, flip) => {
          const mutated = Buffer.from(blob)
          mutated[at] = (mutated[at] ?? 0) ^ flip
          expect(decodeHardwareHash(mutated.toString('base64')).verdict).not.toBe('valid')
        },
      ),
      { numRuns: 3000 },
    )
  })
})
