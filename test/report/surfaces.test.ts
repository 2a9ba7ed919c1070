import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { redactedRecord } from '../../src/action/records-store.js'
import { runnerOutput } from '../../src/action/runner-output.js'
import { renderPlanText } from '../../src/cli/plan-command.js'
import type { Finding } from '../../src/findings/finding.js'
import { createRedactor, redactValues } from '../../src/findings/redact.js'
import { sayer, text } from '../../src/messages/catalogue.js'
import { LANGUAGES } from '../../src/messages/language.js'
import { buildPlanReport } from '../../src/plan/plan-report.js'
import {
  DEVICE_ACTIONS,
  type DeviceAction,
  type RegistrationPlan,
} from '../../src/plan/registration-plan.js'
import { recordedText } from '../../src/register/record-device.js'
import {
  renderComment,
  renderRegistrationComment,
  renderSummary,
} from '../../src/report/fit-markdown.js'
import type { RegistrationOutcome } from '../../src/report/registration-outcome.js'
import {
  renderRegistrationMarkdown,
  renderRegistrationText,
} from '../../src/report/render-registration.js'
import { formatFinding, renderText } from '../../src/report/render-text.js'
import { isWorkflowCommand, RAW_CONTROL, secretsIn } from '../helpers/surfaces.js'
import { hintOf, messageOf } from '../helpers/words.js'

const EN = sayer('en')

// Whatever a partner wrote and whatever a service said, every surface is free of raw control
// characters, of anything the runner reads as a workflow command, and of secrets and tokens.

const SECRET = 'client-secret-value-0123456789'
const REFRESH = 'refresh-token-value-0123456789'
/** A token the run obtained (the sandbox's shape): known to the Redactor once learnt. */
const TOKEN = 'sandbox.user.Q2FsbCBtZSBJc2htYWVsLg0123'
const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzZWNyZXQtdG9rZW4tdmFsdWUifQ.c2lnbmF0dXJl'
const GITHUB = 'ghs_0123456789abcdefABCDEF0123456789'

const piece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(
    '\n::error title=forged::looks official',
    '\r\n::stop-commands::tok',
    '##[stop-commands]tok',
    '::warning::x',
    '\u001b]0;retitled\u0007',
    '\u001b[2J',
    '\u009b2J',
    '\u202eevil\u2066',
    'a)**bold**~~strike~~(.csv',
    '<img src=x>@octocat #1',
    SECRET,
    REFRESH,
    TOKEN,
    ` Bearer ${JWT}`,
    ` ${JWT}`,
    ' client_secret=abc%2Fdefsecret&refresh_token=xyzrefresh',
    ` Authorization: token ${GITHUB}`,
    ` ${GITHUB}`,
  ),
)
const hostile = fc.array(piece, { maxLength: 5 }).map((parts) => parts.join(''))

// Every action, retag and deregister too: each has a section of its own in the summary.
const action = fc.constantFrom<DeviceAction>(...DEVICE_ACTIONS)

const findingOf = fc.record({
  file: hostile,
  line: fc.nat(9999),
  column: fc.nat(999),
  message: hostile.map((words) => text('verbatim', { words })),
  hint: hostile.map((words) => text('verbatim', { words })),
  severity: fc.constantFrom('error', 'warning', 'notice' as const),
})

const planOf = fc
  .record({
    slug: hostile,
    name: fc.option(hostile),
    groupTag: fc.option(hostile),
    reasons: fc.array(hostile, { maxLength: 2 }),
    devices: fc.array(
      fc.record({
        action,
        serialNumber: hostile,
        model: hostile,
        source: hostile,
        reason: hostile,
      }),
      { maxLength: 4 },
    ),
    findings: fc.array(findingOf, { maxLength: 4 }),
  })
  .map(
    (c): RegistrationPlan => ({
      customers: [
        {
          slug: c.slug,
          name: c.name,
          customerId: '8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60',
          groupTag: c.groupTag,
          blocked: c.reasons.length > 0,
          // Any words at all: what the renderers must escape, whatever a reason quotes.
          blockReasons: c.reasons.map((words) => text('verbatim', { words })),
          devices: c.devices.map((d) => ({
            ...d,
            reason: text('verbatim', { words: d.reason }),
            manufacturer: d.model,
            productKeyId: '',
            source: `customers/${d.source}:${d.reason.length + 2}`,
          })),
          recorded: new Map(),
          counts: {
            register: 1,
            retry: 0,
            retag: c.devices.filter((d) => d.action === 'retag').length,
            already: 0,
            blocked: 0,
            removed: 0,
            deregister: c.devices.filter((d) => d.action === 'deregister').length,
          },
        },
      ],
      digest: 'd'.repeat(64),
      findings: c.findings.map((f): Finding => ({ rule: 'AP404', ...f })),
      strayDevices: 0,
    }),
  )

