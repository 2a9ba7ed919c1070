import { afterEach, describe, expect, it } from 'vitest'
import { PLAN_MARKER } from '../../src/github/merged-pull-requests.js'
import { REGISTRATION_MARKER } from '../../src/report/render-registration.js'
import { gitRepository } from '../helpers/git-repo.js'
import { runActionBundle, writeEvent } from '../helpers/run-dist.js'
import { device, gwaiFile } from '../helpers/synthetic.js'
import {
  closeAll,
  contoso,
  customers,
  github,
  pushRun,
  REPOSITORY,
  sandboxWith,
} from './register-setup.js'

afterEach(closeAll)

// A repository's language can change between the plan and the merge (or differ between two
// workflows): the merge run finds the plan comment by its marker and reads its digest line,
// which no language touches.

describe('a plan said in French, registered in either language (dist/index.js)', () => {
  it('reads the French plan back in English and in French, and speaks French on the merge', async () => {
    const repo = gitRepository(customers(contoso))
    const head = repo.commit(
      { 'customers/contoso/devices/order-1.csv': gwaiFile([device(1), device(2)]) },
      'order',
    )
    const gh = await github({
      pullRequestFiles: {
        7: [{ filename: 'customers/contoso/devices/order-1.csv', status: 'added' }],
      },
      git: { branch: 'main', headSha: head, protectedBranches: ['main'] },
      merged: [
        {
          number: 7,
          sha: head,
          base: 'main',
          mergedBy: 'lead',
          reviews: [{ user: 'alice', state: 'APPROVED' }],
        },
      ],
    })
    const prEvent = writeEvent({
      pull_request: { number: 7, base: { sha: repo.base }, head: { sha: head } },
      repository: REPOSITORY,
    })
    const plan = await runActionBundle(
      { 'github-token': 'ghs_register-token-value', language: 'fr' },
      repo.root,
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: prEvent, GITHUB_API_URL: gh.url },
    )
    expect(plan.code).toBe(0)
    const [planComment] = gh.comments(7)
    expect(planComment?.body.startsWith(PLAN_MARKER)).toBe(true)
    expect(planComment?.body).toContain('**La fusion inscrit 2 appareils**')

    const sandbox = await sandboxWith()
    // In English, a dry run: it reads the French comment's digest.
    const english = await pushRun(repo, head, gh.url, sandbox, { 'dry-run': 'true' })
    expect(english.code).toBe(0)
    expect(english.summary).toContain('matches the plan reviewed on #7')

    // In French, the registration itself: the summary, the outcome comment, the records pull request.
    const french = await pushRun(repo, head, gh.url, sandbox, { language: 'fr' })
    expect(french.code).toBe(0)
    expect(french.outputs.registered).toBe('2')
    expect(french.summary).toContain('conforme au plan relu sur #7')
    expect(french.summary).toContain('## Inscription Autopilot')
    const outcome = gh.comments(7).find((c) => c.body.startsWith(REGISTRATION_MARKER))
    expect(outcome?.body).toContain('✅ **2 inscrits · 0 déjà inscrit · 0 en échec')
    expect(french.summary).toContain('Résultat commenté sur la demande de tirage #7.')
    const [pull] = gh.git?.pulls ?? []
    expect(pull?.title).toBe(`Enregistrer les inscriptions Autopilot de ${head.slice(0, 7)}`)
    expect(pull?.body).toContain('(la branche est protégée). Fusionnez cette demande de tirage')
    // The commit itself stays English, as every commit of the run does.
    expect(gh.git?.commits.get(gh.git.refs.get(`heads/${pull?.head}`) ?? '')?.message).toBe(
      `Record Autopilot registrations for ${head.slice(0, 7)} [skip ci]`,
    )
  }, 60_000)
})
