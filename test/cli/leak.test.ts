import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { COMMANDS } from '../../src/cli/commands.js'
import { decodeHardwareHash } from '../../src/hash/decode-hardware-hash.js'
import { CATALOGUES, sayWith } from '../../src/messages/catalogue.js'
import type { Messages } from '../../src/messages/messages.js'
import { gitRepository } from '../helpers/git-repo.js'
import { customerYml, device, gwaiFile, hashOf } from '../helpers/synthetic.js'
import { runInProcess } from './in-process.js'

// No English sentence of ours leaks into the CLI's French: every message of the French catalogue
// is wrapped in ⟦…⟧, and whatever the CLI prints outside those marks must be the partner's own
// values, paths, numbers or punctuation: words written in code instead of the catalogue show.

const wrapped: Messages = Object.fromEntries(
  Object.entries(CATALOGUES.fr).map(([key, message]) => [
    key,
    (p: unknown, f: Parameters<Messages[string]>[1]) => `⟦${message(p, f)}⟧`,
  ]),
)
const say = sayWith('fr', wrapped)

const CUSTOMER = { name: 'Contoso', customerId: '8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60' }
const devices = [device(1), device(2)]
const repo = gitRepository({
  'customers/contoso/customer.yml': customerYml(CUSTOMER),
  'customers/contoso/devices/order.csv': gwaiFile(devices),
})
const empty = mkdtempSync(path.join(tmpdir(), 'autopilot-gitops-leak-'))
const hash = hashOf(device(3))
const decoded = decodeHardwareHash(hash)

const bare = (token: string) => token.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '').toLowerCase()

/** The fixture's own values, which the output quotes as they are. */
const OURS_NOT = new Set(
  [
    'autopilot-gitops',
    'contoso',
    CUSTOMER.name,
    CUSTOMER.customerId,
    'Microsoft365Managed_Autopilot',
    ...devices.flatMap((d) => [d.serialNumber, d.manufacturer, ...d.model.split(' ')]),
    ...Object.values(decoded).flatMap((v) => (typeof v === 'string' ? v.split(/\s+/) : [])),
    'NOPE',
    'nowhere-at-all',
    'frobnicate',
    'xml',
    'nope',
    'de',
  ].map(bare),
)

/** The words left once the catalogue's, the values, paths, numbers and punctuation are gone. */
function leftOver(output: string): string[] {
  // Messages quote messages: the innermost marks go first, until none is left.
  let outside = output
  for (let before = ''; before !== outside; ) {
    before = outside
    outside = outside.replace(/⟦[^⟦⟧]*⟧/g, ' ')
  }
  return outside
    .split(/\s+/)
    .map(bare)
    .filter((token) => token !== '' && !/^[\p{P}\p{S}\p{N}]+$/u.test(token))
    .filter((token) => !token.includes('/') && !/^[0-9a-f]{7,}$/.test(token))
    .filter((token) => !OURS_NOT.has(token))
}

const CASES: [string, string[]][] = [
  ['the general usage', []],
  ['help', ['help']],
  ...COMMANDS.map((c): [string, string[]] => [`${c.name} --help`, [c.name, '--help']]),
  ['an unknown command', ['frobnicate']],
  ['an unknown option', ['validate', '--colour']],
  ['an option without its value', ['plan', '--base']],
  ['a bad format', ['validate', '--format', 'xml']],
  ['two paths to plan', ['plan', 'a', 'b']],
  ['decode-hash without a hash', ['decode-hash']],
  ['an unknown schema', ['schema', 'nope']],
  ['init without a folder', ['init']],
  ['init with half a customer', ['init', 'x', '--customer', 'a']],
  ['create-batch without a customer', ['create-batch']],
  ['adopt without a customer', ['adopt']],
  ['sandbox with a path', ['sandbox', 'x']],
  ['a language it does not speak', ['--lang', 'de']],
  ['a missing path', ['validate', 'nowhere-at-all']],
  ['a folder with no customer', ['plan', empty]],
  ['a revision git does not know', ['plan', repo.root, '--base', 'NOPE']],
  ['register without its app', ['register', repo.root]],
  ['register with bad settings', ['register', repo.root, '--concurrency', '0']],
  ['the plan', ['plan', repo.root]],
  ['a hash decoded', ['decode-hash', hash]],
]

describe('the CLI in French says nothing of its own outside the catalogue', () => {
  it.each(CASES)('%s', async (_, args) => {
    const run = await runInProcess(args, { cwd: repo.root, say })
    const output = `${run.stdout}${run.stderr}`
    expect(output).toContain('⟦')
    expect(leftOver(output)).toEqual([])
  })
})
