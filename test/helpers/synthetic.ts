import { encodeHardwareHash, type SyntheticDevice } from '../../src/hash/encode-hardware-hash.js'

export const GWAI_HEADER = 'Device Serial Number,Windows Product ID,Hardware Hash'
export const PARTNER_HEADER = `${GWAI_HEADER},Manufacturer name,Device model`

/** The n-th synthetic device: structurally real, never a real machine. */
export function device(n: number, overrides: Partial<SyntheticDevice> = {}): SyntheticDevice {
  const id = String(n).padStart(5, '0')
  return {
    serialNumber: `SYN${id}X`,
    manufacturer: 'Fabrikam',
    model: 'Fabrikam Laptop 14',
    productKeyId: `33${String(n).padStart(11, '0')}`,
    ...overrides,
  }
}

export function hashOf(d: SyntheticDevice): string {
  return encodeHardwareHash(d)
}

/** A Get-WindowsAutopilotInfo row: serial, empty product id, hash. */
export function gwaiRow(d: SyntheticDevice, hash = encodeHardwareHash(d)): string {
  return `${d.serialNumber},,${hash}`
}

export interface TextOptions {
  eol?: '\n' | '\r\n'
  encoding?: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'latin1'
  /** End the last line with the line break too (Get-WindowsAutopilotInfo does). */
  trailingEol?: boolean
}

/** Lines as the bytes of a file in the given encoding. */
export function csvBytes(lines: readonly string[], options: TextOptions = {}): Buffer {
  const eol = options.eol ?? '\r\n'
  const text = lines.join(eol) + (options.trailingEol === false ? '' : eol)
  switch (options.encoding ?? 'utf-8') {
    case 'utf-8':
      return Buffer.from(text, 'utf8')
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])
    case 'latin1':
      return Buffer.from(text, 'latin1')
  }
}

export function gwaiFile(devices: readonly SyntheticDevice[], options?: TextOptions): Buffer {
  return csvBytes([GWAI_HEADER, ...devices.map((d) => gwaiRow(d))], options)
}

export function customerYml(fields: Record<string, string | boolean>): string {
  return `${Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n`
}
