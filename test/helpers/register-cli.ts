import type { SyntheticDevice } from '../../src/hash/encode-hardware-hash.js'
import { SANDBOX_APP, type startSandbox } from '../../src/sandbox/start-sandbox.js'
import { type Files, gitRepository } from './git-repo.js'
import { CHILD_ENV, PROJECT } from './paths.js'
import { registerArgs } from './register-args.js'
import { runNode } from './run-dist.js'
import { customerYml, gwaiFile } from './synthetic.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>

/** A repository of these customers, each with its devices in one file, and more files besides. */
export function customersRepository(
  customers: readonly { slug: string; customerId: string; devices: readonly SyntheticDevice[] }[],
  more: Files = {},
) {
  const files: Files = {}
  for (const c of customers) {
    files[`customers/${c.slug}/customer.yml`] = customerYml({
      name: c.slug,
      customerId: c.customerId,
    })
    files[`customers/${c.slug}/devices/order.csv`] = gwaiFile(c.devices)
  }
  return gitRepository({ ...files, ...more })
}

/** The bundled CLI's `register` of `root` against the sandbox, signed in as its demo app App+User. */
export function registerWithCli(
  root: string,
  sandbox: Sandbox,
  options: { secret: string; args?: string[]; signal?: AbortSignal },
) {
  return runNode('dist/cli/index.js', registerArgs(root, sandbox, options.args ?? []), {
    cwd: PROJECT,
    env: {
      ...CHILD_ENV,
      NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS ?? '',
      AUTOPILOT_GITOPS_CLIENT_SECRET: options.secret,
      AUTOPILOT_GITOPS_REFRESH_TOKEN: SANDBOX_APP.refreshToken,
    },
    ...(options.signal ? { signal: options.signal } : {}),
  })
}

/** How many uploads sent each serial to the sandbox (a retry under one MS-RequestId is one upload). */
export function uploadsBySerial(sandbox: Sandbox): Map<string, number> {
  const count = new Map<string, number>()
  for (const job of sandbox.partnerCenter.state.jobs.values())
    for (const d of job.devices)
      count.set(d.serialNumber ?? '', (count.get(d.serialNumber ?? '') ?? 0) + 1)
  return count
}
