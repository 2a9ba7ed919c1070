import type { Finding } from '../findings/finding.js'
import type { ValidationReport } from '../use-cases/validate-repository.js'

/** Compiler-style lines, one finding each with its fix beneath, then a closing count. */
export function renderText(report: ValidationReport): string {
  const lines: string[] = []
  for (const f of report.findings) {
    lines.push(formatFinding(f))
    lines.push(`    fix: ${f.hint}`)
  }
  if (lines.length > 0) lines.push('')
  lines.push(renderCounts(report))
  return `${lines.join('\n')}\n`
}

export function formatFinding(f: Finding): string {
  return `${f.file}:${f.line}:${f.column}  ${f.severity.padEnd(7)} ${f.rule}  ${f.message}`
}

export function renderCounts(report: ValidationReport): string {
  const { files, devices, errors, warnings, notices } = report.summary
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  return `${plural(files, 'file')}, ${plural(devices, 'device')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(notices, 'notice')}`
}
