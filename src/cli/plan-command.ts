import { escapeControls } from '../findings/escape.js'
import { sayInTurn } from '../findings/text-list.js'
import type { Say } from '../messages/catalogue.js'
import type { PlanReport } from '../plan/plan-report.js'
import { requireGitTopLevel } from '../repo/git.js'
import { localRepository } from '../repo/local-repository.js'
import { formatFinding } from '../report/render-text.js'
import { inWords } from '../report/report-words.js'
import { planChanges } from '../use-cases/plan-changes.js'
import { type CliIo, sayOf } from './cli-io.js'
import { requireRoot } from './locate.js'
import { writeJson } from './write-json.js'

/** `plan`: what merging would register, as the pull request shows it; with --base, scoped to what changed since REF. */
export async function runPlanCommand(
  given: string | undefined,
  options: { base?: string; format: 'text' | 'json' },
  io: CliIo,
): Promise<number> {
  const root = await requireRoot(given, io.cwd)
  const topLevel = options.base ? await requireGitTopLevel(root) : root
  const repository = localRepository({
    root,
    topLevel,
    ...(io.checker ? { checker: io.checker } : {}),
  })
  const changed = options.base ? await repository.changedSince(options.base) : null
  const { report } = await planChanges({ repository, changed })
  const say = sayOf(io)
  if (options.format === 'json') await writeJson(inWords(report, say), io)
  else io.stdout(renderPlanText(report, say))
  return report.summary.errors > 0 ? 1 : 0
}

/**
 * The plan for a terminal. Names, serials, models, reasons and file names are the partner's: each
 * line has its control characters escaped, so none retitles the terminal or forges a line.
 */
export function renderPlanText(report: PlanReport, say: Say): string {
  const lines: string[] = []
  for (const c of report.customers) {
    const retag = c.counts.retag > 0 ? `, ${c.counts.retag} to retag` : ''
    const gone = c.counts.deregister > 0 ? `${c.counts.deregister} TO DEREGISTER, ` : ''
    const counts = `${gone}${c.counts.register} to register, ${c.counts.retry} to retry${retag}, ${c.counts.already} already registered, ${c.counts.blocked} blocked, ${c.counts.removed} removed`
    lines.push(
      `${c.slug} (${c.name ?? 'customer.yml invalid'}) tenant ${c.customerId ?? '?'} group tag ${c.groupTag ?? '?'}: ${counts}`,
    )
    if (c.blocked) lines.push(`  BLOCKED, nothing is registered: ${sayInTurn(say, c.blockReasons)}`)
    for (const d of c.devices.filter((x) => x.action !== 'already')) {
      const what = [d.serialNumber || d.productKeyId, d.manufacturer, d.model]
        .filter(Boolean)
        .join('  ')
      lines.push(
        `  ${d.action.padEnd(8)} ${what}  ${d.source}${d.reason ? `  (${say.text(d.reason)})` : ''}`,
      )
    }
  }
  const current = report.findings.filter((f) => !f.preExisting)
  const old = report.findings.length - current.length
  if (current.length > 0) lines.push('', ...current.map((f) => formatFinding(f, say)))
  const { errors, warnings, notices, toRegister, toRetag, toDeregister, devices } = report.summary
  const moves = `${toRetag > 0 ? `, moves ${toRetag} to another group tag` : ''}${toDeregister > 0 ? `, DEREGISTERS ${toDeregister}` : ''}`
  lines.push(
    '',
    `${devices} devices; merging registers ${toRegister}${moves}. ${errors} errors, ${warnings} warnings, ${notices} notices${old > 0 ? `, ${old} pre-existing findings in unchanged files` : ''}.`,
    `plan digest ${report.digest}`,
  )
  return `${lines.map(escapeControls).join('\n')}\n`
}
