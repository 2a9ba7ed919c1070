import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { envelope } from './answers.js'
import { SandboxFaults } from './faults.js'
import type { RecordedCall, SandboxFault, SandboxOptions } from './sandbox-options.js'
import type { SandboxWorld } from './sandbox-world.js'
import { serveRequest } from './serve-request.js'
import { SandboxState } from './state.js'
import { writeAnswer } from './write-answer.js'

export type { RecordedCall, SandboxFault, SandboxOptions } from './sandbox-options.js'

/** The Partner Center device-batch API on a local port, as reference §12 describes it. */
export async function startPartnerCenterSandbox(options: SandboxOptions = {}, port = 0) {
  const world: SandboxWorld = {
    state: new SandboxState(options.seed),
    options,
    now: options.now ?? Date.now,
    uploads: new Map(),
  }
  const faults = new SandboxFaults()
  const calls: RecordedCall[] = []
  const server: Server = createServer((req, res) => {
    void serveRequest(req, res, { world, faults, calls }).catch((error: unknown) =>
      writeAnswer(res, 500, envelope('InternalServerError', String(error)), {}, options.bom),
    )
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    state: world.state,
    calls,
    /** Answer the next matching requests with these faults, in order. */
    inject: (...more: SandboxFault[]) => faults.inject(...more),
    /** How many injected faults no request has met yet. */
    faultsLeft: () => faults.pending(),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export type PartnerCenterSandbox = Awaited<ReturnType<typeof startPartnerCenterSandbox>>
