import { afterEach } from 'vitest'
import {
  type DeviceUpload,
  PartnerCenterClient,
  type PartnerCenterClientOptions,
} from '../../src/partner-center/client.js'
import {
  type SandboxOptions,
  startPartnerCenterSandbox,
} from '../../src/sandbox/partner-center-sandbox.js'
import { device, hashOf } from '../helpers/synthetic.js'

export const CUSTOMER = '8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60'
export const OTHER_CUSTOMER = '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0'
export const TAG = 'Microsoft365Managed_Autopilot'

/** The n-th synthetic device as uploaded: its hash and serial. */
export const upload = (n: number, extra: Partial<DeviceUpload> = {}): DeviceUpload => ({
  hardwareHash: hashOf(device(n)),
  serialNumber: device(n).serialNumber,
  ...extra,
})

const open: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((close) => close()))
})

/** The sandbox on port 0, and a client of it that does not wait when it backs off; closed after each test. */
export async function sandboxAndClient(
  sandbox: SandboxOptions = {},
  client: Partial<PartnerCenterClientOptions> = {},
) {
  const server = await startPartnerCenterSandbox(sandbox)
  open.push(server.close)
  const pc = new PartnerCenterClient({
    baseUrl: server.url,
    tokens: { getToken: async () => 'app-token' },
    version: '0.1.0',
    sleep: async () => {},
    random: () => 0.5,
    ...client,
  })
  return { server, pc }
}

/** Polls without pausing. */
export const noWait = { timeoutMs: 60_000, sleep: async () => {} }
