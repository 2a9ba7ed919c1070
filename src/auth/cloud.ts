/**
 * Partner Center's endpoint in each cloud, and the Entra authority host that signs in for it.
 * The token's audience is the endpoint itself: Partner Center refuses tokens of another audience
 * (the old `graph.windows.net` ones since August 2025).
 */
export const CLOUDS = [
  {
    partnerCenter: 'https://api.partnercenter.microsoft.com',
    authorityHost: 'https://login.microsoftonline.com',
  },
  // Operated by 21Vianet.
  {
    partnerCenter: 'https://partner.partnercenterapi.microsoftonline.cn',
    authorityHost: 'https://login.chinacloudapi.cn',
  },
] as const

/** The global cloud: Partner Center's endpoint, the default authority host. */
export const GLOBAL_CLOUD = CLOUDS[0]

/**
 * The resource a token is asked for, from `partner-center-url`: the cloud whose endpoint it is,
 * else (the sandbox, a test, a proxy) the global one, whose scope the sandbox expects too.
 */
export function partnerCenterResource(partnerCenterUrl: string | undefined): string {
  const origin = partnerCenterUrl ? safeOrigin(partnerCenterUrl) : undefined
  const cloud = CLOUDS.find((c) => c.partnerCenter === origin) ?? GLOBAL_CLOUD
  return cloud.partnerCenter
}

/** The two scopes: `.default` for the app's own token, `user_impersonation` for App+User. */
export function partnerCenterScopes(partnerCenterUrl: string | undefined) {
  const resource = partnerCenterResource(partnerCenterUrl)
  return { app: `${resource}/.default`, user: `${resource}/user_impersonation` }
}

function safeOrigin(url: string): string | undefined {
  try {
    return new URL(url).origin
  } catch {
    return undefined
  }
}
