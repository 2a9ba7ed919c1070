import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { CHILD_ENV, NODE, PROJECT } from './paths.js'
import { capture } from './secrets.js'

export interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/**
 * The event payload the runner hands the action (GITHUB_EVENT_PATH), in a folder of its own: test
 * files running side by side share tmpdir().
 */
export function writeEvent(payload: unknown): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'autopilot-gitops-event-')), 'event.json')
  writeFileSync(file, JSON.stringify(payload))
  return file
}

/**
 * Where a script of dist/ is: in dist/, or in the folder AUTOPILOT_GITOPS_TEST_DIST names (a build
 * of the working tree elsewhere, `node scripts/build.mjs /tmp/x`, tried before dist/ is rebuilt).
 */
export function bundlePath(script: string): string {
  const elsewhere = process.env.AUTOPILOT_GITOPS_TEST_DIST
  if (elsewhere && script.startsWith('dist/')) return path.join(elsewhere, script.slice(5))
  return path.join(PROJECT, script)
}

/** Runs a bundle from dist/ with Node 24, as a partner's shell or the Actions runner would. */
export function runNode(
  script: string,
  args: readonly string[],
  options: {
    cwd?: string
    env?: NodeJS.ProcessEnv
    stdin?: string
    signal?: AbortSignal
    /** How an abort stops it: SIGKILL (a lost runner) by default, SIGTERM as the runner cancels. */
    killSignal?: NodeJS.Signals
    /** Told standard error as it comes: a test answers what the command asks meanwhile. */
    onStderr?: (text: string) => void
  } = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [bundlePath(script), ...args], {
      cwd: options.cwd ?? PROJECT,
      // The bundles run git: the machine's own git configuration must not change what they see.
      env: {
        ...(options.env ?? CHILD_ENV),
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_CONFIG_NOSYSTEM: '1',
      },
      // Aborting kills the process outright, as a cancelled job or a lost runner would.
      ...(options.signal
        ? { signal: options.signal, killSignal: options.killSignal ?? ('SIGKILL' as const) }
        : {}),
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString()
    })
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString()
      options.onStderr?.(stderr)
    })
    child.on('error', (error) => {
      if (error.name !== 'AbortError') reject(error)
    })
    child.on('close', (code) => resolve({ code, stdout: capture(stdout), stderr: capture(stderr) }))
    child.stdin.end(options.stdin ?? '')
  })
}

export const runCliBundle = (args: readonly string[], options?: { cwd?: string; stdin?: string }) =>
  runNode('dist/cli/index.js', args, options)

export interface ActionRun extends Run {
  outputs: Record<string, string>
  summary: string
  /** The run's RUNNER_TEMP. */
  temp: string
}

/** Runs dist/index.js the way the runner does: inputs as INPUT_*, files for outputs and summary. */
export async function runActionBundle(
  inputs: Record<string, string>,
  workspace: string,
  extraEnv: NodeJS.ProcessEnv = {},
  signal?: AbortSignal,
  killSignal?: NodeJS.Signals,
): Promise<ActionRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'autopilot-gitops-runner-'))
  const outputFile = path.join(dir, 'output')
  const summaryFile = path.join(dir, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env: NodeJS.ProcessEnv = {
    ...CHILD_ENV,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: dir,
    ...extraEnv,
  }
  for (const [name, value] of Object.entries(inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  const run = await runNode('dist/index.js', [], {
    cwd: workspace,
    env,
    ...(signal ? { signal } : {}),
    ...(killSignal ? { killSignal } : {}),
  })
  return {
    ...run,
    outputs: parseOutputs(capture(readFileSync(outputFile, 'utf8'))),
    summary: capture(readFileSync(summaryFile, 'utf8')),
    temp: dir,
  }
}

/** GITHUB_OUTPUT holds `name<<DELIMITER` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const match of text.matchAll(pattern)) outputs[match[1] as string] = match[3] as string
  return outputs
}
