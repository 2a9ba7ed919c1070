import { escapeControls } from '../findings/escape.js'
import { code, escapeMarkdown, table } from '../findings/markdown.js'
import type { Say } from '../messages/catalogue.js'
import type { BatchCheck, DoctorReport } from '../use-cases/doctor.js'
import { said } from './said.js'

function batchText(b: BatchCheck, say: Say): string {
  if (b.exists)
    return b.devices === undefined
      ? say('report.doctor.batchExists', { groupTag: b.groupTag })
      : say('report.doctor.batchExistsWith', { groupTag: b.groupTag, devices: b.devices })
  return b.creatable
    ? say('report.doctor.batchCreatable', { groupTag: b.groupTag })
    : say('report.doctor.batchNeedsCommand', { groupTag: b.groupTag })
}

function headline(report: DoctorReport, say: Say): string {
  const ready = report.customers.filter((c) => c.ready).length
  return report.ready
    ? say('report.doctor.ready', { customers: ready })
    : say('report.doctor.notReady', { ready, customers: report.customers.length })
}

/** The preflight as plain text: a line per sign-in and per customer, values escaped. */
export function renderDoctorText(report: DoctorReport, say: Say): string {
  const lines = [headline(report, say)]
  for (const s of report.signIns) {
    const result = say(s.ok ? 'report.doctor.ok' : 'report.doctor.failed')
    const line = say('report.doctor.signInLine', {
      mode: say(`report.doctor.mode.${s.mode}`),
      result,
      detail: said(say, s.detail),
    })
    lines.push(`  ${line}`)
  }
  for (const c of report.customers) {
    const batches = c.batches.map((b) => batchText(b, say)).join(say('report.separator'))
    const standing = say(c.ready ? 'report.doctor.customerReady' : 'report.doctor.customerNotReady')
    const separator = say('report.separator')
    const problem = c.problem ? `${separator}${said(say, c.problem)}` : ''
    lines.push(
      `  ${say('report.doctor.customerLine', { customer: c.slug, standing })}${batches ? `${separator}${batches}` : ''}${problem}`,
    )
  }
  return `${lines.map(escapeControls).join('\n')}\n`
}

/** The preflight as Markdown, for the job summary. */
export function renderDoctorMarkdown(report: DoctorReport, say: Say): string {
  const signIns = table(
    (['signIn', 'result', 'detail'] as const).map((h) => say(`report.column.${h}`)),
    report.signIns.map((s) => [
      say(`report.doctor.mode.${s.mode}`),
      s.ok ? `✅ ${say('report.doctor.ok')}` : `❌ ${say('report.doctor.failed')}`,
      escapeMarkdown(said(say, s.detail)),
    ]),
  )
  const headers = ['customer', 'partnerCenter', 'batches', 'ready', 'whatToDo'] as const
  const customers = table(
    headers.map((h) => say(`report.column.${h}`)),
    report.customers.map((c) => [
      code(c.slug),
      say(c.reachable ? 'report.doctor.reachable' : 'report.doctor.notReached'),
      escapeMarkdown(c.batches.map((b) => batchText(b, say)).join(say('report.separator'))),
      c.ready ? '✅' : '❌',
      escapeMarkdown(said(say, c.problem)),
    ]),
  )
  return `## ${say('report.doctor.title')}\n\n**${escapeMarkdown(headline(report, say))}**\n\n${signIns}\n\n${customers}\n`
}
