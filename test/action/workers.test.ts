import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { sayer } from '../../src/messages/catalogue.js'
import { wordsReplacer } from '../../src/report/report-words.js'
import { validateRepository } from '../../src/use-cases/validate-repository.js'
import { runActionBundle, runCliBundle } from '../helpers/run-dist.js'
import {
  csvBytes,
  customerYml,
  device,
  GWAI_HEADER,
  gwaiRow,
  hashOf,
} from '../helpers/synthetic.js'

/** A repository big enough (about 28 MB) that the bundles spread the files over worker threads. */
function bigRepository(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'autopilot-gitops-big-'))
  const dir = path.join(root, 'customers/contoso/devices')
  mkdirSync(dir, { recursive: true })
  writeFileSync(
    path.join(root, 'customers/contoso/customer.yml'),
    customerYml({ name: 'Contoso', customerId: '8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60' }),
  )
  for (let file = 0; file < 7; file++) {
    const rows = Array.from({ length: 1000 }, (_, i) => gwaiRow(device(file * 1000 + i)))
    // Plant one damaged hash and one duplicate across files, so workers must report both.
    if (file === 3)
      rows[500] = gwaiRow(device(3500), hashOf({ ...device(3500), damage: 'checksum' }))
    if (file === 6) rows[999] = gwaiRow(device(42))
    writeFileSync(path.join(dir, `order-${file}.csv`), csvBytes([GWAI_HEADER, ...rows]))
  }
  return root
}

describe('worker threads', () => {
  it('give the same findings as the main thread', async () => {
    const root = bigRepository()
    const inThread = await validateRepository({ root })
    const cli = await runCliBundle(['validate', '--format', 'json'], { cwd: root })
    expect(JSON.parse(cli.stdout)).toEqual(
      JSON.parse(JSON.stringify(inThread, wordsReplacer(sayer('en')))),
    )
    expect(inThread.findings.map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual([
      'customers/contoso/devices/order-0.csv:44 AP502',
      'customers/contoso/devices/order-3.csv:502 AP404',
      'customers/contoso/devices/order-6.csv:1001 AP502',
    ])
    const action = await runActionBundle({ path: '.' }, root)
    expect(action.stdout).toMatch(
      /::debug::checking 7 file\(s\), \d+ bytes or more, on \d worker threads/,
    )
    // One device is listed twice: 6,999 devices in 7,000 rows.
    expect(action.outputs).toMatchObject({ errors: '3', devices: '6999', rows: '7000' })
  })
})
