import { createHash } from 'node:crypto'

/** The facts a synthetic hash carries. Never a real device's: fixtures and the sandbox build their devices with this. */
export interface SyntheticDevice {
  serialNumber: string
  manufacturer: string
  model: string
  productKeyId?: string
  hasTpm?: boolean
  /** Capture time; fixed by default so fixtures are byte-stable. */
  capturedAt?: Date
  /**
   * Break the SHA-256 trailer, or cut the blob, to make a damaged hash; or write bytes into the
   * zero padding after the trailer, which leaves it valid but odd.
   */
  damage?: 'checksum' | 'truncate' | 'after-trailer'
  /** The OA3 tool generation in the header record: 9 by default; 3, 5, 7 and 8 occur in real files. */
  toolVersion?: number
  /** Tool and OS build in the header record, `major.minor.build.revision`. */
  toolBuild?: string
  osBuild?: string
  /** Bytes of the whole blob, zero padding included (3,000 by default; 0 for none). */
  blobBytes?: number
  /** Records of other types (newer tools add 34, 35, 37), each `length` bytes of filler. */
  extraRecords?: readonly { type: number; length: number }[]
}

const BLOB_BYTES = 3000
const EPOCH_2000_MS = Date.UTC(2000, 0, 1)
const DEFAULT_CAPTURE = new Date(Date.UTC(2026, 0, 15, 9, 30, 0))

/** Builds a structurally correct 4K hardware hash (autopilot-csv.md §6.2): magic, records, `CS` trailer, zero padding. */
export function encodeHardwareHash(device: SyntheticDevice): string {
  const records: Buffer[] = [
    record(1, header(device)),
    record(3, cString('GenuineIntel')),
    record(4, cString('Synthetic(R) Core(TM) CPU')),
    record(12, createHash('md5').update(device.serialNumber).digest()),
  ]
  if (device.hasTpm ?? true) {
    records.push(record(13, cString("TPM-Version:2.0 -Level:0-Revision:1.59-VendorID:'SYN '")))
    records.push(record(25, createHash('sha512').update(`ek:${device.serialNumber}`).digest()))
  }
  records.push(record(14, cString(device.serialNumber)))
  records.push(record(15, cString('Synthetic BIOS')))
  records.push(record(16, cString(device.manufacturer)))
  records.push(record(17, cString(device.model)))
  if (device.productKeyId) records.push(record(24, cString(device.productKeyId)))
  for (const { type, length } of device.extraRecords ?? []) {
    records.push(record(type, Buffer.alloc(length, type)))
  }

  const body = Buffer.concat([Buffer.alloc(4), ...records])
  body.write('OA', 0, 'latin1')
  body.writeUInt16LE(body.length, 2)
  const digest = createHash('sha256').update(body).digest()
  if (device.damage === 'checksum') digest[0] = (digest[0] ?? 0) ^ 0xff
  const trailer = Buffer.concat([Buffer.from([0x43, 0x53, 36, 0]), digest])
  const blob = Buffer.alloc(Math.max(device.blobBytes ?? BLOB_BYTES, body.length + trailer.length))
  body.copy(blob, 0)
  trailer.copy(blob, body.length)
  if (device.damage === 'after-trailer') blob.write('glued on', body.length + trailer.length + 8)
  const cut = device.damage === 'truncate' ? blob.subarray(0, body.length + 30) : blob
  return cut.toString('base64')
}

function record(type: number, value: Buffer): Buffer {
  const head = Buffer.alloc(4)
  head.writeUInt16LE(type, 0)
  head.writeUInt16LE(value.length + 4, 2)
  return Buffer.concat([head, value])
}

function cString(text: string): Buffer {
  return Buffer.from(`${text}\0`, 'utf8')
}

function header(device: SyntheticDevice): Buffer {
  const value = Buffer.alloc(24)
  // Tool build and OS build, each written as minor, major, revision, build.
  for (const [at, text] of [
    [0, device.toolBuild ?? '10.0.26100.1'],
    [8, device.osBuild ?? '10.0.26100.2605'],
  ] as const) {
    const [major = 0, minor = 0, build = 0, revision = 0] = text.split('.').map(Number)
    ;[minor, major, revision, build].forEach((part, i) => {
      value.writeUInt16LE(part, at + i * 2)
    })
  }
  const capturedAt = device.capturedAt ?? DEFAULT_CAPTURE
  value.writeUInt32LE(Math.floor((capturedAt.getTime() - EPOCH_2000_MS) / 1000), 16)
  value[21] = 2 // full OS
  value[22] = 9 // x64
  value[23] = device.toolVersion ?? 9
  return value
}
