import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { english, sayer } from '../../src/messages/catalogue.js'
import { DEVICE_ERRORS, explainDeviceError } from '../../src/partner-center/error-codes.js'

/**
 * Every per-device code and name in our references: autopilot-csv.md §7.1 and
 * partner-center-api.md §9.3, with whether a later run with the same data can help.
 */
const REFERENCE: [code: string | null, name: string, transient: boolean][] = [
  ['801', 'InvalidZtdRequestBody', false],
  ['802', 'InvalidZtdHardwareHash', false],
  ['803', 'MissingZtdSerialNumberAndProductKey', false],
  ['806', 'ZtdDeviceAlreadyAssigned', false],
  ['807', 'ZtdDeviceIsNotRegistered', false],
  ['808', 'ZtdDeviceAssignedToOtherTenant', false],
  ['809', 'ZtdProfileIsNotRegistered', false],
  ['810', 'ZtdProfileAssignedToOtherTenant', false],
  ['811', 'ZtdDeviceRegisteredByOtherTenant', false],
  ['812', 'ZtdDeviceNotFound', false],
  ['813', 'ZtdDeviceIsNotUnique', false],
  ['814', 'ZtdDeviceAlreadyAadRegistered', false],
  [null, 'HashNot4k', false],
  [null, 'ZtdDeviceDuplicated', true],
  [null, 'StorageError', true],
]

describe('the per-device error codes', () => {
  it.each(REFERENCE)('knows %s %s (transient %s) by code and by name', (code, name, transient) => {
    if (code) expect(explainDeviceError(code, null)).toMatchObject({ code, name, transient })
    const byName = explainDeviceError(null, name.toUpperCase())
    expect(byName).toMatchObject({ name, transient })
    expect(english(byName.explanation).length).toBeGreaterThan(30)
    expect(sayer('fr').text(byName.explanation)).not.toBe(english(byName.explanation))
  })

  it('holds back an unknown code until someone has looked, instead of retrying it every run', () => {
    expect(explainDeviceError('899', null)).toMatchObject({
      code: '899',
      name: 'error 899',
      transient: false,
    })
    expect(explainDeviceError(null, 'ZtdSomethingNew')).toMatchObject({
      name: 'ZtdSomethingNew',
      transient: false,
    })
    expect(explainDeviceError(null, null)).toMatchObject({
      name: 'error without a code',
      transient: false,
    })
    expect(english(explainDeviceError(null, null).explanation)).toContain('retry-failed')
  })

  it('lists in docs/troubleshooting.md exactly the codes and names it knows, retried as it says', () => {
    const text = readFileSync(new URL('../../docs/troubleshooting.md', import.meta.url), 'utf8')
    const section =
      text.split('## Per-device answers from Partner Center')[1]?.split('\n## ')[0] ?? ''
    const rows = section
      .split('\n')
      .filter((line) => /^\| (\d{3}|—) \|/.test(line))
      .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| /, '').trim()))
    const documented = rows.map(([code, name]) => [
      code === '—' ? undefined : code,
      /`([^`]+)`/.exec(name ?? '')?.[1],
    ])
    expect(documented).toEqual(DEVICE_ERRORS.map((m) => [m.code, m.name]))
    for (const [row, meaning] of rows.map((r, i) => [r, DEVICE_ERRORS[i]] as const)) {
      const todo = row[3] ?? ''
      // A failure that a later run cannot cure is retried only when asked: the row says so.
      if (meaning && !meaning.transient && !meaning.alreadyRegistered)
        expect(todo, row[1]).toContain('retry-failed')
      if (meaning?.transient) expect(todo, row[1]).toMatch(/^Nothing/)
    }
    expect(section).toContain('| other codes |')
  })
})