const outcomeOf = fc
  .record({ slug: hostile, error: hostile, reason: hostile, text: hostile, source: hostile })
  .map(
    (v): RegistrationOutcome => ({
      commit: 'a'.repeat(40),
      digest: 'b'.repeat(64),
      dryRun: false,
      reviewed: [{ number: 7, planDigest: null }],
      counts: {
        registered: 0,
        alreadyRegistered: 0,
        retagged: 0,
        deregistered: 0,
        failed: 1,
        pending: 0,
        skipped: 1,
        wouldSend: 0,
      },
      customers: [
        {
          slug: v.slug,
          groupTag: v.text,
          registered: 0,
          alreadyRegistered: 0,
          retagged: 0,
          deregistered: 0,
          failed: 1,
          pending: 0,
          error: text('verbatim', { words: v.error }),
        },
      ],
      refused: [
        {
          customer: v.slug,
          device: v.text,
          source: `customers/${v.slug}/deregister/${v.text}.csv:2`,
          reason: text('repo.notDeregistered', { why: text('verbatim', { words: v.error }) }),
        },
      ],
      failed: [
        {
          customer: v.slug,
          serialNumber: v.text,
          manufacturer: v.text,
          model: v.text,
          productKeyId: '',
          hardwareHashSha256: '',
          source: `${v.source}:2`,
          status: 'failed',
          deviceId: null,
          trackingId: v.text,
          errorCode: v.text,
          errorName: v.error,
          errorDescription: v.reason,
          transient: false,
        },
      ],
      pending: [],
      skipped: [{ slug: v.slug, reasons: [text('verbatim', { words: v.reason })], devices: 1 }],
      records: [v.source],
      place: { kind: 'temp-only', reason: text('verbatim', { words: v.error }) },
      correlationId: v.text,
    }),
  )

/** A Redactor as a run has it: the configured secrets, and a token learnt on the way. */
function runRedactor() {
  const redactor = createRedactor([SECRET, REFRESH])
  redactor.add(TOKEN)
  return redactor
}

const LINKS = {
  repositoryUrl: 'https://github.com/partner/autopilot-devices',
  ref: 'c'.repeat(40),
  runUrl: 'https://github.com/partner/autopilot-devices/actions/runs/1',
}

function leaks(text: string): string[] {
  return [
    ...secretsIn(text),
    ...[JWT, GITHUB, 'abc%2Fdefsecret', 'xyzrefresh'].filter((s) => text.includes(s)),
  ]
}

/** No raw control but the renderer's own line breaks, no secret, no link that ends early. */
function checkMarkdown(markdown: string): void {
  expect(markdown).not.toMatch(RAW_CONTROL)
  expect(leaks(markdown)).toEqual([])
  // A secret in a file's name is replaced in the target too, by the marker Markdown shows.
  for (const [, target] of markdown.matchAll(/\]\(([^)]*)\)/g))
    expect(target?.replaceAll('&#91;redacted&#93;', 'R')).toMatch(
      /^https:\/\/github\.com\/partner\/autopilot-devices\/[A-Za-z0-9\-._%/#]*$/,
    )
  // Our own tags only: anything else is the partner's HTML, which must be escaped.
  expect(markdown.replace(/<\/?(details|summary|code|br|sub)>|<!-- [^<>]* -->/g, '')).not.toMatch(
    /</,
  )
}

