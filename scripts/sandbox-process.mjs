// The Partner Center sandbox as a child process (`autopilot-gitops sandbox`), with what it prints
// about itself: for `npm start` and `npm run bench`, which sign in to it from other processes.
import { spawn } from 'node:child_process'

export function startSandboxProcess(cli, args = []) {
  return new Promise((resolve, reject) => {
    // In English whatever the locale: what it prints is read back below.
    const child = spawn(process.execPath, [cli, 'sandbox', '--lang', 'en', ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let text = ''
    let started = false
    let closed = false
    child.on('error', reject)
    child.on('close', (code) => {
      closed = true
      if (!started) reject(new Error(`the sandbox stopped (exit ${code}): ${text}`))
    })
    child.stdout.on('data', (chunk) => {
      text += chunk
      if (started || !text.includes('Stop it with Ctrl+C.')) return
      started = true
      const find = (pattern) => pattern.exec(text)?.[1] ?? ''
      const printed = {
        partnerCenterUrl: find(/Partner Center sandbox: (\S+)/),
        authorityHost: find(/Token endpoint \(authority-host\): (\S+)/),
        ca: find(/NODE_EXTRA_CA_CERTS=(\S+)/),
        tenantId: find(/tenant-id ([^,\s]+)/),
        clientId: find(/client-id ([^,\s]+)/),
        clientSecret: find(/client-secret ([^,\s]+)/),
        refreshToken: find(/refresh-token ([^,\s]+)/),
      }
      resolve({
        ...printed,
        /** `autopilot-gitops register`'s options to sign in to it and reach it. */
        registerArgs: [
          ...['--tenant-id', printed.tenantId, '--client-id', printed.clientId],
          ...['--authority-host', printed.authorityHost],
          ...['--partner-center-url', printed.partnerCenterUrl],
        ],
        /** Its environment: the secrets, and trust in the certificate (never verification off). */
        registerEnv: {
          NODE_EXTRA_CA_CERTS: printed.ca,
          AUTOPILOT_GITOPS_CLIENT_SECRET: printed.clientSecret,
          AUTOPILOT_GITOPS_REFRESH_TOKEN: printed.refreshToken,
        },
        /** Stops it; resolves with its last words: how many calls it served. */
        stop: () =>
          new Promise((done) => {
            const served = () => done(/Served .*/.exec(text)?.[0] ?? 'no count')
            if (closed) return served()
            child.on('close', served)
            child.kill('SIGTERM')
          }),
      })
    })
  })
}
