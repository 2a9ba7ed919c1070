/** Types of sandbox-process.mjs, for the tests that start the sandbox as a partner does. */
export interface SandboxProcess {
  partnerCenterUrl: string
  authorityHost: string
  /** `autopilot-gitops register`'s options to sign in to it and reach it. */
  registerArgs: string[]
  /** Its environment: the secrets, and trust in its certificate. */
  registerEnv: Record<string, string>
  /** Stops it; resolves with its last words: how many calls it served. */
  stop(): Promise<string>
}

export function startSandboxProcess(cli: string, args?: string[]): Promise<SandboxProcess>
