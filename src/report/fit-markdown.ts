import type { Say } from '../messages/catalogue.js'
import type { PlanReport } from '../plan/plan-report.js'
import type { RegistrationOutcome } from './registration-outcome.js'
import { renderRegistrationMarkdown } from './render-registration.js'
import { type Links, renderPlanMarkdown, type SummaryOptions } from './render-summary.js'

/** GitHub's limits: a comment body, and one step's job summary. */
export const COMMENT_LIMIT = 65_536
export const SUMMARY_LIMIT = 1024 * 1024

type Step = Omit<SummaryOptions, 'links' | 'note' | 'say'>

/** From the fullest rendering to the barest: each step drops detail the full report still holds. */
const SUMMARY_STEPS: Step[] = [
  { deviceTables: true, maxDeviceRows: 1000, maxFindings: 1000, activeCustomersOnly: false },
  { deviceTables: true, maxDeviceRows: 200, maxFindings: 500, activeCustomersOnly: false },
  { deviceTables: true, maxDeviceRows: 50, maxFindings: 200, activeCustomersOnly: true },
  { deviceTables: false, maxDeviceRows: 0, maxFindings: 100, activeCustomersOnly: true },
  { deviceTables: false, maxDeviceRows: 0, maxFindings: 0, activeCustomersOnly: true },
]
const COMMENT_STEPS: Step[] = [
  { deviceTables: true, maxDeviceRows: 100, maxFindings: 100, activeCustomersOnly: true },
  { deviceTables: true, maxDeviceRows: 20, maxFindings: 50, activeCustomersOnly: true },
  { deviceTables: false, maxDeviceRows: 0, maxFindings: 30, activeCustomersOnly: true },
  { deviceTables: false, maxDeviceRows: 0, maxFindings: 0, activeCustomersOnly: true },
]

export function renderSummary(report: PlanReport, links: Links, say: Say, note?: string): string {
  return shrinkToFit(
    SUMMARY_STEPS,
    SUMMARY_LIMIT,
    (step) => renderPlanMarkdown(report, { ...step, links, say, ...(note ? { note } : {}) }),
    cutNote(say, fullReport(report, say)),
  )
}

/**
 * The sticky comment, shrunk until GitHub takes it (room is left for the marker lines), and the
 * same without the link to the run, whose digest tells whether the plan itself changed.
 */
export function renderComment(
  report: PlanReport,
  links: Links,
  say: Say,
): { body: string; content: string } {
  const render = (l: Links) => {
    const footer = l.runUrl
      ? `\n<sub>${say('report.comment.footer', { url: l.runUrl })}</sub>\n`
      : ''
    return shrinkToFit(
      COMMENT_STEPS,
      COMMENT_LIMIT - 300,
      (step) => `${renderPlanMarkdown(report, { ...step, links: l, say })}${footer}`,
      cutNote(say, fullReport(report, say)),
    )
  }
  const { runUrl: _run, ...stable } = links
  return { body: render(links), content: render(stable) }
}

/** The first rendering, fullest first, that fits `limit` bytes; else the last one, cut visibly. */
function fullReport(report: PlanReport, say: Say): string {
  return say('report.cut.json', { digest: report.digest })
}

/** The line a rendering cut to fit ends with: where the rest is. */
function cutNote(say: Say, where: string): string {
  return `\n\n${say('report.cut', { where })}\n`
}

/**
 * The outcome comment on a merged pull request, with fewer device rows until GitHub takes it (the
 * job summary has them all), and the same without the link to the run.
 */
export function renderRegistrationComment(
  outcome: RegistrationOutcome,
  links: Links,
  say: Say,
): { body: string; content: string } {
  const render = (l: Links) =>
    shrinkToFit(
      REGISTRATION_COMMENT_ROWS,
      REGISTRATION_COMMENT_LIMIT,
      (maxRows) => renderRegistrationMarkdown(outcome, { links: l, maxRows, say }),
      cutNote(say, say('report.cut.summary')),
    )
  const { runUrl: _run, ...stable } = links
  return { body: render(links), content: render(stable) }
}

const REGISTRATION_COMMENT_ROWS = [100, 30, 10, 0]
const REGISTRATION_COMMENT_LIMIT = 65_000

function shrinkToFit<S>(
  steps: readonly S[],
  limit: number,
  render: (step: S) => string,
  note: string,
): string {
  let text = ''
  for (const step of steps) {
    text = render(step)
    if (Buffer.byteLength(text) <= limit) return text
  }
  // Even the barest rendering is too long (thousands of customers): cut it, visibly.
  return (
    Buffer.from(text)
      .subarray(0, limit - Buffer.byteLength(note) - 4)
      .toString('utf8')
      .replace(/\uFFFD$/, '') + note
  )
}
