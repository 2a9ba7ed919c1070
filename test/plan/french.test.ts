import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Finding } from '../../src/findings/finding.js'
import { CATALOGUES, english, sayer } from '../../src/messages/catalogue.js'
import type { Text } from '../../src/messages/text.js'
import { explainDeviceError } from '../../src/partner-center/error-codes.js'
import { buildPlan } from '../../src/plan/build-plan.js'
import { buildPlanReport, failureReason } from '../../src/plan/plan-report.js'
import { isRefusedDeregistration, type PlannedDevice } from '../../src/plan/registration-plan.js'
import { inspectRepository } from '../../src/repo/inspect-repository.js'
import { wordsReplacer } from '../../src/report/report-words.js'
import { approveDeregistrations } from '../../src/use-cases/deregister-approval.js'
import { FIXTURES_DIR } from '../helpers/paths.js'

const french = sayer('fr')
const repo = (name: string) => path.join(FIXTURES_DIR, 'repos', name)
const planOf = async (name: string, options?: Parameters<typeof buildPlan>[1]) =>
  buildPlan(await inspectRepository({ root: repo(name) }), options)

/**
 * The French words of a Text: other than the English, quoting the same values, and set as French
 * typography asks (a non-breaking space before each of its own colons and semicolons).
 */
function inFrench(t: Text | undefined, ...values: string[]): string {
  if (!t) throw new Error('no words')
  const words = french.text(t)
  expect(words).not.toBe(english(t))
  for (const value of values) {
    expect(english(t)).toContain(value)
    expect(words).toContain(value)
  }
  expect(words).not.toMatch(/ [:;?!]/)
  return words
}

const findingAt = (findings: readonly Finding[], rule: string, file: string) =>
  findings.find((f) => f.rule === rule && f.file.includes(file))

