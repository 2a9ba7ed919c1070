import type { reportsRunsEn } from '../en/reports-runs.js'
import type { SameMessages } from '../messages.js'
import { fr } from '../typography.js'

/** Les lignes propres à l’action dans ses résumés : origine des modifications, commentaires, connexion. */
export const reportsRunsFr: SameMessages<typeof reportsRunsEn> = {
  'report.notes.changedFiles': (p) => fr`Fichiers modifiés : ${p.source}.`,
  'report.notes.sourceApi': () => 'les fichiers de la demande de tirage (API GitHub)',
  'report.notes.sourceGit': (p) =>
    fr`git diff ${p.base}...${p.head} (l’API GitHub a échoué : ${p.problem})`,
  'report.notes.sourceEveryFile': (p) =>
    fr`tous les fichiers (l’API GitHub a échoué : ${p.problem} ; l’extraction n’a pas le commit de base : utilisez fetch-depth: 0)`,
  'report.notes.adoptionPullRequest': () =>
    fr`Il s’agit de la demande de tirage (pull request) ouverte par \`command: adopt\` : le registre d’inscription qu’elle ajoute est accepté, et son fichier d’appareils est vérifié comme tout autre. Relisez ce qu’elle adopte, puis fusionnez-la sans la modifier.`,
  'report.notes.recordsPullRequest': () =>
    fr`Il s’agit de la demande de tirage (pull request) des registres d’inscription de l’exécution d’inscription : les registres qu’elle ajoute sont acceptés. Fusionnez-la sans la modifier.`,
  'report.notes.partnerCenterFailed': () =>
    fr`L’Espace partenaires n’a pas pu être interrogé (voir l’avertissement dans le journal) : ce plan est le plan hors ligne.`,
  'report.notes.partnerCenterAsked': (p, f) =>
    fr`Espace partenaires interrogé en lecture seule pour ${f.count(p.customers, 'client', 'clients')} : ${f.count(p.found, 'appareil à inscrire est', 'appareils à inscrire sont')} déjà dans leur lot.`,
  'report.notes.notAskedFor': (p) => `Non interrogé pour ${p.problems}.`,
  'report.notes.noCommentNoToken': () =>
    fr`Pas de commentaire sur la demande de tirage : aucun github-token.`,
  'report.notes.comment.created': () => 'Commentaire de la demande de tirage créé.',
  'report.notes.comment.updated': () => 'Commentaire de la demande de tirage mis à jour.',
  'report.notes.comment.unchanged': () => 'Commentaire de la demande de tirage inchangé.',
  'report.notes.noCommentReadOnly': () =>
    fr`Pas de commentaire sur la demande de tirage : le jeton ne peut pas y écrire (une demande de tirage venue d’une duplication reçoit un jeton en lecture seule). Le plan complet est ici.`,
  'report.notes.noCommentRefused': () =>
    fr`Pas de commentaire sur la demande de tirage : GitHub l’a refusé (voir l’avertissement dans le journal).`,
  'report.notes.outcomeCommented': (p) => `Résultat commenté sur la demande de tirage #${p.pr}.`,
  'report.token.title': () => 'Connexion',
  'report.token.where': (p) => `le secret ${p.secret} de l’environnement ${p.environment}`,
  'report.token.renewed': (p, f) =>
    fr`Le jeton d’actualisation stocké a été utilisé, et le nouveau jeton renvoyé par Microsoft Entra est désormais stocké dans ${p.where} : il est valable ${f.count(p.days, 'jour', 'jours')} à compter d’aujourd’hui.`,
  'report.token.failed': (p, f) =>
    fr`Le jeton d’actualisation stocké n’a pas pu être renouvelé : ${p.reason}. Celui qui est stocké (${p.where}) reste valable jusqu’à ${f.count(p.days, 'jour', 'jours')} après son émission ; la prochaine exécution réessaiera.`,
  'report.token.replacedUnknown': () =>
    'La date de son dernier remplacement est inconnue (le jeton du workflow ne peut pas toujours lire quand un secret a changé).',
  'report.token.replacedOn': (p, f) =>
    fr`Il a été remplacé pour la dernière fois le ${f.date(p.replaced)} : il cessera donc de fonctionner vers le ${f.date(p.expires)}.`,
  'report.token.notRenewed': (p, f) =>
    fr`Le jeton d’actualisation stocké (${p.where}) n’est pas renouvelé. Microsoft Entra remplace un jeton d’actualisation à chaque utilisation, et celui qui est stocké cesse de fonctionner ${f.count(p.days, 'jour', 'jours')} après son émission (\`AADSTS700082\`), qu’il serve ou non. ${p.when} Donnez au workflow ${p.secretsToken} (un jeton autorisé à écrire les secrets d’environnement) et chaque exécution stockera le nouveau ; ou bien, sans aucun jeton stocké, un administrateur partenaire crée les nouveaux lots avec ${p.createBatch}.`,
  'report.records.noGithubToken': () => 'aucun github-token',
  'report.records.refusedByGitHub': (p) => fr`GitHub les a refusés : ${p.error}`,
  'report.run.seeSummary': (p) => fr`${p.failure} : voir le résumé de la tâche`,
  'report.run.seeAnnotations': (p) =>
    fr`${p.failure} : voir les annotations et le résumé de la tâche`,
  'report.run.cancelled': () =>
    'l’exécution a été annulée (les envois inachevés sont enregistrés comme en attente)',
  'report.run.doctorNotReady': () =>
    fr`tous les clients ne seraient pas inscrits : voir le résumé de la tâche`,
  'report.run.drift': () =>
    fr`l’Espace partenaires et les registres d’inscription ne concordent pas : voir le résumé de la tâche`,
}
