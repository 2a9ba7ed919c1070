// Builds (once, cached under .bench/) a synthetic repository of N customers × M devices whose
// hashes our own encoder makes: structurally valid, with correct SHA-256 trailers.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { encodeHardwareHash } from '../src/hash/encode-hardware-hash.ts'

const HEADER = 'Device Serial Number,Windows Product ID,Hardware Hash'

export function makeRepository({
  customers,
  devicesPerCustomer,
  devicesPerFile,
  encoding,
  quoted = false,
}) {
  const name = `repo-${customers}x${devicesPerCustomer}-f${devicesPerFile}-${encoding}${quoted ? '-quoted' : ''}`
  const root = path.resolve('.bench', name)
  if (existsSync(path.join(root, 'complete'))) return root
  rmSync(root, { recursive: true, force: true })
  let serial = 0
  for (let c = 0; c < customers; c++) {
    const slug = `customer-${String(c).padStart(4, '0')}`
    const dir = path.join(root, 'customers', slug, 'devices')
    mkdirSync(dir, { recursive: true })
    const id = `${String(c).padStart(8, '0')}-0000-4000-8000-000000000000`
    writeFileSync(
      path.join(root, 'customers', slug, 'customer.yml'),
      `name: Customer ${c}\ncustomerId: ${id}\n`,
    )
    for (let start = 0; start < devicesPerCustomer; start += devicesPerFile) {
      const rows = [HEADER]
      for (let i = start; i < Math.min(start + devicesPerFile, devicesPerCustomer); i++) {
        serial += 1
        const serialNumber = `BENCH${String(serial).padStart(8, '0')}`
        const hash = encodeHardwareHash({
          serialNumber,
          manufacturer: 'Fabrikam',
          model: 'Fabrikam Laptop 14',
        })
        // Export-Csv quotes every field; Get-WindowsAutopilotInfo deletes every quote.
        rows.push(quoted ? `"${serialNumber}","","${hash}"` : `${serialNumber},,${hash}`)
      }
      const text = `${rows.join('\r\n')}\r\n`
      const bytes =
        encoding === 'utf-16le'
          ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
          : Buffer.from(text, 'utf8')
      writeFileSync(path.join(dir, `order-${String(start).padStart(6, '0')}.csv`), bytes)
    }
  }
  writeFileSync(path.join(root, 'complete'), '')
  return root
}
