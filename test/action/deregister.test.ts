import { afterEach, describe, expect, it } from 'vitest'
import { RegistrationRecordSchema } from '../../src/ledger/record-schema.js'
import { csvBytes, device, gwaiFile } from '../helpers/synthetic.js'
import {
  checkOut,
  closeAll,
  contoso,
  contosoMerged,
  github,
  pushRun,
  TAG,
} from './register-setup.js'

afterEach(closeAll)

const devices = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => device(n))
const serials = (...ns: number[]) => ns.map((n) => devices[n - 1]?.serialNumber ?? '')
const request = (...ns: number[]) => csvBytes(['Device Serial Number', ...serials(...ns)])
const merged = (number: number, sha: string, author: string, approvers: string[]) => ({
  number,
  sha,
  base: 'main',
  mergedBy: 'lead',
  author,
  reviews: approvers.map((user) => ({ user, state: 'APPROVED' })),
})
const files = (...names: string[]) => names.map((filename) => ({ filename, status: 'added' }))
const ORDER = 'customers/contoso/devices/order-1.csv'
/** The summary's text without the Markdown escapes of `#`, `@` and `_`. */
const plain = (markdown: string) =>
  markdown.replaceAll('&#35;', '#').replaceAll('&#64;', '@').replaceAll('&#95;', '_')

describe('deregistration on merge (dist/index.js against the sandbox and the GitHub fake)', () => {
  it('deregisters three devices approved by another reviewer, refuses one approved only by its author, and four over a cap of three', async () => {
    const { repo, head, sandbox, gh } = await contosoMerged(devices)
    expect((await pushRun(repo, head, gh.url, sandbox)).outputs.registered).toBe('8')
    const recorded = checkOut(repo, gh.git?.filesAt('main') ?? new Map())
    const inBatch = () =>
      (sandbox.partnerCenter.state.findBatch(contoso.customerId, TAG)?.[1] ?? []).map(
        (d) => d.serialNumber,
      )

    // Pull request 10 (alice, approved by bob) deregisters 1–3; 11 (carol, approved by herself) 4.
    const leavers = 'customers/contoso/deregister/leavers.csv'
    const lost = 'customers/contoso/deregister/lost.csv'
    const b = repo.commit(
      { [ORDER]: gwaiFile(devices.slice(3)), [leavers]: request(1, 2, 3) },
      'pr 10',
    )
    const c = repo.commit({ [ORDER]: gwaiFile(devices.slice(4)), [lost]: request(4) }, 'pr 11')
    const gh2 = await github({
      git: { branch: 'main', headSha: c },
      compare: { [`${head}...${c}`]: [recorded, b, c] },
      merged: [merged(10, b, 'alice', ['bob']), merged(11, c, 'carol', ['carol'])],
      pullRequestFiles: { 10: files(ORDER, leavers), 11: files(ORDER, lost) },
    })
    const run = await pushRun(repo, c, gh2.url, sandbox)
    expect(run.code).toBe(1)
    expect(run.outputs.deregistered).toBe('3')
    expect(inBatch()).toEqual(serials(4, 5, 6, 7, 8))
    expect(plain(run.summary)).toContain(
      'not deregistered: pull request #11, which asked for it, has no approval from someone other than its author (@carol)',
    )
    const [recordPath] = (run.outputs.records ?? '').split('\n')
    const record = RegistrationRecordSchema.parse(
      JSON.parse(gh2.git?.filesAt('main').get(recordPath ?? '') ?? ''),
    )
    expect(record.schemaVersion).toBe(2)
    expect(record.devices.map((d) => [d.serialNumber, d.status, d.request])).toEqual(
      serials(1, 2, 3).map((serial, i) => [
        serial,
        'deregistered',
        {
          source: `${leavers}:${i + 2}`,
          pullRequest: 10,
          requestedBy: 'alice',
          approvedBy: ['bob'],
        },
      ]),
    )
    expect(record.devices.every((d) => d.deviceId)).toBe(true)
    const done = checkOut(repo, gh2.git?.filesAt('main') ?? new Map())

    // Pull request 12 (dave, approved by erin) withdraws the unapproved request and asks for
    // four, over a cap of three: none goes.
    const more = 'customers/contoso/deregister/more.csv'
    const d = repo.commit(
      { [ORDER]: gwaiFile([]), [lost]: null, [more]: request(5, 6, 7, 8) },
      'pr 12',
    )
    const gh3 = await github({
      git: { branch: 'main', headSha: d },
      compare: { [`${c}...${d}`]: [done, d] },
      merged: [merged(12, d, 'dave', ['erin'])],
      pullRequestFiles: { 12: files(ORDER, lost, more) },
    })
    const capped = await pushRun(repo, d, gh3.url, sandbox, { 'max-deregistrations': '3' })
    expect(capped.outputs.deregistered).toBe('0')
    expect(inBatch()).toEqual(serials(4, 5, 6, 7, 8))
    expect(plain(capped.summary)).toContain(
      'not deregistered: 4 deregistrations asked for this customer, over the cap of 3 a run; raise max-deregistrations',
    )
    expect(capped.code).toBe(1)
  }, 90_000)
})
