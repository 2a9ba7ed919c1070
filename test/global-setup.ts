import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { selfSignedCertificate } from '../src/sandbox/self-signed.js'

/**
 * Node reads NODE_EXTRA_CA_CERTS when a process starts, so the sandbox's certificate for the
 * in-process tests is made here, before the test processes are forked, and trusted that way:
 * the same way `npm start` trusts the sandbox, never by turning verification off.
 */
export default function setup(): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'autopilot-gitops-tls-'))
  const tls = selfSignedCertificate()
  writeFileSync(path.join(dir, 'ca.pem'), tls.certificate)
  writeFileSync(path.join(dir, 'tls.json'), JSON.stringify(tls))
  process.env.NODE_EXTRA_CA_CERTS = path.join(dir, 'ca.pem')
  process.env.AUTOPILOT_GITOPS_TEST_TLS = path.join(dir, 'tls.json')
}
