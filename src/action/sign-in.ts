import {
  ACTION_SETTING_NAMES,
  createSignIn,
  type PartnerCenterSignIn,
} from '../auth/token-provider.js'
import type { RunContext } from '../context/run-context.js'
import { textError } from '../findings/error-words.js'
import { connectPartnerCenter } from '../partner-center/connect.js'
import type { ConnectPartnerCenter } from '../use-cases/ports.js'
import type { ActionInputs } from './inputs.js'
import type { ActionSetup } from './setup.js'

/**
 * Sign-in from the inputs; secrets were masked when the inputs were read. Each token it obtains
 * is masked in the log and told to the run's Redactor.
 */
export function signInFromInputs({
  inputs,
  env,
  redactor,
  out,
}: Pick<ActionSetup, 'inputs' | 'env' | 'redactor' | 'out'>) {
  if (!inputs.tenantId || !inputs.clientId) {
    throw textError('error.setup.needsSignIn')
  }
  return createSignIn({
    tenantId: inputs.tenantId,
    clientId: inputs.clientId,
    clientSecret: inputs.clientSecret,
    clientCertificate: inputs.clientCertificate,
    refreshToken: inputs.refreshToken,
    authorityHost: inputs.authorityHost,
    partnerCenterUrl: inputs.partnerCenterUrl,
    // Without id-token: write the runner gives no token URL: leave the mode out, so the error says why.
    getIdToken: env.ACTIONS_ID_TOKEN_REQUEST_URL
      ? (audience: string) => out.idToken(audience)
      : undefined,
    maskSecret: (value) => out.mask(value),
    redactor,
    settings: ACTION_SETTING_NAMES,
  })
}

/** Whether the inputs name an app registration to sign in with. */
export function hasSignIn(inputs: ActionInputs): boolean {
  return Boolean(inputs.tenantId && inputs.clientId)
}

/** The run's one sign-in, made when first asked for: by the use case, or by the renewal after it. */
export function lazySignIn(
  setup: Pick<ActionSetup, 'inputs' | 'env' | 'redactor' | 'out'>,
): () => PartnerCenterSignIn {
  let made: PartnerCenterSignIn | undefined
  return () => {
    made ??= signInFromInputs(setup)
    return made
  }
}

/** The same, never App+User: the read-only commands redeem no refresh token, configured or not. */
export function appOnlySignIn(
  setup: Pick<ActionSetup, 'inputs' | 'env' | 'redactor' | 'out'>,
): () => PartnerCenterSignIn {
  return lazySignIn({ ...setup, inputs: { ...setup.inputs, refreshToken: undefined } })
}

/** Partner Center as the inputs name it, signed in only when a use case first needs it. */
export function partnerCenterFromInputs(
  setup: Pick<ActionSetup, 'inputs' | 'redactor'>,
  context: RunContext,
  signIn: () => PartnerCenterSignIn,
): ConnectPartnerCenter {
  const { inputs, redactor } = setup
  return () => connectPartnerCenter(signIn(), inputs, redactor.redact, context)
}
