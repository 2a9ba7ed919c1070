import { z } from 'zod'
import { GLOBAL_CLOUD } from '../auth/cloud.js'
import type { DeviceCodeOptions } from './device-codes.js'
import { startPartnerCenterSandbox } from './partner-center-sandbox.js'
import type { SandboxOptions } from './sandbox-options.js'
import type { SandboxSeed } from './state.js'
import { type SandboxApp, startTokenEndpoint, type TokenEndpointOptions } from './token-endpoint.js'

/** The demo app registration the sandbox knows; not secrets of anything real. */
export const SANDBOX_APP = {
  tenantId: '00000000-0000-4000-8000-00000000a11c',
  clientId: '00000000-0000-4000-8000-0000000c11e7',
  clientSecret: 'sandbox-client-secret',
  refreshToken: 'sandbox-refresh-token',
} as const

const DeviceSchema = z.object({
  hardwareHash: z.string().optional(),
  serialNumber: z.string().optional(),
  productKey: z.string().optional(),
  oemManufacturerName: z.string().optional(),
  modelName: z.string().optional(),
})
/** The seed file of `autopilot-gitops sandbox --seed`. */
export const SeedSchema = z.strictObject({
  customers: z
    .record(
      z.string(),
      z.strictObject({ batches: z.record(z.string(), z.array(DeviceSchema)).optional() }),
    )
    .optional(),
  otherTenants: z.array(DeviceSchema).optional(),
  failing: z.array(z.strictObject({ serialNumber: z.string(), errorCode: z.string() })).optional(),
})

/**
 * Partner Center and its sign-in on this machine: the device-batch API (plain http on 127.0.0.1)
 * and Microsoft Entra's token endpoint (https, with a certificate made at start-up). The API takes
 * only tokens the endpoint issued and still valid, and creating a batch needs App+User.
 */
export async function startSandbox(options: StartOptions = {}) {
  const tokens = await startTokenEndpoint(tokenEndpointOptions(options), options.tokenPort ?? 0)
  const partnerCenter = await startPartnerCenterSandbox(
    {
      requireAppUserToCreate: true,
      isAppUser: (token) => tokens.inspect(token)?.kind === 'app+user',
      // A token of another audience (the old graph.windows.net ones, say) is refused.
      acceptToken: (token) =>
        tokens.inspect(token)?.audience === (options.resource ?? GLOBAL_CLOUD.partnerCenter),
      ...options,
      ...(options.seed ? { seed: options.seed } : {}),
    },
    options.port ?? 0,
  )
  return {
    partnerCenterUrl: partnerCenter.url,
    authorityHost: tokens.url,
    /** Trust it with NODE_EXTRA_CA_CERTS: the token endpoint's certificate. */
    certificate: tokens.certificate,
    partnerCenter,
    tokens,
    close: async () => {
      await partnerCenter.close()
      await tokens.close()
    },
  }
}

type StartOptions = {
  seed?: SandboxSeed
  port?: number
  tokenPort?: number
  /** App registrations the token endpoint knows; default the demo app. */
  apps?: SandboxApp[]
  /** The device-code flow's pace: Entra tells clients to poll every 5 s; 1 s here by default. */
  deviceCode?: DeviceCodeOptions
  /** The token endpoint's certificate and key; made at start-up when absent. */
  tls?: { certificate: string; privateKey: string }
  /** The resource tokens are issued for, and Partner Center takes (default the global one). */
  resource?: string
  /** How long a refresh token lives from its issue (default 90 days). */
  refreshTokenLifetimeSeconds?: number
} & Omit<SandboxOptions, 'seed'>

function tokenEndpointOptions(options: StartOptions): TokenEndpointOptions {
  return {
    apps: options.apps ?? [
      // It allows public client flows, as create-batch's app registration must.
      {
        clientId: SANDBOX_APP.clientId,
        clientSecret: SANDBOX_APP.clientSecret,
        publicClient: true,
      },
    ],
    deviceCode: { intervalSeconds: 1, ...options.deviceCode },
    refreshTokens: [SANDBOX_APP.refreshToken],
    ...(options.resource ? { resource: options.resource } : {}),
    ...(options.refreshTokenLifetimeSeconds
      ? { refreshTokenLifetimeSeconds: options.refreshTokenLifetimeSeconds }
      : {}),
    ...(options.tls ? { tls: options.tls } : {}),
    ...(options.echoRequests ? { echoRequests: true } : {}),
  }
}
