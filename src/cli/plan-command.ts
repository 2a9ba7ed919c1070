import { escapeControls } from '../findings/escape.js'
import { sayInTurn } from '../findings/text-list.js'
import type { Say } from '../messages/catalogue.js'
import type { PlanReport } from '../plan/plan-report.js'
import { requireGitTopLevel } from '../repo/git.js'
import { localRepository } from '../repo/local-repository.js'
import { formatFinding } from '../report/render-text.js'
import { wordsReplacer } from '../report/report-words.js'
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
  if (options.format === 'json') await writeJson(report, io, wordsReplacer(say))
  else io.stdout(renderPlanText(report, say))
  return report.summary.errors > 0 ? 1 : 0
}

/**
 * The plan for a terminal. Names, serials, models, reasons and file names are the partner's: each
 * line has its control characters escaped, so none retitles the terminal or forges a line.
 */
export function renderPlanText(report: PlanReport, say: Say): string {
  const lines: string[] = []
  for (const c of report.customers) lines.push(...customerLines(c, say))
  const current = report.findings.filter((f) => !f.preExisting)
  const old = report.findings.length - current.length
  if (current.length > 0) lines.push('', ...current.map((f) => formatFinding(f, say)))
  const { errors, warnings, notices, toRegister, toRetag, toDeregister, devices } = report.summary
  const moves = `${toRetag > 0 ? say('cli.plan.moves', { n: toRetag }) : ''}${toDeregister > 0 ? say('cli.plan.deregisters', { n: toDeregister }) : ''}`
  const preExisting = old > 0 ? say('cli.plan.preExisting', { n: old }) : ''
  const total = {
    devices,
    register: toRegister,
    moves,
    errors,
    warnings,
    notices,
    old: preExisting,
  }
  lines.push('', say('cli.plan.total', total), say('cli.plan.digest', { digest: report.digest }))
  return `${lines.map(escapeControls).join('\n')}\n`
}

/** A customer's counts, why it is blocked, and each device the merge would act on. */
function customerLines(c: PlanReport['customers'][number], say: Say): string[] {
  const { counts } = c
  const retag = counts.retag > 0 ? say('cli.plan.retag', { n: counts.retag }) : ''
  const gone = counts.deregister > 0 ? say('cli.plan.deregister', { n: counts.deregister }) : ''
  const { register, retry, already, blocked, removed } = counts
  const said = say('cli.plan.counts', { register, retry, already, blocked, removed, retag })
  const lines = [
    say('cli.plan.customer', {
      slug: c.slug,
      name: c.name ?? say('cli.plan.invalidConfig'),
      tenant: c.customerId ?? '?',
      groupTag: c.groupTag ?? '?',
      counts: `${gone}${said}`,
    }),
  ]
  if (c.blocked) lines.push(say('cli.plan.blocked', { reasons: sayInTurn(say, c.blockReasons) }))
  const actions = c.devices.filter((x) => x.action !== 'already')
  const named = actions.map((d) => say(`cli.plan.action.${d.action}`))
  const width = Math.max(8, ...named.map((name) => name.length))
  actions.forEach((d, i) => {
    const what = [d.serialNumber || d.productKeyId, d.manufacturer, d.model]
      .filter(Boolean)
      .join('  ')
    const action = (named[i] ?? d.action).padEnd(width)
    lines.push(`  ${action} ${what}  ${d.source}${d.reason ? `  (${say.text(d.reason)})` : ''}`)
  })
  return lines
}
