import { escapeControls } from '../findings/escape.js'
import { type Finding, findingWords } from '../findings/finding.js'
import type { Say } from '../messages/catalogue.js'
import type { ValidationReport } from '../use-cases/validate-repository.js'

/** Compiler-style lines, one finding each with its fix beneath, then a closing count. */
export function renderText(report: ValidationReport, say: Say): string {
  const lines: string[] = []
  for (const f of report.findings) {
    lines.push(formatFinding(f, say))
    lines.push(`    fix: ${findingWords(f, say).hint}`)
  }
  if (lines.length > 0) lines.push('')
  lines.push(renderCounts(report))
  return `${lines.join('\n')}\n`
}

/** The file name is the partner's: its controls are escaped (the message and hint already are). */
export function formatFinding(f: Finding, say: Say): string {
  return `${escapeControls(f.file)}:${f.line}:${f.column}  ${f.severity.padEnd(7)} ${f.rule}  ${findingWords(f, say).message}`
}

/** `3 files, 5 devices: …`; `in 6 rows` after the devices when a device is listed more than once. */
export function renderCounts(report: ValidationReport): string {
  const { files, devices, rows, errors, warnings, notices } = report.summary
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  const inRows = rows === devices ? '' : ` in ${plural(rows, 'row')}`
  return `${plural(files, 'file')}, ${plural(devices, 'device')}${inRows}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(notices, 'notice')}`
}
