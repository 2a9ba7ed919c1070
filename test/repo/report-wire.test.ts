import { describe, expect, it } from 'vitest'
import { finding } from '../../src/findings/finding.js'
import type { FileReport } from '../../src/repo/check-device-file.js'
import { fromWire, toWire } from '../../src/repo/report-wire.js'
import { madeUp } from '../helpers/words.js'

describe('a report on its way from a file-check worker', () => {
  it('comes back as it was sent, each distinct manufacturer, model and group tag sent once', () => {
    const file = 'customers/contoso/devices/a.csv'
    const device = (line: number, serialNumber: string, keys: string[], hasErrors = false) => ({
      file,
      line,
      serialNumber,
      manufacturer: 'Fabrikam',
      model: line === 3 ? 'Other' : 'Laptop 14',
      productKeyId: line === 4 ? '1234567890123' : '',
      keys,
      hasErrors,
      groupTag: line === 3 ? 'Microsoft365Managed_Kiosk' : undefined,
    })
    const report: FileReport = {
      file,
      encoding: 'utf-8',
      dialect: 'comma',
      devices: [
        device(2, 'SN1', ['sm:fabrikam\u0000sn1', 'hh:00']),
        device(3, 'SN2', [], true),
        device(4, '', ['pk:1234567890123']),
      ],
      findings: [finding('AP201', { file, line: 3 }, madeUp('bad'))],
    }
    const wire = toWire(report)
    expect(wire.values).toEqual(['Fabrikam', 'Laptop 14', 'Other', 'Microsoft365Managed_Kiosk'])
    expect(fromWire(structuredClone(wire))).toEqual(report)
  })
})
