import type { RunContext } from '../context/run-context.js'
import { VERSION } from '../version.js'
import { PartnerCenterClient, type TokenProvider } from './client.js'

/**
 * The client over a sign-in, as the action and the CLI both make it: the run's redaction, its
 * clock, and the settings they read from inputs or flags alike.
 */
export function connectPartnerCenter(
  tokens: TokenProvider & { appUser: boolean },
  settings: { partnerCenterUrl: string; chunkSize: number },
  redact: (text: string) => string,
  context: Pick<RunContext, 'now' | 'sleep'>,
): { client: PartnerCenterClient; appUser: boolean } {
  const client = new PartnerCenterClient({
    redact,
    baseUrl: settings.partnerCenterUrl,
    tokens,
    version: VERSION,
    chunkSize: settings.chunkSize,
    now: context.now,
    sleep: context.sleep,
  })
  return { client, appUser: tokens.appUser }
}
