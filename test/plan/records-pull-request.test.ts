import { describe, expect, it } from 'vitest'
import { isAdoptionPullRequest } from '../../src/plan/records-pull-request.js'

const RECORD = 'customers/contoso/registrations/20261201T100000000Z-aaaaaaa-0a1b2c3d.json'
const bot = { headRef: 'autopilot-gitops/adopt-contoso-7', openedByBot: true }
const added = (...paths: string[]) => paths.map((path) => ({ path, status: 'added' as const }))

describe('the adoption pull request', () => {
  it("holds the record and the device files of each tag's batch: devices/ and devices/<group tag>/", () => {
    const files = added(
      RECORD,
      'customers/contoso/devices/adopted-20261201.csv',
      'customers/contoso/devices/Microsoft365Managed_Kiosk/adopted-20261201.csv',
    )
    expect(isAdoptionPullRequest(bot, files, 'autopilot-gitops/adopt-')).toBe(true)
  })

  it('is not one with any other file, from a person, or without its record', () => {
    const other = added(RECORD, 'customers/contoso/devices/order.csv')
    expect(isAdoptionPullRequest(bot, other, 'autopilot-gitops/adopt-')).toBe(false)
    const deeper = added(RECORD, 'customers/contoso/devices/a/b/adopted-20261201.csv')
    expect(isAdoptionPullRequest(bot, deeper, 'autopilot-gitops/adopt-')).toBe(false)
    const person = { ...bot, openedByBot: false }
    expect(isAdoptionPullRequest(person, added(RECORD), 'autopilot-gitops/adopt-')).toBe(false)
    const noRecord = added('customers/contoso/devices/adopted-20261201.csv')
    expect(isAdoptionPullRequest(bot, noRecord, 'autopilot-gitops/adopt-')).toBe(false)
  })
})
