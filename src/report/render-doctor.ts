import { escapeControls } from '../findings/escape.js'
import { code, escapeMarkdown, table } from '../findings/markdown.js'
import type { BatchCheck, DoctorReport } from '../use-cases/doctor.js'

const count = new Intl.NumberFormat('en-US')

function batchText(b: BatchCheck): string {
  if (b.exists)
    return `${b.groupTag}: exists${b.devices === undefined ? '' : ` (${count.format(b.devices)} ${b.devices === 1 ? 'device' : 'devices'})`}`
  return `${b.groupTag}: to be created${b.creatable ? ' (App+User can)' : ' (needs create-batch)'}`
}

function headline(report: DoctorReport): string {
  const ready = report.customers.filter((c) => c.ready).length
  return report.ready
    ? `Ready: every customer (${ready}) would register.`
    : `Not ready: ${ready} of ${report.customers.length} customer(s) would register.`
}

/** The preflight as plain text: a line per sign-in and per customer, values escaped. */
export function renderDoctorText(report: DoctorReport): string {
  const lines = [headline(report)]
  for (const s of report.signIns)
    lines.push(`  sign-in ${s.mode}: ${s.ok ? 'ok' : 'failed'}: ${s.detail}`)
  for (const c of report.customers) {
    const batches = c.batches.map(batchText).join('; ')
    lines.push(
      `  ${c.slug}: ${c.ready ? 'ready' : 'not ready'}${batches ? `; ${batches}` : ''}${c.problem ? `; ${c.problem}` : ''}`,
    )
  }
  return `${lines.map(escapeControls).join('\n')}\n`
}

/** The preflight as Markdown, for the job summary. */
export function renderDoctorMarkdown(report: DoctorReport): string {
  const signIns = table(
    ['Sign-in', 'Result', 'Detail'],
    report.signIns.map((s) => [s.mode, s.ok ? '✅ ok' : '❌ failed', escapeMarkdown(s.detail)]),
  )
  const customers = table(
    ['Customer', 'Partner Center', 'Batches', 'Ready', 'What to do'],
    report.customers.map((c) => [
      code(c.slug),
      c.reachable ? 'reachable' : 'not reached',
      escapeMarkdown(c.batches.map(batchText).join('; ')),
      c.ready ? '✅' : '❌',
      escapeMarkdown(c.problem ?? ''),
    ]),
  )
  return `## Autopilot preflight (doctor)\n\n**${escapeMarkdown(headline(report))}**\n\n${signIns}\n\n${customers}\n`
}
