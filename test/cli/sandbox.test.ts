import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHILD_ENV, NODE } from '../helpers/paths.js'
import { customersRepository } from '../helpers/register-cli.js'
import { bundlePath, runNode } from '../helpers/run-dist.js'
import { device, hashOf } from '../helpers/synthetic.js'

/** `autopilot-gitops sandbox` as a child process, once it has said how to reach it. */
async function sandboxChild(args: string[]) {
  const child = spawn(NODE, [bundlePath('dist/cli/index.js'), 'sandbox', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString()
  })
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve))
  while (!out.includes('Stop it with Ctrl+C.'))
    await new Promise((resolve) => setTimeout(resolve, 20))
  return {
    out,
    /** Ctrl+C, then its exit code. */
    stop: () => {
      child.kill('SIGINT')
      return exited
    },
  }
}

describe('autopilot-gitops sandbox', () => {
  it('serves Partner Center until interrupted, seeded from a file, and stops cleanly', async () => {
    const seed = path.join(tmpdir(), `sandbox-seed-${process.pid}.json`)
    const customer = '8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60'
    writeFileSync(
      seed,
      JSON.stringify({
        customers: {
          [customer]: {
            batches: { Microsoft365Managed_Autopilot: [{ hardwareHash: hashOf(device(1)) }] },
          },
        },
      }),
    )
    const { out, stop } = await sandboxChild(['--seed', seed])
    const url = /Partner Center sandbox: (\S+)/.exec(out)?.[1]
    expect(out).toMatch(/Token endpoint \(authority-host\): https:\/\/127\.0\.0\.1:\d+/)
    const unauthenticated = await fetch(`${url}/v1/customers/${customer}/deviceBatches`)
    expect(unauthenticated.status).toBe(401)
    expect(await stop()).toBe(0)
  })

  it('takes how uploads end from its options, and names a bad one', async () => {
    for (const [flag, value] of [
      ['--ms-to-finish', 'soon'],
      ['--polls-to-finish', 'many'],
      ['--latency-ms', '1.5'],
    ]) {
      const run = await runNode('dist/cli/index.js', ['sandbox', flag ?? '', value ?? ''])
      expect(run.code).toBe(2)
      expect(run.stderr).toContain(`${flag} must be a whole number, not ${value}`)
    }
  })

  it('starts with the --behave switches it knows, and names one it does not know with those it does', async () => {
    const bad = await runNode('dist/cli/index.js', [
      'sandbox',
      '--behave',
      'described-success,slow',
    ])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--behave: unknown `slow`; known: described-success,')
    const help = await runNode('dist/cli/index.js', ['sandbox', '--help'])
    expect(help.stdout).toContain('max-body-bytes: a request body over N bytes is refused with 413')
    const { out, stop } = await sandboxChild(['--behave', 'no-request-replay,max-body-bytes=2000'])
    expect(out).toMatch(/Partner Center sandbox: http:\/\/127\.0\.0\.1:\d+/)
    expect(await stop()).toBe(0)
  })
})

describe('autopilot-gitops register against `sandbox --behave seeded-customers-only`', () => {
  it('is refused (403) for a customer the partner has no relationship with, and says so', async () => {
    const { startSandboxProcess } = await import('../../scripts/sandbox-process.mjs')
    const sandbox = await startSandboxProcess(bundlePath('dist/cli/index.js'), [
      '--behave',
      'seeded-customers-only',
    ])
    try {
      const repo = customersRepository([
        {
          slug: 'contoso',
          customerId: '8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60',
          devices: [device(1)],
        },
      ])
      const run = await runNode(
        'dist/cli/index.js',
        ['register', repo.root, ...sandbox.registerArgs],
        {
          env: { ...CHILD_ENV, ...sandbox.registerEnv },
        },
      )
      expect(run.code).toBe(1)
      expect(run.stdout).toContain(
        'does not have a relationship with customer 8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60',
      )
    } finally {
      await sandbox.stop()
    }
  }, 30_000)
})
