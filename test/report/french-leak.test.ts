import { describe, expect, it } from 'vitest'
import { annotateFindings, commentPlan, planNotes } from '../../src/action/plan-surfaces.js'
import type { RunnerOutput } from '../../src/action/runner-output.js'
import { escapeMarkdown } from '../../src/findings/markdown.js'
import { CATALOGUES, type Say, sayWith, text } from '../../src/messages/catalogue.js'
import type { Messages } from '../../src/messages/messages.js'
import { recordsPullRequestText } from '../../src/plan/records-pull-request.js'
import { driftIssueText } from '../../src/report/drift-issue.js'
import {
  renderComment,
  renderRegistrationComment,
  renderSummary,
} from '../../src/report/fit-markdown.js'
import { renderRefreshTokenNote } from '../../src/report/refresh-token-note.js'
import { registrationFailure } from '../../src/report/registration-outcome.js'
import { renderAdoptionText } from '../../src/report/render-adoption.js'
import { renderDoctorMarkdown, renderDoctorText } from '../../src/report/render-doctor.js'
import { renderDriftMarkdown, renderDriftText } from '../../src/report/render-drift.js'
import {
  renderRegistrationMarkdown,
  renderRegistrationText,
} from '../../src/report/render-registration.js'
import { renderText } from '../../src/report/render-text.js'
import {
  LINKS,
  REFRESH_NOTES,
  richAdoption,
  richDoctor,
  richDrift,
  richOutcome,
  richPlan,
} from './rich-reports.js'

// Every word of ours in a French surface comes from the catalogue: each French message is said
// inside ⟦ ⟧, and once those spans, the fixtures' own values, numbers and markup are taken out,
// no letter may be left. A sentence written outside the catalogue would be.

const OPEN = '⟦'
const CLOSE = '⟧'

function marked(catalogue: Messages, unmarked: readonly string[] = []): Messages {
  return Object.fromEntries(
    Object.entries(catalogue).map(([key, message]) => [
      key,
      unmarked.includes(key)
        ? message
        : (p: Parameters<typeof message>[0], f: Parameters<typeof message>[1]) =>
            OPEN + message(p, f) + CLOSE,
    ]),
  )
}

/** A runner that records what the plan's surfaces write, and writes nothing. */
function recordingRunner(): { out: RunnerOutput; written: string[] } {
  const written: string[] = []
  const out: RunnerOutput = {
    redact: (text) => text,
    redactMarkdown: (markdown) => markdown,
    info: () => {},
    debug: () => {},
    annotate: (_severity, message, properties) => {
      written.push(message, properties?.title ?? '')
    },
    warning: () => {},
    failed: () => {},
    output: () => {},
    summary: async () => {},
    input: () => '',
    mask: () => {},
    idToken: async () => '',
  }
  return { out, written }
}

