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
  /** Break the SHA-256 trailer, or cut the blob, to make a damaged hash. */
  damage?: 'checksum' | 'truncate'
}

const BLOB_BYTES = 3000
const EPOCH_2000_MS = Date.UTC(2000, 0, 1)
const DEFAULT_CAPTURE = new Date(Date.UTC(2026, 0, 15, 9, 30, 0))

/** Builds a structurally correct 4K hardware hash (autopilot-csv.md §6.2): magic, records, `CS` trailer, zero padding. */
export function encodeHardwareHash(device: SyntheticDevice): string {
  const records: Buffer[] = [
    record(1, header(device.capturedAt ?? DEFAULT_CAPTURE)),
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

  const body = Buffer.concat([Buffer.alloc(4), ...records])
  body.write('OA', 0, 'latin1')
  body.writeUInt16LE(body.length, 2)
  const digest = createHash('sha256').update(body).digest()
  if (device.damage === 'checksum') digest[0] = (digest[0] ?? 0) ^ 0xff
  const trailer = Buffer.concat([Buffer.from([0x43, 0x53, 36, 0]), digest])
  const blob = Buffer.alloc(Math.max(BLOB_BYTES, body.length + trailer.length))
  body.copy(blob, 0)
  trailer.copy(blob, body.length)
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

function header(capturedAt: Date): Buffer {
  const value = Buffer.alloc(24)
  // Tool build and OS build, each as minor, major, revision, build.
  for (const [at, parts] of [
    [0, [0, 10, 1, 26100]],
    [8, [0, 10, 2605, 26100]],
  ] as const) {
    parts.forEach((part, i) => {
      value.writeUInt16LE(part, at + i * 2)
    })
  }
  value.writeUInt32LE(Math.floor((capturedAt.getTime() - EPOCH_2000_MS) / 1000), 16)
  value[21] = 2 // full OS
  value[22] = 9 // x64
  value[23] = 9 // tool version
  return value
}
