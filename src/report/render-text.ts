import { escapeControls } from '../findings/escape.js'
import { type Finding, findingWords } from '../findings/finding.js'
import type { Say } from '../messages/catalogue.js'
import type { ValidationReport } from '../use-cases/validate-repository.js'

/** Compiler-style lines, one finding each with its fix beneath, then a closing count. */
export function renderText(report: ValidationReport, say: Say): string {
  const lines: string[] = []
  for (const f of report.findings) {
    lines.push(formatFinding(f, say))
    lines.push(`    ${say('report.text.fix', { hint: findingWords(f, say).hint })}`)
  }
  if (lines.length > 0) lines.push('')
  lines.push(renderCounts(report, say))
  return `${lines.join('\n')}\n`
}

/** The file name is the partner's: its controls are escaped (the message and hint already are). */
export function formatFinding(f: Finding, say: Say): string {
  const severity = say(`report.severity.${f.severity}`)
  return `${escapeControls(f.file)}:${f.line}:${f.column}  ${severity.padEnd(7)} ${f.rule}  ${findingWords(f, say).message}`
}

/** `3 files, 5 devices: …`; `in 6 rows` after the devices when a device is listed more than once. */
export function renderCounts(report: ValidationReport, say: Say): string {
  const { files, devices, rows, errors, warnings, notices } = report.summary
  const found = say('report.text.found', { errors, warnings, notices })
  return rows === devices
    ? say('report.text.counts', { files, devices, found })
    : say('report.text.countsInRows', { files, devices, rows, found })
}
