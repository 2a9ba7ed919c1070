import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { adoptionRecord } from '../../src/ledger/adoption-files.js'
import { recordJsonSchema } from '../../src/ledger/record-schema.js'
import { driftingRepository } from '../helpers/drift-setup.js'
import { PROJECT } from '../helpers/paths.js'

const FILE = path.join(PROJECT, 'schema/registration-record.schema.json')
const committed = () => JSON.parse(readFileSync(FILE, 'utf8'))

describe('the registration record JSON Schema (schema/registration-record.schema.json)', () => {
  it('is the one the zod schema gives (npm run schema)', () => {
    expect(committed()).toEqual(recordJsonSchema())
  })

  it('takes a version 1 record of a registration run and a version 2 adoption record', () => {
    // As a consumer's validator with formats would read it (ajv-formats checks date-time so).
    const ajv = new Ajv2020({ strict: true, allErrors: true })
    ajv.addFormat(
      'date-time',
      (text: string) => /^\d{4}-\d\d-\d\dT/.test(text) && !Number.isNaN(Date.parse(text)),
    )
    const validate = ajv.compile(committed())
    const [, version1] =
      Object.entries(driftingRepository()).find(([n]) => n.endsWith('.json')) ?? []
    expect(validate(JSON.parse(version1 ?? '{}'))).toBe(true)
    const device = (serialNumber: string, file: string) => ({
      serialNumber,
      manufacturer: 'M',
      model: 'X',
      productKeyId: '',
      deviceId: `d-${serialNumber}`,
      source: `customers/contoso/devices/${file}:2`,
    })
    const adoption = adoptionRecord(
      { slug: 'contoso', customerId: '8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60' },
      [
        { groupTag: 'Standard', devices: [] },
        { groupTag: 'Kiosk', devices: [device('S1', 'Kiosk/adopted-20261201.csv')] },
        { groupTag: 'Lab', devices: [device('S2', 'Lab/adopted-20261201.csv')] },
      ],
      { commit: 'b'.repeat(40), at: new Date('2026-12-01T10:00:00Z'), runId: '0000000b' },
    )
    expect(adoption.path).toBe(
      'customers/contoso/registrations/20261201T100000000Z-bbbbbbb-0000000b.json',
    )
    validate(JSON.parse(adoption.text))
    expect(validate.errors ?? []).toEqual([])
    // The first batch with devices names the record; a device of another carries its own tag.
    expect(adoption.record.groupTag).toBe('Kiosk')
    expect(adoption.record.devices.map((d) => d.groupTag)).toEqual([undefined, 'Lab'])
    // A version this reader does not know is refused, not guessed at.
    expect(validate({ ...JSON.parse(adoption.text), schemaVersion: 3 })).toBe(false)
  })
})