function checkTerminal(text: string): void {
  expect(text).not.toMatch(RAW_CONTROL)
  expect(leaks(text)).toEqual([])
}

afterEach(() => {
  process.exitCode = undefined
})

describe('every surface, whatever the input', () => {
  it.each(LANGUAGES)('Markdown in %s: the job summary, the pull request comments', (language) => {
    const say = sayer(language)
    fc.assert(
      fc.property(planOf, outcomeOf, hostile, (plan, given, note) => {
        const redactor = runRedactor()
        const report = buildPlanReport(plan, null)
        // As the action renders: the outcome redacted as values, every body as Markdown.
        const outcome = redactValues(given, redactor.redact)
        for (const markdown of [
          renderSummary(report, LINKS, say, redactor.redact(note).replace(/[^\w ]/g, '')),
          renderComment(report, LINKS, say).body,
          renderRegistrationMarkdown(outcome, { links: LINKS, maxRows: 10, say }),
          renderRegistrationComment(outcome, LINKS, say).body,
        ])
          checkMarkdown(redactor.redactMarkdown(markdown))
      }),
      { numRuns: 150 },
    )
  })

  it.each(LANGUAGES)(
    'the terminal in %s: validate, plan and register as the CLI prints them',
    (language) => {
      const say = sayer(language)
      fc.assert(
        fc.property(planOf, outcomeOf, (plan, outcome) => {
          const redactor = runRedactor()
          const report = buildPlanReport(plan, null)
          const validation = {
            schemaVersion: 1 as const,
            summary: { files: 1, devices: 1, rows: 1, errors: 1, warnings: 0, notices: 0 },
            findings: plan.findings,
            customers: [],
          }
          for (const text of [
            renderText(validation, say),
            renderPlanText(report, say),
            renderRegistrationText(outcome, say),
          ])
            checkTerminal(redactor.redact(text))
        }),
        { numRuns: 150 },
      )
    },
  )

  it('the log and the annotations, as the action writes them through @actions/core', () => {
    const written: string[] = []
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk))
      return true
    })
    fc.assert(
      fc.property(planOf, outcomeOf, hostile, (plan, outcome, said) => {
        written.length = 0
        const out = runnerOutput(runRedactor())
        for (const f of plan.findings) {
          out.info(formatFinding(f, EN))
          out.annotate(f.severity, `${messageOf(f)}\nFix: ${hintOf(f)}`, {
            file: f.file,
            title: f.file,
          })
        }
        for (const line of renderRegistrationText(outcome, EN).split('\n')) out.info(line)
        out.warning(`Could not comment: ${said}`)
        out.debug(said)
        out.failed(`could not run: ${said}`)
        for (const chunk of written) {
          // One line a write: the command or the text, then the line break.
          expect(chunk.endsWith('\n')).toBe(true)
          const line = chunk.slice(0, -1)
          expect(line).not.toMatch(/[\r\n]/)
          expect(line).not.toMatch(RAW_CONTROL)
          expect(leaks(line)).toEqual([])
          // A command of ours: its data is never read again as a command, but holds no `##[`.
          const ours = /^::(error|warning|notice|debug)( [^:]*)?::/.exec(line)
          if (ours) expect(line.slice(ours[0].length)).not.toContain('##[')
          else expect(isWorkflowCommand(line)).toBe(false)
        }
      }),
      { numRuns: 150 },
    )
  })

  it('records and their copies: bounded, redacted, JSON that reads back the same', () => {
    fc.assert(
      fc.property(hostile, hostile, (name, description) => {
        const redactor = runRedactor()
        const device = {
          errorName: recordedText(name),
          errorDescription: recordedText(description),
        }
        expect((device.errorName ?? '').length).toBeLessThanOrEqual(300)
        const text = redactedRecord(
          `${JSON.stringify({ devices: [device] }, null, 2)}\n`,
          redactor.redact,
        )
        expect(text).not.toMatch(RAW_CONTROL)
        expect(leaks(text)).toEqual([])
        const back = JSON.parse(text).devices[0]
        expect(back.errorName).toBe(
          device.errorName === null ? null : redactor.redact(device.errorName),
        )
      }),
      { numRuns: 150 },
    )
  })
})
