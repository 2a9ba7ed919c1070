import path from 'node:path'
import * as core from '@actions/core'
import { formatFinding, renderCounts } from '../report/render-text.js'
import type { Finding, Severity } from '../rules/finding.js'
import type { FileChecker } from '../validate/file-checker.js'
import { validateRepository } from '../validate/validate-repository.js'

/** GitHub shows at most 10 annotations of each severity per step; the log holds the rest. */
const ANNOTATIONS_PER_SEVERITY = 10
const COMMANDS = ['auto', 'validate'] as const

export interface ActionEnvironment {
  /** Where the runner checked the repository out (GITHUB_WORKSPACE). */
  workspace: string
  checker?: FileChecker
}

/** The action: read inputs, validate, annotate, set outputs, fail on errors. Never throws. */
export async function runAction(env: ActionEnvironment): Promise<void> {
  try {
    const command = core.getInput('command') || 'auto'
    if (!(COMMANDS as readonly string[]).includes(command)) {
      throw new Error(`input command must be one of ${COMMANDS.join(', ')}, not "${command}"`)
    }
    const root = path.resolve(env.workspace, core.getInput('path') || '.')
    const report = await validateRepository({
      root,
      ...(env.checker ? { checker: env.checker } : {}),
    })
    const prefix = path.relative(env.workspace, root).split(path.sep).join('/')
    annotate(report.findings, prefix)
    core.setOutput('errors', report.summary.errors)
    core.setOutput('warnings', report.summary.warnings)
    core.setOutput('notices', report.summary.notices)
    core.setOutput('devices', report.summary.devices)
    core.info(renderCounts(report))
    if (report.summary.errors > 0) {
      core.setFailed(
        `${report.summary.errors} error(s) in the device files: see the annotations and the log above`,
      )
    }
  } catch (error) {
    core.setFailed(
      `autopilot-gitops could not run: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}

function annotate(findings: readonly Finding[], prefix: string): void {
  const shown: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  let hidden = 0
  for (const f of findings) {
    const file = prefix === '' ? f.file : `${prefix}/${f.file}`
    core.info(formatFinding({ ...f, file }))
    if (shown[f.severity] >= ANNOTATIONS_PER_SEVERITY) {
      hidden += 1
      continue
    }
    shown[f.severity] += 1
    const properties = {
      file,
      startLine: f.line,
      startColumn: f.column,
      title: `${f.rule} ${f.severity}`,
    }
    const message = `${f.message}\nFix: ${f.hint}`
    if (f.severity === 'error') core.error(message, properties)
    else if (f.severity === 'warning') core.warning(message, properties)
    else core.notice(message, properties)
  }
  if (hidden > 0)
    core.info(
      `${hidden} more finding(s) are listed in the log above but not annotated (GitHub's limit).`,
    )
}
