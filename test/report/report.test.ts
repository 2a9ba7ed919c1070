import { describe, expect, it } from 'vitest'
import { finding } from '../../src/findings/finding.js'
import { escapeMarkdown } from '../../src/findings/markdown.js'
import { english, sayer } from '../../src/messages/catalogue.js'
import { buildPlanReport, failureReason } from '../../src/plan/plan-report.js'
import type { CustomerPlan, PlannedDevice } from '../../src/plan/registration-plan.js'
import { COMMENT_LIMIT, renderComment, renderSummary } from '../../src/report/fit-markdown.js'
import { selectAnnotations } from '../../src/report/select-annotations.js'
import { madeUp } from '../helpers/words.js'

const EN = sayer('en')

describe('escapeMarkdown', () => {
  it.each([
    ['a|b', 'a&#124;b'],
    ['`code`', '&#96;code&#96;'],
    ['<script>alert(1)</script>', '&#60;script&#62;alert(1)&#60;/script&#62;'],
    ['@octocat', '&#64;octocat'],
    ['fixes #12', 'fixes &#35;12'],
    ['**bold** _it_ ~x~', '&#42;&#42;bold&#42;&#42; &#95;it&#95; &#126;x&#126;'],
    ['[link](http://x)', '&#91;link&#93;(http&#58;//x)'],
    ['see https://evil.example/p.png', 'see https&#58;//evil.example/p.png'],
    ['www.evil.example', 'www&#46;evil.example'],
    ['line\nbreak\r\nhere', 'line break here'],
    ['a & b', 'a &#38; b'],
    ['$x$ \\ !', '&#36;x&#36; &#92; &#33;'],
    ['- item', '&#45; item'],
    ['SYN00001X', 'SYN00001X'],
  ])('%j becomes %j', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped)
  })
})

function customer(
  slug: string,
  devices: number,
  action: PlannedDevice['action'] = 'register',
): CustomerPlan {
  const list: PlannedDevice[] = Array.from({ length: devices }, (_, i) => ({
    action,
    serialNumber: `SER${String(i).padStart(8, '0')}`,
    manufacturer: 'Contoso Devices',
    model: 'Contoso Book 14',
    productKeyId: '',
    source: `customers/${slug}/devices/order.csv:${i + 2}`,
  }))
  return {
    slug,
    name: slug,
    customerId: '8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60',
    groupTag: 'Microsoft365Managed_Autopilot',
    blocked: false,
    blockReasons: [],
    devices: list,
    recorded: new Map(),
    counts: {
      register: action === 'register' ? devices : 0,
      retry: 0,
      retag: 0,
      already: action === 'already' ? devices : 0,
      blocked: 0,
      removed: 0,
      deregister: 0,
    },
  }
}

describe('fitting GitHub limits', () => {
  const links = {
    repositoryUrl: 'https://github.com/partner/devices',
    ref: 'a'.repeat(40),
    runUrl: 'https://github.com/partner/devices/actions/runs/1',
  }

  it('shrinks the comment in steps until it fits, keeping the marker and the counts', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      finding(
        'AP404',
        { file: 'customers/big/devices/order.csv', line: i + 2, column: 12 },
        madeUp('Hardware Hash is damaged or truncated'),
      ),
    )
    const report = buildPlanReport(
      {
        customers: [
          customer('big', 20_000),
          ...Array.from({ length: 50 }, (_, i) => customer(`quiet-${i}`, 1000, 'already')),
        ],
        digest: 'f'.repeat(64),
        findings: many,
        strayDevices: 0,
      },
      ['customers/big/devices/order.csv'],
    )
    const { body: comment, content } = renderComment(report, links, EN)
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT - 200)
    expect(content).not.toContain('actions/runs')
    expect(comment).toContain('**Merging registers 20,000 devices** for 1 customer')
    expect(comment).toContain('50 other customers with nothing to register and nothing wrong.')
    expect(comment).toContain('[job summary](https://github.com/partner/devices/actions/runs/1)')
    const summary = renderSummary(report, links, EN)
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(1024 * 1024)
    expect(summary).toContain('…and')
  })

  it('keeps every device of a small plan in the comment', () => {
    const report = buildPlanReport(
      { customers: [customer('small', 3)], digest: 'e'.repeat(64), findings: [], strayDevices: 0 },
      [],
    )
    const comment = renderComment(report, links, EN).body
    for (let i = 0; i < 3; i++) expect(comment).toContain(`SER${String(i).padStart(8, '0')}`)
    expect(comment).toContain('**Merging registers 3 devices** for 1 customer')
  })
})

describe('what fails the check', () => {
  const error = finding('AP404', { file: 'customers/a/devices/x.csv', line: 2 }, madeUp('damaged'))
  const warning = finding('AP409', { file: 'customers/a/devices/x.csv', line: 3 }, madeUp('no TPM'))
  const plan = (findings = [error, warning]) => ({
    customers: [],
    digest: '0'.repeat(64),
    findings,
    strayDevices: 0,
  })

  const failureWords = (...args: Parameters<typeof failureReason>) => {
    const reason = failureReason(...args)
    return reason && english(reason)
  }

  it('counts only findings in the changed files', () => {
    expect(failureWords(buildPlanReport(plan(), ['customers/a/devices/x.csv']), 'error')).toBe(
      '1 error(s) in the files this pull request changes',
    )
    const untouched = buildPlanReport(plan(), ['customers/b/devices/y.csv'])
    expect(untouched.summary.preExisting).toBe(2)
    expect(failureReason(untouched, 'error')).toBeUndefined()
  })

  it.each([
    ['error', [warning], undefined],
    ['warning', [warning], '1 warning(s) in the repository'],
    ['never', [error], undefined],
  ] as const)('fail-on %s', (failOn, findings, reason) => {
    expect(failureWords(buildPlanReport(plan([...findings]), null), failOn)).toBe(reason)
  })

  it('annotates errors first, at most 10 of each severity', () => {
    const findings = [
      ...Array.from({ length: 15 }, (_, i) => ({ ...warning, line: i + 2, preExisting: false })),
      ...Array.from({ length: 12 }, (_, i) => ({ ...error, line: i + 2, preExisting: false })),
      { ...error, preExisting: true },
    ]
    const { annotate, more } = selectAnnotations(findings)
    expect(annotate.map((f) => f.severity)).toEqual([
      ...Array(10).fill('error'),
      ...Array(10).fill('warning'),
    ])
    expect(more).toBe(7)
  })
})
