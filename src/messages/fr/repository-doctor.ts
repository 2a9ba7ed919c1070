import type { repositoryDoctorEn } from '../en/repository-doctor.js'
import type { SameMessages } from '../messages.js'
import { fr } from '../typography.js'

/** Ce que disent doctor et drift d’une connexion ou d’un client qu’ils n’ont pas pu vérifier. */
export const repositoryDoctorFr: SameMessages<typeof repositoryDoctorEn> = {
  'repo.doctor.signedIn': () => 'connecté',
  'repo.doctor.noRefreshToken': () =>
    fr`non configurée (aucun jeton d’actualisation) : un lot d’appareils qui n’existe pas encore se crée avec \`autopilot-gitops create-batch\` ou dans l’Espace partenaires`,
  'repo.doctor.appSignInFailed': () =>
    'la connexion en tant qu’application seule a échoué (voir plus haut)',
  'repo.doctor.fixRepository': (p, f) => fr`corrigez d’abord le dépôt : ${f.text(p.reasons)}`,
  'repo.doctor.noBatch': (p) =>
    fr`pas encore de lot ${p.tags}, et aucune connexion App+User pour le créer : exécutez autopilot-gitops create-batch pour ce lot, ou créez-le dans l’Espace partenaires`,
  'repo.doctor.forbidden': (p, f) =>
    fr`${f.text(p.said)}. Vérifiez que le partenaire a une relation de revendeur avec ce client (Espace partenaires > Clients) et que l’application est inscrite dans l’Espace partenaires (Paramètres du compte > Gestion des applications)`,
  'repo.doctor.unauthorized': (p, f) =>
    fr`${f.text(p.said)}. Le jeton a été refusé : vérifiez les paramètres de connexion de l’application et son autorisation d’accès à l’API de l’Espace partenaires`,
  'repo.adopt.noCustomer': (p) => `aucun client ${p.slug} dans customers/`,
  'repo.adopt.fixFirst': (p, f) =>
    fr`customers/${p.slug} a des erreurs : corrigez-les d’abord (${f.text(p.reasons)})`,
  'repo.drift.recordsUnreadable': () =>
    fr`ses registres d’inscription n’ont pas tous pu être lus : corrigez-les d’abord (voir validate)`,
  'repo.special.customerFile': () => 'rien de son contenu n’est lu, et rien n’en est inscrit',
  'repo.special.customers': () => 'aucun client n’est lu, et rien n’est inscrit',
  'repo.special.customerFolder': (p) =>
    `le client \`${p.name}\` n’est pas lu, et aucun de ses appareils n’est inscrit`,
  'repo.special.settings': (p) =>
    `le client ${p.slug} n’a pas de paramètres, et rien n’est inscrit pour lui`,
  'repo.special.record': () =>
    'l’état d’inscription du client est inconnu et rien n’est inscrit pour lui',
}
