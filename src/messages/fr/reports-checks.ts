import type { reportsChecksEn } from '../en/reports-checks.js'
import type { SameMessages } from '../messages.js'
import { fr } from '../typography.js'

/** La vérification des écarts (et ses tickets), le contrôle préalable (doctor) et l’adoption. */
export const reportsChecksFr: SameMessages<typeof reportsChecksEn> = {
  'report.drift.title': () => 'Écarts Autopilot',
  'report.drift.meaning.unknown': () =>
    fr`dans l’Espace partenaires, non inscrit dans les registres d’inscription (inscrit à la main, ou avant que le dépôt ne connaisse le client) : ajoutez sa ligne à un fichier d’appareils et la prochaine fusion l’enregistrera (l’Espace partenaires répond 806)`,
  'report.drift.meaning.missing': () =>
    fr`enregistré comme inscrit, dans aucun lot de l’Espace partenaires (supprimé en dehors du dépôt) : le dépôt le compte toujours comme inscrit`,
  'report.drift.meaning.moved': () =>
    fr`dans un autre lot que celui enregistré (déplacé en dehors du dépôt) : sa balise de groupe est désormais le nom de ce lot`,
  'report.drift.meaning.finished': () =>
    fr`enregistré en attente, dans son lot depuis : la prochaine exécution d’inscription l’enregistrera`,
  'report.drift.kind.unknown': () => 'inconnu',
  'report.drift.kind.missing': () => 'manquant',
  'report.drift.kind.moved': () => 'déplacé',
  'report.drift.kind.finished': () => 'terminé',
  'report.drift.count.unknown': (p, f) => f.count(p.devices, 'inconnu', 'inconnus'),
  'report.drift.count.missing': (p, f) => f.count(p.devices, 'manquant', 'manquants'),
  'report.drift.count.moved': (p, f) => f.count(p.devices, 'déplacé', 'déplacés'),
  'report.drift.count.finished': (p, f) => f.count(p.devices, 'terminé', 'terminés'),
  'report.drift.notRecorded': () => '(non enregistré)',
  'report.drift.noBatch': () => '(aucun lot)',
  'report.drift.placeRecorded': (p) => `(enregistré dans ${p.recorded})`,
  'report.drift.placeMoved': (p) => `(enregistré dans ${p.recorded}, dans le lot ${p.batch})`,
  'report.drift.placeBatch': (p) => `(dans le lot ${p.batch})`,
  'report.drift.textProblem': (p) => fr`${p.customer} : comparaison impossible : ${p.problem}`,
  'report.drift.textCustomer': (p) => fr`${p.customer} : ${p.counts}`,
  'report.drift.textDevice': (p) => fr`${p.device} : ${p.meaning}`,
  'report.drift.none': () =>
    fr`Aucun écart : l’Espace partenaires et les registres d’inscription concordent pour chaque client.`,
  'report.drift.headline': (p, f) =>
    fr`Écarts : ${f.count(p.devices, 'appareil', 'appareils')} chez ${f.count(p.customers, 'client', 'clients')} (${p.counts})`,
  'report.drift.notCompared': (p, f) =>
    `${f.count(p.customers, 'client n’a pas pu être comparé', 'clients n’ont pas pu être comparés')}`,
  'report.drift.problem': (p) => fr`Comparaison impossible : ${p.problem}`,
  'report.drift.customerNone': () => 'Aucun écart.',
  'report.drift.more': (p, f) => `…et ${f.count(p.devices, 'autre appareil', 'autres appareils')}.`,
  'report.drift.issueTitle': (p) => fr`Écarts Autopilot : ${p.customer}`,
  'report.drift.checked': (p, f) => `Vérifié le ${f.date(p.at)}.`,
  'report.drift.checkedBy': (p, f) => `Vérifié le ${f.date(p.at)} par [cette exécution](${p.run}).`,
  'report.drift.issueLasts': () =>
    'Ce ticket est mis à jour tant que l’écart persiste, et fermé dès qu’il a disparu.',
  'report.drift.resolved': () =>
    fr`Plus aucun écart : l’Espace partenaires et les registres d’inscription concordent.`,
  'report.drift.issue.opened': (p) => `Ticket #${p.issue} ouvert pour ${p.customer}.`,
  'report.drift.issue.updated': (p) => `Ticket #${p.issue} mis à jour pour ${p.customer}.`,
  'report.drift.issue.closed': (p) => `Ticket #${p.issue} fermé pour ${p.customer}.`,
  'report.doctor.title': () => 'Contrôle préalable Autopilot (doctor)',
  'report.doctor.batchExists': (p) => fr`${p.groupTag} : existe`,
  'report.doctor.batchExistsWith': (p, f) =>
    fr`${p.groupTag} : existe (${f.count(p.devices, 'appareil', 'appareils')})`,
  'report.doctor.batchCreatable': (p) =>
    fr`${p.groupTag} : à créer (possible en mode application et utilisateur)`,
  'report.doctor.batchNeedsCommand': (p) => fr`${p.groupTag} : à créer (avec create-batch)`,
  'report.doctor.ready': (p, f) =>
    fr`Prêt : chaque client (${f.number(p.customers)}) serait inscrit.`,
  'report.doctor.notReady': (p, f) =>
    fr`Pas prêt : ${f.number(p.ready)} ${f.plural(p.ready, 'client', 'clients')} sur ${f.number(p.customers)} ${f.plural(p.ready, 'serait inscrit', 'seraient inscrits')}.`,
  'report.doctor.mode.app-only': () => 'application seule',
  'report.doctor.mode.app+user': () => 'application et utilisateur',
  'report.doctor.ok': () => 'réussie',
  'report.doctor.failed': () => 'échec',
  'report.doctor.signInLine': (p) => fr`connexion (${p.mode}) : ${p.result} : ${p.detail}`,
  'report.doctor.customerReady': () => 'prêt',
  'report.doctor.customerNotReady': () => 'pas prêt',
  'report.doctor.customerLine': (p) => fr`${p.customer} : ${p.standing}`,
  'report.doctor.reachable': () => 'joignable',
  'report.doctor.notReached': () => 'non joint',
  'report.adoption.title': () => 'Adoption Autopilot',
  'report.adoption.nothing': (p, f) =>
    fr`Rien à adopter pour ${p.customer} (${p.tags}) : ${f.count(p.devices, 'appareil', 'appareils')} dans ${f.plural(p.batches, 'son lot', 'ses lots')}, tous déjà enregistrés.`,
  'report.adoption.adopted': (p, f) =>
    fr`${p.customer} (${p.tags}) : ${f.count(p.adopted, 'adopté', 'adoptés')} dans ${f.count(p.files, 'nouveau fichier d’appareils', 'nouveaux fichiers d’appareils')}, ${f.count(p.fromRows, 'enregistré', 'enregistrés')} d’après les lignes du dépôt lui-même, ${f.count(p.already, 'déjà enregistré', 'déjà enregistrés')}.`,
  'report.adoption.notATag': (p, f) =>
    fr`lot ${p.batch} (${f.count(p.devices, 'appareil', 'appareils')}) : non adopté : customer.yml ne le nomme ni dans groupTag ni dans groupTags (ajoutez-le pour l’adopter)`,
  'report.adoption.notAFolder': (p, f) =>
    fr`lot ${p.batch} (${f.count(p.devices, 'appareil', 'appareils')}) : non adopté : aucun dossier ne peut porter le nom de cette balise (devices/<balise de groupe>/) ; ajoutez les lignes de ses appareils à la main, avec une colonne Group Tag`,
  'report.adoption.unnamed': (p, f) =>
    fr`${f.count(p.devices, 'appareil', 'appareils')} que l’Espace partenaires ne désigne ni par numéro de série, fabricant et modèle, ni par ID de produit Windows : ${f.plural(p.devices, 'non adopté', 'non adoptés')} (aucune ligne ne peut ${f.plural(p.devices, 'le', 'les')} désigner)`,
  'report.adoption.written': (p) => fr`Écrit : ${p.file}`,
  'report.adoption.commitThem': () =>
    fr`Validez-les dans une demande de tirage : l’adoption est relue comme toute modification.`,
  'report.adoption.pullRequest': (p) => fr`Demande de tirage : ${p.url}`,
  'report.adoption.pullRequestTitle': (p, f) =>
    `Adopter ${f.count(p.devices, 'appareil', 'appareils')} de ${p.customer} depuis l’Espace partenaires`,
  'report.adoption.intro': (p, f) =>
    fr`Appareils que l’Espace partenaires a déjà dans ${f.plural(p.batches, 'le lot', 'les lots')} ${p.tags} de ${p.customer}, et que les registres d’inscription ne connaissaient pas : relisez-les, puis fusionnez.`,
}
