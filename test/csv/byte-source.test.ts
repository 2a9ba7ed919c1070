import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { WHOLE_READ_BYTES } from '../../src/csv/byte-source.js'
import { type DeviceRow, readDeviceCsv } from '../../src/csv/read-device-csv.js'
import { encodeHardwareHash } from '../../src/hash/encode-hardware-hash.js'
import { csvBytes, device, GWAI_HEADER, gwaiFile, PARTNER_HEADER } from '../helpers/synthetic.js'

const scratch = mkdtempSync(path.join(tmpdir(), 'autopilot-gitops-bytes-'))
let written = 0

async function read(bytes: Buffer) {
  const file = path.join(scratch, `f${written++}.csv`)
  writeFileSync(file, bytes)
  const rows: DeviceRow[] = []
  const result = await readDeviceCsv({
    path: file,
    file: 'f.csv',
    maxBytes: 50 * 1024 * 1024,
    onRow: (r) => rows.push(r),
  })
  return { rows, result }
}

const serials = (rows: readonly DeviceRow[]) => rows.map((r) => r.cells[0])

describe('reading a device file whole, into buffers used again', () => {
  it('leaves the rows of a file as they were after the next file reuses its buffer', async () => {
    const first = await read(gwaiFile([device(1), device(2)]))
    const kept = JSON.stringify(first.rows)
    // Same size, other bytes: the next read takes the buffer the first gave back.
    const second = await read(gwaiFile([device(3), device(4)]))
    expect(serials(second.rows)).toEqual(['SYN00003X', 'SYN00004X'])
    expect(JSON.stringify(first.rows)).toBe(kept)
    expect(serials(first.rows)).toEqual(['SYN00001X', 'SYN00002X'])
  })

  it('reads more files at once than it keeps buffers for, each its own', async () => {
    const files = Array.from({ length: 12 }, (_, i) => gwaiFile([device(i * 2), device(i * 2 + 1)]))
    const reads = await Promise.all(files.map((bytes) => read(bytes)))
    reads.forEach(({ rows, result }, i) => {
      expect(result.findings).toEqual([])
      expect(serials(rows)).toEqual([device(i * 2).serialNumber, device(i * 2 + 1).serialNumber])
    })
  })

  it('gives the same rows for a file just over the whole-read size, which is streamed', async () => {
    const hash = encodeHardwareHash(device(0))
    const rowBytes = `SYN00000X,,${hash}\r\n`.length
    const count = Math.ceil((WHOLE_READ_BYTES + 1) / rowBytes) + 1
    const lines = Array.from({ length: count }, (_, i) => `S${String(i).padStart(7, '0')},,${hash}`)
    const big = csvBytes([GWAI_HEADER, ...lines])
    expect(big.length).toBeGreaterThan(WHOLE_READ_BYTES)
    const small = csvBytes([GWAI_HEADER, ...lines.slice(0, 100)])
    const streamed = await read(big)
    const whole = await read(small)
    expect(streamed.rows.length).toBe(count)
    expect(streamed.rows.slice(0, 100).map((r) => r.cells)).toEqual(whole.rows.map((r) => r.cells))
    expect(streamed.rows.at(-1)?.line).toBe(count + 1)
  })

  it('reads UTF-16 and quoted files from memory as it streamed them', async () => {
    const lines = [PARTNER_HEADER, '"A1",,,"Fabrikam","Model X"', 'A2,,,Fabrikam,M']
    const utf16 = await read(csvBytes(lines, { encoding: 'utf-16le' }))
    expect(utf16.result.encoding).toBe('utf-16le')
    expect(utf16.rows.map((r) => [r.line, r.cells[0], r.cells[3]])).toEqual([
      [2, 'A1', 'Fabrikam'],
      [3, 'A2', 'Fabrikam'],
    ])
  })
})
