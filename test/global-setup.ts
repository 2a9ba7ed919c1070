import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { selfSignedCertificate } from '../src/sandbox/self-signed.js'

/**
 * Every folder the tests make goes under one scratch folder of this run: TMPDIR is set before the
 * test processes are forked, so `os.tmpdir()` there, and in every process they start, names it.
 * The teardown removes it, so a thousand runs leave no thousand repositories in /tmp.
 *
 * Node reads NODE_EXTRA_CA_CERTS when a process starts, so the sandbox's certificate for the
 * in-process tests is made here too, and trusted that way: the same way `npm start` trusts the
 * sandbox, never by turning verification off.
 */
export default function setup(): () => void {
  const scratch = mkdtempSync(path.join(tmpdir(), 'autopilot-gitops-tests-'))
  const dir = path.join(scratch, 'tls')
  mkdirSync(dir)
  const tls = selfSignedCertificate()
  writeFileSync(path.join(dir, 'ca.pem'), tls.certificate)
  writeFileSync(path.join(dir, 'tls.json'), JSON.stringify(tls))
  process.env.TMPDIR = scratch
  process.env.NODE_EXTRA_CA_CERTS = path.join(dir, 'ca.pem')
  process.env.AUTOPILOT_GITOPS_TEST_TLS = path.join(dir, 'tls.json')
  return () => rmSync(scratch, { recursive: true, force: true })
}
