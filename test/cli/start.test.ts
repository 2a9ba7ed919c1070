import { describe, expect, it } from 'vitest'
import { CHILD_ENV } from '../helpers/paths.js'
import { runNode } from '../helpers/run-dist.js'

describe('npm start (scripts/start.mjs): the main job on the embedded default', () => {
  it('plans the pull request of template-repo/, registers it against the sandbox, commits the records, sends nothing twice, checks drift, and retags a device', async () => {
    const run = await runNode('scripts/start.mjs', [], { env: CHILD_ENV })
    // Progress goes to standard error; nothing else may (no warning, no stack trace).
    expect(run.stderr).toMatch(
      // The in-progress record comes first: it holds the upload before the upload goes.
      /^Uploads in progress recorded: customers\/contoso\/registrations\/\d{8}T\d{9}Z-[0-9a-f]{7}-[0-9a-f]{8}-in-progress\.json\ncontoso: uploaded 5 device\(s\), tracking id [0-9a-f-]{36}\nWaiting for Partner Center, \d+s: contoso [0-5] of 5 sent, 0 processed, [0-5] pending\nPartner Center, \d+s: contoso 5 of 5 sent, 5 processed, 0 pending\ncontoso: SYN09001X: deleted from batch Microsoft365Managed_Autopilot, to be added to its new batch\nUploads in progress recorded: customers\/contoso\/registrations\/\d{8}T\d{9}Z-[0-9a-f]{7}-[0-9a-f]{8}-in-progress\.json\ncontoso: uploaded 1 device\(s\), tracking id [0-9a-f-]{36}\nWaiting for Partner Center, \d+s: contoso [01] of 1 sent, 0 processed, [01] pending\nPartner Center, \d+s: contoso 1 of 1 sent, 1 processed, 0 pending\n$/,
    )
    expect(run.code).toBe(0)
    const steps = run.stdout.split('\n').filter((l) => l.startsWith('=== '))
    expect(steps).toEqual([
      '=== A partner repository, made from template-repo/',
      '=== A pull request adds the devices Contoso ordered',
      '=== The plan the pull request shows (autopilot-gitops plan --base main)',
      '=== Reviewed, approved and merged',
      '=== The merge run registers the devices in the Partner Center sandbox',
      '=== The records, committed: the audit trail',
      '=== The next run sends nothing twice',
      '=== The daily drift check (autopilot-gitops drift): Partner Center against the records',
      '=== A pull request moves one device to the Microsoft365Managed_Kiosk tag',
      '=== Merged: the run deletes it from its old batch and adds it to the Kiosk batch',
    ])
    expect(run.stdout).toMatch(/5 devices; merging registers 5\. 0 errors/)
    expect(run.stdout).toContain('5 registered, 0 already registered, 0 failed, 0 pending')
    expect(run.stdout).toMatch(
      /Record: customers\/contoso\/registrations\/\d{8}T\d{9}Z-[0-9a-f]{7}-[0-9a-f]{8}\.json/,
    )
    expect(run.stdout).toMatch(/Record Autopilot registrations for [0-9a-f]{7} \[skip ci\]/)
    expect(run.stdout).toContain('Nothing to send')
    // The device someone registered by hand, beside the repository: found, and named.
    expect(run.stdout).toContain(
      'Drift: 1 device in 1 customer (1 unknown, 0 missing, 0 moved, 0 finished).',
    )
    expect(run.stdout).toContain(
      'unknown   Contoso Devices HAND-0001 (in batch Microsoft365Managed_Autopilot)',
    )
    // The retag: planned in a section of its own, then carried out.
    expect(run.stdout).toContain(
      'retag    SYN09001X  Contoso Devices  Contoso Book 14  customers/contoso/devices/Microsoft365Managed_Kiosk/reception.csv:2  (retag Microsoft365Managed_Autopilot → Microsoft365Managed_Kiosk)',
    )
    expect(run.stdout).toContain('0 registered, 0 already registered, 1 retagged, 0 failed')
  }, 90_000)

  it('tells the same story in French with -- --lang fr: every step, and every command', async () => {
    const run = await runNode('scripts/start.mjs', ['--lang', 'fr'], {
      env: CHILD_ENV,
    })
    expect(run.code).toBe(0)
    const steps = run.stdout.split('\n').filter((l) => l.startsWith('=== '))
    expect(steps).toEqual([
      '=== Un dépôt de partenaire, créé à partir de template-repo/',
      '=== Une demande de tirage (pull request) ajoute les appareils commandés par Contoso',
      '=== Le plan que montre la demande de tirage (autopilot-gitops plan --base main)',
      '=== Relue, approuvée et fusionnée',
      '=== L’exécution de fusion inscrit les appareils dans le bac à sable de l’Espace partenaires',
      '=== Les registres d’inscription, validés\u00a0: la piste d’audit',
      '=== L’exécution suivante n’envoie rien deux fois',
      '=== Le contrôle quotidien des écarts (autopilot-gitops drift)\u00a0: l’Espace partenaires face aux registres d’inscription',
      '=== Une demande de tirage déplace un appareil vers la balise Microsoft365Managed_Kiosk',
      '=== Fusionnée\u00a0: l’exécution le supprime de son ancien lot et l’ajoute au lot Kiosk',
    ])
    // The plan, the records and the progress, in the CLI's French.
    expect(run.stdout).toContain(
      '5 appareils\u00a0; la fusion en inscrit 5. 0 erreur, 0 avertissement, 0 remarque.',
    )
    expect(run.stdout).toContain(
      'balise de groupe Microsoft365Managed_Autopilot\u00a0: 5 à inscrire, 0 à réessayer',
    )
    expect(run.stdout).toContain(
      'Validez (commit) les registres d’inscription\u00a0: ils sont la piste d’audit.',
    )
    expect(run.stdout).toMatch(
      /Enregistrement des inscriptions Autopilot de [0-9a-f]{7} \[skip ci\]/,
    )
    expect(run.stderr).toMatch(/^Envois en cours enregistrés\u00a0: customers\/contoso\//)
    expect(run.stderr).toMatch(
      /\nEspace partenaires, \d+s\u00a0: contoso 5 sur 5 envoyés, 5 traités, 0 en attente\n/,
    )
    expect(run.stdout).not.toContain('Usage:')
  }, 90_000)
})
