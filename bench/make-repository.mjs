// Builds (once, cached under .bench/) a synthetic repository of N customers × M devices whose
// hashes our own encoder makes: structurally valid, with correct SHA-256 trailers.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { encodeHardwareHash } from '../src/hash/encode-hardware-hash.ts'

export const HEADER = 'Device Serial Number,Windows Product ID,Hardware Hash'

/** A Get-WindowsAutopilotInfo row for a synthetic device: serial, no product key, its hash. */
export function deviceRow(serialNumber, quoted = false) {
  const hash = encodeHardwareHash({
    serialNumber,
    manufacturer: 'Fabrikam',
    model: 'Fabrikam Laptop 14',
  })
  // Export-Csv quotes every field; Get-WindowsAutopilotInfo deletes every quote.
  return quoted ? `"${serialNumber}","","${hash}"` : `${serialNumber},,${hash}`
}

/** `git init` and one commit of everything, whatever the machine's git configuration says. */
export function commitAll(root) {
  const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' }
  const git = (...args) => execFileSync('git', ['-C', root, ...args], { stdio: 'ignore', env })
  git('init', '-q', '-b', 'main')
  git('add', '-A')
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '-m', 'base')
}

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
        rows.push(deviceRow(`BENCH${String(serial).padStart(8, '0')}`, quoted))
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

/**
 * A registration record of one run for customer-0000 in which every one of `serials` was
 * registered, each from its row in 1,000-device files `order-NNNNNN.csv`: its file name and body.
 */
export function registeredRecord(customerId, groupTag, serials) {
  const devices = serials.map((serialNumber, i) => ({
    serialNumber,
    manufacturer: 'Fabrikam',
    model: 'Fabrikam Laptop 14',
    productKeyId: '',
    hardwareHashSha256: '',
    source: `customers/customer-0000/devices/order-${String(Math.floor(i / 1000) * 1000).padStart(6, '0')}.csv:${(i % 1000) + 2}`,
    status: 'registered',
    deviceId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    trackingId: null,
    errorCode: null,
    errorName: null,
    errorDescription: null,
    transient: null,
  }))
  const at = '2026-11-20T10:00:00.000Z'
  const body = {
    schemaVersion: 1,
    customer: 'customer-0000',
    customerId,
    groupTag,
    commit: 'a'.repeat(40),
    pullRequests: [],
    approvedBy: [],
    mergedBy: null,
    startedAt: at,
    finishedAt: at,
    trackingIds: [],
    devices,
  }
  return { name: '20261120T100000000Z-aaaaaaa-00000000.json', body }
}
