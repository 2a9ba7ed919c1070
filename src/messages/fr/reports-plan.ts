import type { reportsPlanEn } from '../en/reports-plan.js'
import type { SameMessages } from '../messages.js'
import { fr } from '../typography.js'

/** Le plan : le résumé de la tâche et le commentaire épinglé de la demande de tirage. */
export const reportsPlanFr: SameMessages<typeof reportsPlanEn> = {
  'report.separator': () => fr` ; `,
  'report.plan.title': () => 'Plan d’inscription Autopilot',
  'report.plan.registers': (p, f) =>
    fr`**La fusion inscrit ${f.count(p.devices, 'appareil', 'appareils')}** pour ${f.count(p.customers, 'client', 'clients')} dans l’Espace partenaires`,
  'report.plan.alsoRetags': (p, f) =>
    fr`, et **déplace ${f.count(p.devices, 'appareil', 'appareils')} vers une autre balise de groupe**`,
  'report.plan.alsoDeregisters': (p, f) =>
    fr`, et **désinscrit ${f.count(p.devices, 'appareil', 'appareils')}**`,
  'report.plan.repeatedRows': (p, f) =>
    fr`Les CSV contiennent ${f.count(p.rows, 'ligne', 'lignes')} pour ${f.count(p.devices, 'appareil', 'appareils')} : certains appareils y figurent plusieurs fois.`,
  'report.plan.errors': (p, f) => `${f.count(p.errors, 'erreur', 'erreurs')} ${f.text(p.scope)}`,
  'report.plan.noErrors': (p, f) => `aucune erreur ${f.text(p.scope)}`,
  'report.scope.repository': () => 'dans le dépôt',
  'report.scope.changes': () => 'dans les fichiers que modifie cette demande de tirage',
  'report.plan.warnings': (p, f) => f.count(p.warnings, 'avertissement', 'avertissements'),
  'report.plan.notices': (p, f) => f.count(p.notices, 'remarque', 'remarques'),
  'report.plan.preExisting': (p, f) =>
    `${f.count(p.findings, 'constat préexistant', 'constats préexistants')} dans des fichiers non modifiés (sans effet sur cette vérification)`,
  'report.plan.digest': (p) => `Empreinte du plan ${p.digest}`,
  'report.plan.fullReport': () => 'rapport complet',
  'report.plan.quietCustomers': (p, f) =>
    `${f.count(p.customers, 'autre client', 'autres clients')} sans rien à inscrire ni rien d’anormal.`,
  'report.plan.unknownTenant': () => 'inconnu',
  'report.plan.unknownGroupTag': () => 'inconnue',
  'report.plan.customerFacts': (p) => `Locataire ${p.tenant} · balise de groupe ${p.groupTag}`,
  'report.plan.blocked': (p) => fr`**Bloqué : rien n’est inscrit pour ce client** (${p.reasons}).`,
  'report.plan.outcomeBecause': (p) => fr`${p.outcome} : ${p.reason}`,
  'report.plan.moreDevices': (p, f) =>
    `…et ${f.count(p.devices, 'autre appareil', 'autres appareils')} (voir le rapport JSON).`,
  'report.devices': (p, f) => f.count(p.devices, 'appareil', 'appareils'),
  'report.action.register': () => 'à inscrire',
  'report.action.retry': () => 'à réessayer',
  'report.action.retag': () => 'à déplacer',
  'report.action.deregister': () => 'à désinscrire',
  'report.action.already': () => 'déjà inscrit',
  'report.action.blocked': () => 'bloqué',
  'report.action.removed': () => 'retiré du CSV (reste inscrit)',
  'report.column.removed': () => 'retiré',
  'report.deregister.title': () => 'Désinscriptions',
  'report.deregister.intro': (p, f) =>
    `**La fusion supprime ${f.count(p.devices, 'appareil', 'appareils')} de l’Espace partenaires**, comme le demandent les fichiers de demande sous \`deregister/\`. L’exécution de fusion n’effectue une désinscription que si cette demande de tirage est approuvée par une autre personne que son auteur.`,
  'report.retag.title': () => 'Changements de balise de groupe',
  'report.retag.intro': () =>
    'La fusion retire chaque appareil du lot de son ancienne balise de groupe et l’ajoute au lot de la nouvelle.',
  'report.findings.title': () => 'Constats',
  'report.findings.titleChanged': () => 'Constats dans les fichiers modifiés',
  'report.findings.preExistingTitle': () =>
    'Constats préexistants dans des fichiers que cette demande de tirage ne modifie pas',
  'report.findings.fix': (p) => fr`Correction : ${p.hint}`,
  'report.findings.more': (p, f) =>
    `…et ${f.count(p.findings, 'autre constat', 'autres constats')}.`,
  'report.severity.error': () => 'erreur',
  'report.severity.warning': () => 'avertissement',
  'report.severity.notice': () => 'remarque',
  'report.annotation.title': (p, f) => `${p.rule} ${f.text(p.severity)}`,
  'report.comment.footer': (p) => `Le [résumé de la tâche](${p.url}) contient le plan complet.`,
  'report.cut': (p) => fr`…coupé pour tenir dans la limite de GitHub ; ${p.where}.`,
  'report.cut.json': (p) =>
    `le rapport JSON (sortie \`report\`) contient tout (empreinte du plan ${p.digest})`,
  'report.cut.summary': () => 'le résumé de la tâche contient tout',
  'report.text.fix': (p) => fr`correction : ${p.hint}`,
  'report.text.found': (p, f) =>
    `${f.count(p.errors, 'erreur', 'erreurs')}, ${f.count(p.warnings, 'avertissement', 'avertissements')}, ${f.count(p.notices, 'remarque', 'remarques')}`,
  'report.text.counts': (p, f) =>
    fr`${f.count(p.files, 'fichier', 'fichiers')}, ${f.count(p.devices, 'appareil', 'appareils')} : ${p.found}`,
  'report.text.countsInRows': (p, f) =>
    fr`${f.count(p.files, 'fichier', 'fichiers')}, ${f.count(p.devices, 'appareil', 'appareils')} sur ${f.count(p.rows, 'ligne', 'lignes')} : ${p.found}`,
}
