import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { customerJsonSchema } from '../../src/config/customer-schema.js'
import { parseCustomer } from '../../src/config/read-customer.js'
import { PROJECT } from '../helpers/paths.js'
import { messageOf } from '../helpers/words.js'

const ID = '8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60'
const at = { file: 'customers/contoso/customer.yml', slug: 'contoso' }

describe('customer.yml', () => {
  it('fills the defaults', () => {
    expect(parseCustomer(`name: Contoso\ncustomerId: ${ID}\n`, at)).toEqual({
      customer: {
        name: 'Contoso',
        customerId: ID,
        groupTag: 'Microsoft365Managed_Autopilot',
        managedDesktop: true,
        slug: 'contoso',
        file: at.file,
        customerIdAt: { line: 2, column: 13 },
      },
      findings: [],
    })
  })

  it.each([
    [
      'every Managed Desktop tag',
      `name: C\ncustomerId: ${ID}\ngroupTag: Microsoft365Managed_SensitiveData-Shared\n`,
    ],
    [
      'any tag outside Managed Desktop',
      `name: C\ncustomerId: ${ID}\ngroupTag: Shop floor 2\nmanagedDesktop: false\n`,
    ],
    [
      'an upper-case GUID and a byte order mark',
      `\uFEFFname: C\ncustomerId: ${ID.toUpperCase()}\n`,
    ],
  ])('accepts %s', (_, text) => {
    expect(parseCustomer(text, at).findings).toEqual([])
  })

  it.each([
    [
      'an empty file',
      '',
      [
        ['AP601', 1, 1, '`name` is missing'],
        ['AP601', 1, 1, '`customerId` is missing'],
      ],
    ],
    ['a list instead of a map', '- a\n- b\n', [['AP601', 1, 1, 'customer.yml']]],
    ['broken YAML', 'name: "open\n', [['AP601', 2, 1, 'not valid YAML']]],
    [
      'a customerId that is no GUID',
      `name: C\ncustomerId: contoso.onmicrosoft.com\n`,
      [['AP602', 2, 13, '`contoso.onmicrosoft.com`']],
    ],
    [
      'a customerId that is a number',
      `name: C\ncustomerId: 42\n`,
      [['AP601', 2, 13, '`customerId`']],
    ],
    [
      'a tag in the wrong case',
      `name: C\ncustomerId: ${ID}\ngroupTag: microsoft365managed_standard\n`,
      [['AP603', 3, 11, 'did you mean `Microsoft365Managed_Standard`?']],
    ],
    [
      'a tag with the wrong punctuation',
      `name: C\ncustomerId: ${ID}\ngroupTag: Microsoft365Managed_Kiosk_Shared\n`,
      [['AP603', 3, 11, 'did you mean `Microsoft365Managed_Kiosk-Shared`?']],
    ],
    [
      'a tag far from any',
      `name: C\ncustomerId: ${ID}\ngroupTag: Sales\n`,
      [['AP603', 3, 11, 'not a Managed Desktop group tag']],
    ],
    [
      'an empty tag',
      `name: C\ncustomerId: ${ID}\ngroupTag: ""\n`,
      [['AP601', 3, 11, '`groupTag`']],
    ],
    [
      'a typo in a field name',
      `name: C\ncustomerId: ${ID}\ngrouptag: X\n`,
      [['AP601', 3, 1, '`grouptag`']],
    ],
    [
      'managedDesktop as text',
      `name: C\ncustomerId: ${ID}\nmanagedDesktop: "no"\n`,
      [['AP601', 3, 17, '`managedDesktop`']],
    ],
    [
      'more than 100 aliases, instead of stopping the whole repository',
      `name: &n C\ncustomerId: ${ID}\nmore: [${Array(120).fill('*n').join(', ')}]\n`,
      [['AP601', 3, 8, 'expands its YAML aliases (`*name`) more than 100 times']],
    ],
    [
      'a billion laughs',
      `a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [${Array(9).fill('*a').join(',')}]\nc: &c [${Array(9).fill('*b').join(',')}]\nd: [${Array(9).fill('*c').join(',')}]\n`,
      [['AP601', 2, 8, 'more than 100 times']],
    ],
    [
      '1,500 unknown fields, naming the first five',
      `name: C\ncustomerId: ${ID}\n${Array.from({ length: 1500 }, (_, i) => `k${i}: 1`).join('\n')}\n`,
      [['AP601', 3, 1, '`k0`, `k1`, `k2`, `k3`, `k4` and 1,495 more; the fields are']],
    ],
    [
      'more than 16 KiB, unparsed (50,000 unknown fields took 30 s)',
      `name: C\ncustomerId: ${ID}\n${Array.from({ length: 50_000 }, (_, i) => `k${i}: 1`).join('\n')}\n`,
      [['AP601', 1, 1, 'customer.yml is 477.5 KiB, over the limit of 16.0 KiB; it was not read']],
    ],
    [
      'a 10,000-character customerId, shortened',
      `name: C\ncustomerId: ${'x'.repeat(10_000)}\n`,
      [['AP602', 2, 13, `customerId \`${'x'.repeat(40)}…${'x'.repeat(40)}\` is not a GUID`]],
    ],
    [
      'a 10,000-character group tag, shortened',
      `name: C\ncustomerId: ${ID}\ngroupTag: ${'y'.repeat(10_000)}\n`,
      [['AP603', 3, 11, `group tag \`${'y'.repeat(40)}…${'y'.repeat(40)}\` is not`]],
    ],
    [
      'a thousand YAML errors, listing five',
      ': : :\n'.repeat(1000),
      [
        ['AP601', 1, 3, 'not valid YAML'],
        ['AP601', 1, 5, 'not valid YAML'],
        ['AP601', 1, 6, 'not valid YAML'],
        ['AP601', 2, 3, 'not valid YAML'],
        ['AP601', 2, 5, '(and 2,994 more errors)'],
      ],
    ],
  ])('reports %s', (_, text, expected) => {
    const { customer, findings } = parseCustomer(text, at)
    expect(customer).toBeUndefined()
    expect(findings.map((f) => [f.rule, f.line, f.column])).toEqual(
      expected.map(([r, l, c]) => [r, l, c]),
    )
    expected.forEach(([, , , message], i) => {
      expect(messageOf(findings[i])).toContain(message)
    })
    // However much the file holds, what a message quotes of it is short.
    for (const f of findings) expect(messageOf(f).length).toBeLessThan(400)
  })

  it('the committed JSON Schema is the one the zod schema gives (npm run schema)', () => {
    const committed = JSON.parse(
      readFileSync(path.join(PROJECT, 'schema/customer.schema.json'), 'utf8'),
    )
    expect(committed).toEqual(customerJsonSchema())
  })
})