/** Every surface a French partner reads, rendered from the rich fixtures. */
async function surfaces(say: Say): Promise<string[]> {
  const plan = richPlan()
  const outcome = richOutcome()
  const drift = richDrift()
  const { out, written } = recordingRunner()
  annotateFindings(out, plan, '', say)
  const base = { plan: { customers: [], digest: '', findings: [], strayDevices: 0 }, report: plan }
  const notes = planNotes(
    out,
    {
      ...base,
      partnerCenter: {
        kind: 'asked',
        customers: 2,
        found: 1,
        problems: [text('verbatim', { words: 'fabrikam: 403' })],
      },
      changesSource: { kind: 'git', base: 'a'.repeat(40), head: 'b'.repeat(40), apiProblem: 'x' },
      recordsPullRequest: true,
    },
    say,
  )
  const otherNotes = [
    { kind: 'api' } as const,
    { kind: 'none', apiProblem: 'HTTP 500' } as const,
  ].flatMap((changesSource) =>
    planNotes(
      out,
      {
        ...base,
        changesSource,
        adoptionPullRequest: true,
        partnerCenter: { kind: 'failed', reason: 'HTTP 500' },
      },
      say,
    ),
  )
  notes.push(...otherNotes)
  const pr = { number: 7, owner: 'partner', repo: 'autopilot-devices' } as never
  notes.push(await commentPlan(out, null, pr, plan, LINKS, say))
  const places = [
    { kind: 'commit', sha: 'c'.repeat(40) },
    { kind: 'working-tree' },
    { kind: 'temp-only', reason: text('report.records.noGithubToken') },
  ] as const
  const validation = {
    schemaVersion: 1 as const,
    summary: { files: 2, devices: 1204, rows: 1205, errors: 1, warnings: 2, notices: 1 },
    findings: plan.findings,
    customers: [],
  }
  const rendered = [
    ...written,
    renderSummary(plan, LINKS, say, notes.join(' ')),
    renderSummary(richPlan(null), LINKS, say),
    renderComment(plan, LINKS, say).body,
    renderRegistrationMarkdown(outcome, { links: LINKS, maxRows: 1, say }),
    renderRegistrationMarkdown(richOutcome({ dryRun: true, records: [] }), {
      links: LINKS,
      maxRows: 10,
      say,
    }),
    renderRegistrationComment(outcome, LINKS, say).body,
    renderRegistrationComment(richOutcome({ reviewed: [], records: [] }), LINKS, say).body,
    ...places.map((place) =>
      renderRegistrationMarkdown(richOutcome({ place }), { links: LINKS, maxRows: 10, say }),
    ),
    renderRegistrationText(outcome, say),
    renderRegistrationText(richOutcome({ dryRun: true }), say),
    renderRegistrationText(
      richOutcome({ customers: [], skipped: [], counts: { ...outcome.counts, skipped: 0 } }),
      say,
    ),
    registrationFailure(richOutcome({ place: places[2] }), say) ?? '',
    renderDriftMarkdown(drift, say),
    renderDriftMarkdown({ ...drift, customers: [], drift: false }, say),
    renderDriftText(drift, say),
    ...drift.customers.flatMap((c) => {
      const issue = driftIssueText(c, { at: '2026-12-01T06:00:00Z', runUrl: LINKS.runUrl }, say)
      const bare = driftIssueText(c, { at: '2026-12-01T06:00:00Z' }, say)
      return [issue.title, issue.body ?? '', issue.resolved, bare.resolved]
    }),
    renderDoctorMarkdown(richDoctor(), say),
    renderDoctorMarkdown({ ...richDoctor(), ready: true }, say),
    renderDoctorText(richDoctor(), say),
    renderAdoptionText(richAdoption(), say),
    renderAdoptionText(richAdoption(false), say),
    ...REFRESH_NOTES.map((note) => renderRefreshTokenNote(note, say).markdown),
    ...Object.values(recordsPullRequestText(say, { commit: 'a'.repeat(40), branch: 'main' })),
    renderText(validation, say),
  ]
  return rendered.filter((surface) => surface !== '')
}

/**
 * Every string a fixture holds, as it is and as Markdown escapes it; not the values of the
 * fields that name a state (`action`, `status`, `kind`…): English words a renderer must say.
 */
function fixtureValues(): string[] {
  const states = new Set(['action', 'status', 'kind', 'severity', 'why', 'mode'])
  const values = new Set<string>()
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      values.add(value)
      values.add(escapeMarkdown(value))
    } else if (Array.isArray(value)) value.forEach(walk)
    else if (value && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) if (!states.has(key)) walk(item)
  }
  walk([richPlan(), richOutcome(), richDrift(), richDoctor(), richAdoption(), REFRESH_NOTES, LINKS])
  walk(['main', 'fabrikam: 403', 'secrets-token', 'autopilot-gitops create-batch'])
  return [...values].filter((v) => v.length > 1).sort((a, b) => b.length - a.length)
}

/** What is left of a surface once our words, the fixtures' values, numbers and markup are gone. */
function leftOver(surface: string, values: readonly string[]): string {
  let text = surface
  for (let before = ''; before !== text; ) {
    before = text
    text = text.replace(/⟦[^⟦⟧]*⟧/g, ' ')
  }
  for (const value of values) text = text.replaceAll(value, ' ')
  return text
    .replace(/<!--[\s\S]*?-->|<\/?[a-z]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/&#\d+;/g, ' ')
    .replace(/```sh/g, ' ')
    .replace(/\b[0-9a-f]{7,}\b/g, ' ')
    .replace(/[\d\s]+/g, ' ')
}

describe('no English sentence of ours in a French surface', () => {
  it('says every word of every surface through the catalogue', async () => {
    const say = sayWith('fr', marked(CATALOGUES.fr))
    const values = fixtureValues()
    const rendered = await surfaces(say)
    expect(rendered.filter((s) => s.includes(OPEN)).length).toBe(rendered.length)
    const leaks = rendered
      .map((surface) => leftOver(surface, values))
      .filter((rest) => /\p{L}/u.test(rest))
    expect(leaks).toEqual([])
  })

  it('would see a message said outside the marks (the check is not blind)', async () => {
    const say = sayWith('fr', marked(CATALOGUES.fr, ['report.retag.intro']))
    const leaks = (await surfaces(say))
      .map((surface) => leftOver(surface, fixtureValues()))
      .filter((rest) => /\p{L}/u.test(rest))
    expect(leaks.join(' ')).toContain('La fusion retire chaque appareil')
  })
})
