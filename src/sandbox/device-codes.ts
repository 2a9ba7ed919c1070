import { randomBytes, randomInt } from 'node:crypto'
import type { SandboxApp } from './client-credential.js'

/** The grant as RFC 8628 names it, and as MSAL sends it (Entra takes both). */
export const DEVICE_CODE_GRANTS = ['urn:ietf:params:oauth:grant-type:device_code', 'device_code']

/** A sign-in started on one device and finished by a person in a browser (RFC 8628). */
interface DeviceSignIn {
  clientId: string
  userCode: string
  scope: string
  expiresAt: number
  state: 'waiting' | 'approved' | 'declined' | 'redeemed'
}

export interface DeviceCodeOptions {
  /** Seconds between polls that the client is told (Entra says 5). */
  intervalSeconds?: number
  /** How long a code can be used (Entra: 15 minutes). */
  expiresInSeconds?: number
}

type Refusal = { status: number; error: string; description: string }

/** Entra's answer to a client id it does not know, whatever the grant. */
export const UNKNOWN_APP: Refusal = {
  status: 400,
  error: 'unauthorized_client',
  description: 'AADSTS700016: application not found in the directory',
}

/**
 * Entra's device-code flow for apps that allow public client flows: the device asks for a code,
 * a partner admin enters it on the verification page and signs in, and the device, polling the
 * token endpoint meanwhile, is then given an App+User token.
 */
export class DeviceCodes {
  readonly #signIns = new Map<string, DeviceSignIn>()
  readonly #options: DeviceCodeOptions

  constructor(options: DeviceCodeOptions = {}) {
    this.#options = options
  }

  /** The answer of `/devicecode`: the code to show, where to enter it, and the one to poll with. */
  start(
    app: SandboxApp | undefined,
    form: URLSearchParams,
    where: { base: string; now: number },
  ): { status: number; body: Record<string, unknown> } {
    const refused = publicClientProblem(app)
    if (refused) return { status: 400, body: refusal(refused) }
    const scope = form.get('scope') ?? ''
    const deviceCode = randomBytes(24).toString('base64url')
    const userCode = userCodeOf()
    const expiresIn = this.#options.expiresInSeconds ?? 900
    this.#signIns.set(deviceCode, {
      clientId: app?.clientId ?? '',
      userCode,
      scope,
      expiresAt: where.now + expiresIn * 1000,
      state: 'waiting',
    })
    const verificationUri = `${where.base}/device`
    return {
      status: 200,
      body: {
        device_code: deviceCode,
        user_code: userCode,
        verification_uri: verificationUri,
        expires_in: expiresIn,
        interval: this.#options.intervalSeconds ?? 5,
        message: `To sign in, use a web browser to open the page ${verificationUri} and enter the code ${userCode} to authenticate.`,
      },
    }
  }

  /** The person's answer on the verification page; false when the code is unknown or used. */
  answer(userCode: string, approved: boolean, now: number): boolean {
    const wanted = userCode.trim().toUpperCase()
    const found = [...this.#signIns.values()].find(
      (s) => s.userCode === wanted && s.state === 'waiting' && s.expiresAt > now,
    )
    if (!found) return false
    found.state = approved ? 'approved' : 'declined'
    return true
  }

  /** The verification page: its form, or what became of the code posted to it. */
  page(form: URLSearchParams | undefined, now: number): { status: number; html: string } {
    if (!form) return { status: 200, html: DEVICE_PAGE }
    const approved = form.get('decline') === null
    const known = this.answer(form.get('user_code') ?? '', approved, now)
    const said = !known
      ? 'That code is unknown, used or expired.'
      : approved
        ? 'Signed in: go back to the command.'
        : 'Sign-in declined.'
    return { status: known ? 200 : 400, html: `<p>${said}</p>` }
  }

  /** A poll of the token endpoint: the scope it was started with once approved, else why not yet. */
  redeem(app: SandboxApp, form: URLSearchParams, now: number): Refusal | { scope: string } {
    const refused = publicClientProblem(app)
    if (refused) return refused
    const signIn = this.#signIns.get(form.get('device_code') ?? '')
    if (!signIn || signIn.clientId !== app.clientId || signIn.state === 'redeemed')
      return {
        status: 400,
        error: 'invalid_grant',
        description: 'AADSTS70000: the device code is invalid',
      }
    if (signIn.expiresAt <= now)
      return {
        status: 400,
        error: 'expired_token',
        description: 'AADSTS70019: the device code has expired',
      }
    if (signIn.state === 'declined')
      return {
        status: 400,
        error: 'authorization_declined',
        description: 'AADSTS70000: the user declined the sign-in',
      }
    if (signIn.state === 'waiting')
      return {
        status: 400,
        error: 'authorization_pending',
        description: 'AADSTS70016: the user has not signed in yet',
      }
    signIn.state = 'redeemed'
    return { scope: signIn.scope }
  }
}

const DEVICE_PAGE = `<!doctype html><title>Sandbox sign-in</title>
<form method="post"><p>Enter the code the command shows, to sign in as the sandbox's partner admin.</p>
<input name="user_code" autofocus> <button>Sign in</button> <button name="decline" value="1">Decline</button></form>`

/** Entra refuses the flow for an app that does not allow public client flows, as it words it. */
function publicClientProblem(app: SandboxApp | undefined): Refusal | undefined {
  if (!app) return UNKNOWN_APP
  if (app.publicClient) return undefined
  return {
    status: 401,
    error: 'invalid_client',
    description:
      "AADSTS7000218: the request body must contain 'client_assertion' or 'client_secret': the app registration does not allow public client flows",
  }
}

function refusal(problem: Refusal) {
  return { error: problem.error, error_description: problem.description }
}

/** Eight capital letters, easy to type; no I or O, which read as 1 and 0. */
function userCodeOf(): string {
  const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
  return Array.from({ length: 8 }, () => letters[randomInt(letters.length)]).join('')
}
