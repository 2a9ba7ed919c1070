import { describe, expect, it } from 'vitest'
import { gitRepository } from '../helpers/git-repo.js'
import { runActionBundle } from '../helpers/run-dist.js'
import { isWorkflowCommand, RAW_CONTROL } from '../helpers/surfaces.js'
import {
  csvBytes,
  customerYml,
  device,
  GWAI_HEADER,
  gwaiRow,
  hashOf,
} from '../helpers/synthetic.js'

// File names and cells a partner wrote, reaching the log, the annotations and the summary of the
// bundled action: nothing of theirs is a workflow command, a terminal control or Markdown.

/** A row whose hash is damaged (AP404). */
const damaged = (n: number) =>
  csvBytes([GWAI_HEADER, gwaiRow(device(n), hashOf({ ...device(n), damage: 'checksum' }))])
/** A row whose serial, quoted by AP405, differs from its hash's. */
const serialOf = (n: number, serial: string) =>
  csvBytes([GWAI_HEADER, gwaiRow({ ...device(n), serialNumber: serial }, hashOf(device(n)))])

const FORGED = '::error title=forged::looks official.csv'
const STOP = 'x\n::stop-commands::tok\n.csv'
const BOLD = 'a)**bold**~~strike~~(.csv'
const TERMINAL = '\u001b]0;retitled\u0007\u202eevil\u009b2J.csv'

describe('what a partner wrote, on the runner (dist/index.js)', () => {
  it('forges no annotation, stops no command, ends no link', async () => {
    const repo = gitRepository({
      'customers/contoso/customer.yml': customerYml({
        name: 'Contoso',
        customerId: '8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60',
      }),
      // At the top, each is reported (AP605) with its name at the start of the log line.
      [FORGED]: damaged(1),
      [STOP]: damaged(2),
      [`customers/contoso/devices/${BOLD}`]: damaged(3),
      [`customers/contoso/devices/${TERMINAL}`]: serialOf(4, '##[stop-commands]tok\u001b[2J'),
    })
    const run = await runActionBundle({ command: 'validate' }, repo.root, {
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'partner/autopilot-devices',
      GITHUB_SHA: 'c'.repeat(40),
    })
    expect(run.code).toBe(1)
    const lines = run.stdout.split('\n')
    for (const line of lines) {
      expect(line).not.toMatch(RAW_CONTROL)
      const ours =
        /^::(error|warning|notice|debug)( title=AP\d{3} (error|warning|notice),file=[^:]*,line=\d+,col=\d+)?::/.exec(
          line,
        )
      if (ours) expect(line.slice(ours[0].length)).not.toContain('##[')
      else expect(isWorkflowCommand(line)).toBe(false)
    }
    // Each name is there to read, escaped.
    expect(run.stdout).toContain(`%3A%3Aerror title=forged::looks official.csv:1:1  error   AP605`)
    expect(run.stdout).toContain('x\\n::stop-commands::tok\\n.csv:1:1')
    expect(run.stdout).toContain('\\u001b]0;retitled\\u0007\\u202eevil\\u009b2J.csv')
    expect(run.stdout).toContain('##%5Bstop-commands]tok')
    // The summary: no control, the link's target encoded whole, the name as text.
    expect(run.summary).not.toMatch(RAW_CONTROL)
    expect(run.summary).not.toContain('**bold**')
    expect(run.summary).toContain(
      '(https://github.com/partner/autopilot-devices/blob/cccccccccccccccccccccccccccccccccccccccc/customers/contoso/devices/a%29%2A%2Abold%2A%2A%7E%7Estrike%7E%7E%28.csv#L2)',
    )
    expect(run.summary).toContain('&#92;u202eevil')
  })
})
