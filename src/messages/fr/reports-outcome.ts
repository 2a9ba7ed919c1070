import type { reportsOutcomeEn } from '../en/reports-outcome.js'
import type { SameMessages } from '../messages.js'
import { fr } from '../typography.js'

/** Le résultat de l’exécution de fusion : résumé, commentaire des demandes fusionnées, terminal. */
export const reportsOutcomeFr: SameMessages<typeof reportsOutcomeEn> = {
  'report.outcome.title': () => 'Inscription Autopilot',
  'report.outcome.titleDryRun': () => 'Inscription Autopilot (simulation)',
  'report.outcome.commitLine': (p) =>
    `Commit ${p.commit} · empreinte du plan ${p.digest} · ${p.review}`,
  'report.outcome.correlation': (p) => `ID de corrélation de l’Espace partenaires ${p.id}`,
  'report.outcome.stoppedTitle': () => 'Clients arrêtés par une erreur',
  'report.outcome.stoppedLine': (p) => fr`${p.customer} : ${p.error}`,
  'report.outcome.refusedTitle': () => 'Désinscriptions refusées',
  'report.outcome.refusedIntro': () => 'Ces appareils restent inscrits.',
  'report.outcome.skippedTitle': () => 'Clients ignorés',
  'report.outcome.skippedIntro': () =>
    fr`Rien n’a été envoyé pour ces clients : corrigez leurs erreurs (voir le plan) et la prochaine exécution les inscrira.`,
  'report.outcome.skippedLine': (p, f) =>
    fr`${p.customer} : ${p.reasons} (${f.count(p.devices, 'appareil', 'appareils')} en attente)`,
  'report.outcome.failedTitle': () => 'Appareils en échec',
  'report.outcome.failed': () => 'échec',
  'report.outcome.retried': () => 'La prochaine exécution le réessaiera.',
  'report.outcome.pendingTitle': () => 'Appareils en attente',
  'report.outcome.pendingIntro': () =>
    fr`L’Espace partenaires n’avait pas fini de traiter ces envois à temps ; la prochaine exécution en assure le suivi.`,
  'report.outcome.createBatch': () =>
    fr`Rien n’a été envoyé pour ce client. Un administrateur partenaire crée le lot avec ses premiers appareils, en se connectant sur la page de code d’appareil (l’inscription d’application doit autoriser les flux de client public), depuis une extraction de ce commit ; la fusion suivante ajoute le reste en mode application seule :`,
  'report.outcome.dryRun': (p, f) =>
    fr`**Simulation : rien n’a été envoyé.** La fusion inscrirait ${f.count(p.devices, 'appareil', 'appareils')} ; ${f.count(p.customers, 'client serait ignoré', 'clients seraient ignorés')}.`,
  'report.outcome.count.registered': (p, f) => f.count(p.devices, 'inscrit', 'inscrits'),
  'report.outcome.count.alreadyRegistered': (p, f) =>
    f.count(p.devices, 'déjà inscrit', 'déjà inscrits'),
  'report.outcome.count.retagged': (p, f) => f.count(p.devices, 'déplacé', 'déplacés'),
  'report.outcome.count.deregistered': (p, f) => f.count(p.devices, 'désinscrit', 'désinscrits'),
  'report.outcome.count.failed': (p, f) => f.count(p.devices, 'en échec', 'en échec'),
  'report.outcome.count.pending': (p, f) => f.count(p.devices, 'en attente', 'en attente'),
  'report.outcome.count.skipped': (p, f) =>
    f.count(p.customers, 'client ignoré', 'clients ignorés'),
  'report.outcome.noPullRequest': () => 'aucune demande de tirage fusionnée trouvée pour ce commit',
  'report.outcome.noPlan': (p) => `la demande de tirage #${p.pr} ne montrait aucun plan`,
  'report.outcome.matches': (p) => `conforme au plan relu sur #${p.pr}`,
  'report.outcome.differs': (p) =>
    fr`⚠️ diffère du plan relu sur #${p.pr} (${p.digest}) : le dépôt a changé après cette relecture`,
  'report.outcome.moreDevices': (p, f) =>
    fr`…et ${f.count(p.devices, 'autre appareil', 'autres appareils')} : voir les registres d’inscription.`,
  'report.outcome.noRecords': () => fr`Aucun registre d’inscription : rien n’a été envoyé.`,
  'report.records.title': () => 'Registres d’inscription',
  'report.records.committed': (p) => `Validés dans le commit ${p.sha}.`,
  'report.records.pullRequest': (p) =>
    fr`La branche a refusé le commit (protégée) : les registres d’inscription sont donc dans la demande de tirage #${p.pr}. Fusionnez-la pour compléter la piste d’audit.`,
  'report.records.workingTree': () => fr`Écrits dans l’arbre de travail : validez-les (commit).`,
  'report.records.notCommitted': (p) => fr`Non validés : ${p.reason}.`,
  'report.records.copy': (p) =>
    `Une copie de chacun se trouve dans le dossier temporaire de l’exécuteur, ${p.folder}.`,
  'report.recordsPullRequest.title': (p) => `Enregistrer les inscriptions Autopilot de ${p.commit}`,
  'report.recordsPullRequest.body': (p) =>
    fr`L’exécution d’inscription de ${p.commit} n’a pas pu valider ses registres d’inscription dans \`${p.branch}\` (la branche est protégée). Fusionnez cette demande de tirage pour compléter la piste d’audit ; elle n’ajoute que de nouveaux fichiers de registre d’inscription.`,
  'report.outcomeText.dryRun': (p, f) =>
    fr`Simulation : rien n’a été envoyé ; la fusion inscrirait ${f.count(p.devices, 'appareil', 'appareils')}.`,
  'report.outcomeText.idle': () =>
    fr`Rien à envoyer : chaque appareil des CSV est inscrit, ou enregistré comme bloqué.`,
  'report.outcomeText.skipped': (p, f) => f.count(p.customers, 'client ignoré', 'clients ignorés'),
  'report.outcomeText.customer': (p) => fr`${p.customer} (${p.groupTag}) : ${p.counts}`,
  'report.outcomeText.stopped': (p) => fr` ; arrêté : ${p.error}`,
  'report.outcomeText.createBatch': (p) =>
    fr`Pour créer le lot en tant qu’administrateur partenaire : ${p.command}`,
  'report.outcomeText.skippedCustomer': (p) => fr`${p.customer} : ignoré (${p.reasons})`,
  'report.outcomeText.failed': (p) =>
    fr`échec ${p.source}  ${p.device} : ${p.error} : ${p.description}`,
  'report.outcomeText.pending': (p) => fr`en attente ${p.source}  ${p.device} : envoi ${p.upload}`,
  'report.outcomeText.record': (p) => fr`Registre d’inscription : ${p.record}`,
  'report.failure.failed': (p, f) => f.count(p.devices, 'appareil en échec', 'appareils en échec'),
  'report.failure.refused': (p, f) =>
    f.count(p.deregistrations, 'désinscription refusée', 'désinscriptions refusées'),
  'report.failure.skipped': (p, f) =>
    `${f.count(p.customers, 'client ignoré', 'clients ignorés')} en raison d’erreurs`,
  'report.failure.stopped': (p, f) =>
    `${f.count(p.customers, 'client arrêté', 'clients arrêtés')} par une erreur`,
  'report.failure.notCommitted': (p) =>
    `les registres d’inscription n’ont pas été validés (${p.reason})`,
}