describe('the plan in French', () => {
  it('says what is wrong with a customer.yml, and why its customer is blocked', async () => {
    const plan = await planOf('mixed')
    const name = findingAt(plan.findings, 'AP601', 'northwind')
    expect(inFrench(name?.message, '`name`')).toBe('le champ `name` de customer.yml est absent')
    const tag = inFrench(
      findingAt(plan.findings, 'AP603', 'northwind')?.message,
      'Microsoft365Managed_Kioskk',
      'Microsoft365Managed_Kiosk`',
    )
    expect(tag).toContain('\u00a0: vouliez-vous dire `Microsoft365Managed_Kiosk`\u00a0?')
    inFrench(findingAt(plan.findings, 'AP603', 'northwind')?.hint, 'managedDesktop: false')
    inFrench(findingAt(plan.findings, 'AP602', 'Bad_Slug')?.message, 'not-a-guid')
    inFrench(findingAt(plan.findings, 'AP601', 'Bad_Slug')?.message, '`region`')
    inFrench(findingAt(plan.findings, 'AP605', 'Bad_Slug')?.message, 'Bad_Slug')
    inFrench(findingAt(plan.findings, 'AP605', 'incoming')?.message, 'incoming/new-order.csv')
    const northwind = plan.customers.find((c) => c.slug === 'northwind')
    expect(northwind?.blockReasons.map(french.text)).toEqual([
      'customer.yml est absent ou non valide',
    ])
    const device = northwind?.devices.find((d) => d.serialNumber === 'SYN00006X')
    expect(inFrench(device?.reason)).toBe(
      'client bloqué\u00a0: customer.yml est absent ou non valide',
    )
  })

  it('blocks the rows of devices listed twice across the repository (AP502), in French', async () => {
    const plan = await planOf('mixed')
    expect(plan.findings.filter((f) => f.rule === 'AP502')).toHaveLength(2)
    const contoso = plan.customers.find((c) => c.slug === 'contoso')
    expect(contoso?.blockReasons.map((r) => inFrench(r))).toEqual(['des erreurs dans ses fichiers'])
    const twice = contoso?.devices.filter((d) => d.serialNumber === 'SYN00002X') ?? []
    expect(twice.map((d) => inFrench(d.reason))).toEqual([
      'erreurs sur la ligne',
      'erreurs sur la ligne',
    ])
    const report = buildPlanReport(plan, ['customers/contoso/devices/a.csv'])
    expect(inFrench(failureReason(report, 'error'))).toMatch(
      /^\d+ erreurs dans les fichiers que modifie cette demande de tirage$/,
    )
  })

  it('says why a customer whose customerId changed is blocked, with its findings', async () => {
    const plan = await planOf('ledger')
    const changed = findingAt(plan.findings, 'AP604', 'fabrikam')
    const from = '99999999-9999-4999-8999-999999999999'
    expect(inFrench(changed?.message, from, '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0')).toContain(
      'mais 2 appareils sont inscrits pour',
    )
    inFrench(findingAt(plan.findings, 'AP505', 'northwind')?.message, 'SYN00301X', '`fabrikam`')
    inFrench(findingAt(plan.findings, 'AP504', 'contoso')?.message, 'SYN00101X')
    inFrench(findingAt(plan.findings, 'AP606', 'northwind')?.message, 'Unexpected end of JSON')
    const contoso = plan.customers.find((c) => c.slug === 'contoso')
    const reasons = Object.fromEntries(
      contoso?.devices.map((d) => [d.serialNumber, d.reason && french.text(d.reason)]) ?? [],
    )
    expect(reasons).toMatchObject({
      SYN00101X: 'inscrit le 2 nov. 2026',
      SYN00102X: 'envoi en attente',
      SYN00103X: 'la dernière tentative a échoué\u00a0: StorageError',
      SYN00104X: 'échec définitif\u00a0: 808 ZtdDeviceAssignedToOtherTenant',
    })
    const blocked = plan.customers.find((c) => c.slug === 'fabrikam')?.devices[0]
    expect(inFrench(blocked?.reason)).toBe('client bloqué\u00a0: customerId a changé')
  })

  it('refuses deregistrations in French, told apart by their key', async () => {
    const plan = await planOf('deregister', { maxDeregistrations: 1 })
    inFrench(findingAt(plan.findings, 'AP608', 'leavers')?.message, 'SYN00702X', '`northwind`')
    const capped = plan.customers[0]?.devices.find((d) => d.serialNumber === 'SYN00701X')
    expect(capped && isRefusedDeregistration(capped)).toBe(true)
    expect(inFrench(capped?.reason, 'max-deregistrations')).toMatch(
      /^non désinscrit\u00a0: 2 désinscriptions demandées pour ce client, au-delà du plafond de 1 /,
    )
    const asked: PlannedDevice = {
      action: 'deregister',
      serialNumber: 'S1',
      manufacturer: 'Fabrikam',
      model: 'Laptop',
      productKeyId: '',
      source: 'customers/contoso/deregister/leavers.csv:2',
    }
    const customer = { slug: 'contoso', devices: [asked], counts: {}, blocked: false }
    const selfApproved = { customers: [customer], digest: '', findings: [], strayDevices: 0 }
    const pull = { number: 5, author: 'alice', approvedBy: ['alice'], mergedBy: 'lead' }
    await approveDeregistrations(
      selfApproved as unknown as Parameters<typeof approveDeregistrations>[0],
      [{ ...pull, planDigest: null }],
      async () => [{ path: 'customers/contoso/deregister/leavers.csv' }],
    )
    expect(isRefusedDeregistration(asked)).toBe(true)
    expect(inFrench(asked.reason, '#5', '@alice')).toBe(
      'non désinscrit\u00a0: la demande de tirage #5, qui la demandait, n’a l’approbation de personne d’autre que son auteur (@alice)',
    )
  })

  it('says a retag in French, and the JSON report gives the reasons in the run’s language', async () => {
    const plan = await planOf('tags')
    const moved = plan.customers.flatMap((c) => c.devices).find((d) => d.action === 'retag')
    expect(
      inFrench(moved?.reason, 'Microsoft365Managed_Autopilot', 'Microsoft365Managed_Kiosk'),
    ).toBe('changement de balise Microsoft365Managed_Autopilot → Microsoft365Managed_Kiosk')
    const report = buildPlanReport(plan, null)
    const json = JSON.parse(JSON.stringify(report, wordsReplacer(french)))
    const reasons = json.customers.flatMap((c: { devices: { reason?: string }[] }) =>
      c.devices.map((d) => d.reason),
    )
    expect(reasons).toContain(
      'changement de balise Microsoft365Managed_Autopilot → Microsoft365Managed_Kiosk',
    )
    const english = JSON.parse(JSON.stringify(report, wordsReplacer(sayer('en'))))
    expect(
      english.customers.flatMap((c: { devices: { reason?: string }[] }) =>
        c.devices.map((d) => d.reason),
      ),
    ).toContain('retag Microsoft365Managed_Autopilot → Microsoft365Managed_Kiosk')
  })

  it('explains every per-device code of Partner Center in French', () => {
    for (const code of ['801', '806', '808', '899']) {
      const { explanation } = explainDeviceError(code, null)
      inFrench(explanation)
      expect(french.text(explanation)).toMatch(/Espace partenaires|locataire|appareil/)
    }
    inFrench(explainDeviceError('808', null).explanation, 'retry-failed')
  })

  it('sets every repository message in French typography, whatever it quotes', () => {
    // Each value a Text (a word of ours) in a Text, else `v` as a string and 2 as a number.
    const value = {
      key: 'repo.would.retry',
      [Symbol.toPrimitive]: (hint: string) => (hint === 'string' ? 'v' : 2),
    }
    const params = new Proxy(
      {},
      { get: (_, name) => (typeof name === 'string' ? value : undefined) },
    )
    const badly = Object.entries(CATALOGUES.fr)
      .filter(([key]) => key.startsWith('repo.'))
      .map(([key, message]) => [key, message(params, french)])
      .filter(([, words]) => / [:;?!»]|« /.test(words ?? ''))
    expect(badly).toEqual([])
  })
})
