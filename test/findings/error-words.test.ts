import { describe, expect, it } from 'vitest'
import { errorWords, textError } from '../../src/findings/error-words.js'
import { createRedactor } from '../../src/findings/redact.js'
import { sayer, text } from '../../src/messages/catalogue.js'
import { failedCall } from '../../src/partner-center/errors.js'
import { untrustedCertificateMessage } from '../../src/partner-center/untrusted-certificate.js'
import { runInProcess } from '../cli/in-process.js'
import { gitRepository } from '../helpers/git-repo.js'
import { customerYml } from '../helpers/synthetic.js'

const [en, fr] = [sayer('en'), sayer('fr')]
const NBSP = '\u00a0'

describe('the words of an error', () => {
  it('are its Text in the run’s language, its message the English', () => {
    const error = textError('error.git.noCommit', { dir: '/repo' })
    expect(error.message).toBe('/repo has no commit yet; commit customers/ first')
    expect(errorWords(error, en)).toBe(error.message)
    expect(errorWords(error, fr)).toBe(
      `/repo n’a encore aucun commit${NBSP}; validez d’abord customers/ (commit)`,
    )
  })

  it('are the message of an error that has no words of ours (Node’s, a library’s)', () => {
    expect(errorWords(new Error('ECONNRESET'), fr)).toBe('ECONNRESET')
    expect(errorWords('thrown as it is', fr)).toBe('thrown as it is')
  })

  it('of a Partner Center call quote what it said redacted, in either language', () => {
    const secret = 'client-secret-value-9876543210'
    const redactor = createRedactor([secret])
    const error = failedCall({
      method: 'POST',
      path: '/customers/c/deviceBatches',
      host: 'api.partnercenter.microsoft.com',
      requestId: 'r-1',
      correlationId: 'c-1',
      response: new Response('', { status: 403 }),
      text: JSON.stringify({ code: '600041', description: `refused: ${secret} echoed` }),
      failure: undefined,
      reason: text('error.retry.status', { status: '403' }),
      redact: redactor.redact,
    })
    expect(error.message).toBe(
      'Partner Center POST /customers/c/deviceBatches: HTTP 403 600041: refused: [redacted] echoed (HTTP 403 is not retried; request id r-1, correlation id c-1)',
    )
    const french = errorWords(error, fr)
    expect(french).toBe(
      `Espace partenaires POST /customers/c/deviceBatches${NBSP}: HTTP 403 600041${NBSP}: refused: [redacted] echoed (HTTP 403 n’est pas retenté${NBSP}; ID de requête r-1, ID de corrélation c-1)`,
    )
    expect(french).not.toContain(secret)
  })

  it('of an untrusted certificate say how to trust it, in French too', () => {
    const words = untrustedCertificateMessage('127.0.0.1:8443', 'CERT_HAS_EXPIRED')
    expect(fr.text(words)).toContain(
      `le certificat TLS de 127.0.0.1:8443 n’est pas approuvé par ce processus Node (CERT_HAS_EXPIRED${NBSP}: expiré). Définissez NODE_EXTRA_CA_CERTS`,
    )
    expect(fr.text(words)).toMatch(/Un certificat expiré se renouvelle là où il est servi/)
  })

  it('of git, on the CLI’s line, name the option whose revision is unknown', async () => {
    const repo = gitRepository({ 'customers/contoso/customer.yml': customerYml({}) })
    const run = await runInProcess(['plan', repo.root, '--base', 'NOPE', '--lang', 'fr'])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      `autopilot-gitops: --base NOPE${NBSP}: aucun commit ni branche de ce nom dans ${repo.root}${NBSP}; donnez une branche, une balise ou un commit qui existe (récupérez-le d’abord avec git fetch)\n`,
    )
  })
})
