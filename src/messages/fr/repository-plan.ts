import { sizeIn } from '../en/checks-files.js'
import type { repositoryPlanEn } from '../en/repository-plan.js'
import type { SameMessages } from '../messages.js'
import { fr } from '../typography.js'

const recordSize = (bytes: number) =>
  sizeIn('fr', bytes, { bytes: 'octets', kib: 'Kio', mib: 'Mio' })

const RECORD = 'le registre d’inscription'

/** Findings about registration records and the plan, and the plan’s reasons, in French. */
export const repositoryPlanFr: SameMessages<typeof repositoryPlanEn> = {
  'repo.record.badName': (p) =>
    fr`\`${p.name}\` n’est pas un nom de registre d’inscription (<YYYYMMDDTHHMMSSmmmZ>-<sha7>-<run id>.json, ou <…>-in-progress.json)`,
  'repo.record.notJson': (p) => fr`${RECORD} n’est pas du JSON : ${p.error}`,
  'repo.record.schema': (p, f) =>
    fr`${RECORD} ne suit pas le schéma version 1 : ${f.text(p.problems)}`,
  'repo.record.problem': (p) => fr`${p.path || 'le registre'} : ${p.problem}`,
  'repo.record.otherCustomer': (p) =>
    fr`${RECORD} nomme le client \`${p.customer}\` mais se trouve dans le dossier de \`${p.folder}\``,
  'repo.record.tooLarge': (p) =>
    fr`${RECORD} fait ${recordSize(p.size)}, au-delà de la limite de ${recordSize(p.limit)} ; il n’a pas été lu : l’état d’inscription du client est donc inconnu, et rien n’est inscrit pour lui`,
  'repo.record.vanished': () => `${RECORD} a disparu pendant sa lecture`,
  'repo.record.added': (p) => `cette modification ajoute ${RECORD} \`${p.file}\``,
  'repo.record.removed': (p) => `cette modification supprime ${RECORD} \`${p.file}\``,
  'repo.record.renamed': (p) => `cette modification renomme ${RECORD} \`${p.file}\``,
  'repo.record.modified': (p) => `cette modification modifie ${RECORD} \`${p.file}\``,
  'repo.device.elsewhere': (p, f) =>
    fr`${f.text(p.device)} est enregistré comme inscrit pour le client \`${p.customer}\` (${p.record})`,
  'repo.device.already': (p, f) => fr`${f.text(p.device)} est déjà inscrit (${p.record}) : ignoré`,
  'repo.customerIdChanged': (p, f) =>
    fr`customerId est passé de \`${p.from}\` à \`${p.to}\`, mais ${f.count(p.registered, 'appareil est inscrit', 'appareils sont inscrits')} pour \`${p.from}\``,
  'repo.request.ambiguous': (p, f) =>
    fr`le numéro de série \`${p.serial}\` désigne ${f.number(p.devices)} appareils du client \`${p.slug}\` (fabriqués par ${p.makers}) : indiquez aussi le fabricant (la colonne Manufacturer name du format de l’Espace partenaires)`,
  'repo.request.notRegisteredHere': (p, f) =>
    fr`${f.text(p.device)} n’est pas inscrit pour le client \`${p.slug}\` selon ses registres d’inscription : rien à désinscrire`,
  'repo.request.twice': (p, f) => fr`${f.text(p.device)} est demandé deux fois (aussi en ${p.at})`,
  'repo.request.backInFile': (p, f) =>
    fr`${f.text(p.device)} a été désinscrit (${p.record}) et figure de nouveau dans un fichier d’appareils : pour l’inscrire à nouveau, retirez-le de ce fichier de demande dans la même demande de tirage`,
  'repo.request.stillInFile': (p, f) =>
    fr`${f.text(p.device)} figure encore dans un fichier d’appareils du client \`${p.slug}\` : supprimez sa ligne dans la même demande de tirage, ou retirez-le de la demande pour le garder`,
  'repo.request.notRegistered': (p, f) =>
    fr`${f.text(p.device)} n’est pas inscrit (ses registres d’inscription indiquent \`${p.status}\`) : rien à désinscrire`,

  'repo.blocked.errorsInFiles': () => 'des erreurs dans ses fichiers',
  'repo.blocked.customerFile': () => 'customer.yml est absent ou non valide',
  'repo.blocked.recordUnreadable': () => 'un registre d’inscription est illisible',
  'repo.blocked.customerIdChanged': () => 'customerId a changé',

  'repo.reasons.both': (p, f) => fr`${f.text(p.first)} ; ${f.text(p.then)}`,
  'repo.reason.removed': (p) => fr`inscrit (${p.record}) ; supprimer la ligne ne le désinscrit pas`,
  'repo.reason.recorded': (p) => `inscrit (${p.record})`,
  'repo.reason.registeredFor': (p) => `inscrit pour le client ${p.customer}`,
  'repo.reason.rowErrors': () => 'erreurs sur la ligne',
  'repo.reason.pending': (p) => `envoi en attente${p.trackingId ? ` ${p.trackingId}` : ''}`,
  'repo.reason.lastFailed': (p) => fr`la dernière tentative a échoué : ${p.failure || 'échec'}`,
  'repo.reason.failedPermanently': (p) => fr`échec définitif : ${p.failure || 'échec'}`,
  'repo.reason.retag': (p) => `changement de balise ${p.from} → ${p.to}`,
  'repo.reason.registeredOn': (p, f) => `inscrit le ${f.date(p.day)}`,
  'repo.reason.thenMoved': (p, f) =>
    fr`${p.reason ? f.text(p.reason) : ''} ; puis déplacé vers ${p.tag}`,
  'repo.reason.customerBlocked': (p, f) => fr`client bloqué : ${f.text(p.reasons)}`,
  'repo.reason.blockedWould': (p, f) =>
    fr`${f.text(p.blocked)} (serait ${f.text(p.action)} : ${f.text(p.reason)})`,
  'repo.would.register': () => 'inscrit',
  'repo.would.retry': () => 'réessayé',
  'repo.would.retag': () => 'déplacé',
  'repo.would.deregister': () => 'désinscrit',
  'repo.reason.inPartnerCenter': () =>
    fr`déjà dans son lot dans l’Espace partenaires : la fusion l’envoie, et l’Espace partenaires répond qu’il est inscrit (806)`,
  'repo.failure.errors': (p, f) => `${f.count(p.errors, 'erreur', 'erreurs')} ${f.text(p.scope)}`,
  'repo.failure.warnings': (p, f) =>
    `${f.count(p.warnings, 'avertissement', 'avertissements')} ${f.text(p.scope)}`,
  'repo.scope.repository': () => 'dans le dépôt',
  'repo.scope.changedFiles': () => 'dans les fichiers que modifie cette demande de tirage',
  'repo.notDeregistered': (p, f) => fr`non désinscrit : ${f.text(p.why)}`,
  'repo.notDeregistered.cap': (p, f) =>
    fr`${f.number(p.asked)} désinscriptions demandées pour ce client, au-delà du plafond de ${f.number(p.cap)} par exécution ; relevez max-deregistrations (l’entrée de l’action, ou --max-deregistrations) pour l’exécution qui les effectue`,
  'repo.notDeregistered.noPullRequest': () =>
    fr`les désinscriptions sont effectuées par l’action à la fusion, une fois une demande de tirage approuvée ; cette exécution n’a aucune demande de tirage à vérifier`,
  'repo.notDeregistered.notAdded': () =>
    fr`aucune demande de tirage fusionnée depuis la dernière exécution n’a ajouté sa ligne au fichier de demande, donc personne ne l’a approuvée : ajoutez-la dans une demande de tirage et faites approuver celle-ci`,
  'repo.notDeregistered.noFiles': (p) =>
    fr`GitHub n’a pas pu lister les fichiers des demandes de tirage (${p.error}) : aucune approbation n’a donc pu être vérifiée`,
  'repo.notDeregistered.unapproved': (p) =>
    `la demande de tirage #${p.number}, qui la demandait, n’a l’approbation de personne d’autre que son auteur${p.author ? ` (@${p.author})` : ''}`,
}
