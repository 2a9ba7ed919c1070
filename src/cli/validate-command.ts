import { compareFindings } from '../findings/finding.js'
import { renderText } from '../report/render-text.js'
import { wordsReplacer } from '../report/report-words.js'
import { type ValidationReport, validateRepository } from '../use-cases/validate-repository.js'
import { type CliIo, sayOf } from './cli-io.js'
import { locateTargets } from './locate.js'
import { writeJson } from './write-json.js'

/** `validate`: every rule over the paths given, each checked against its whole repository. */
export async function runValidate(
  paths: readonly string[],
  format: 'text' | 'json',
  io: CliIo,
): Promise<number> {
  const targets = await locateTargets(paths, io.cwd)
  const reports: ValidationReport[] = []
  for (const target of targets) {
    reports.push(
      await validateRepository({
        root: target.root,
        scope: target.scope,
        ...(target.looseFiles ? { looseFiles: target.looseFiles } : {}),
        ...(io.checker ? { checker: io.checker } : {}),
      }),
    )
  }
  const report = mergeReports(reports)
  const say = sayOf(io)
  if (format === 'json') await writeJson(report, io, wordsReplacer(say))
  else io.stdout(renderText(report, say))
  return report.summary.errors > 0 ? 1 : 0
}

/** One report for several repositories (or loose files): findings in order, every count added up. */
function mergeReports(reports: readonly ValidationReport[]): ValidationReport {
  const [first, ...rest] = reports
  // locateTargets gives one target at least: `.` when no path is named.
  if (!first) throw new Error('no path to validate')
  if (rest.length === 0) return first
  const summary = { ...first.summary }
  for (const key of Object.keys(summary) as (keyof ValidationReport['summary'])[])
    summary[key] = reports.reduce((n, r) => n + r.summary[key], 0)
  return {
    schemaVersion: 1,
    summary,
    findings: reports.flatMap((r) => r.findings).sort(compareFindings),
    customers: reports.flatMap((r) => r.customers),
  }
}
