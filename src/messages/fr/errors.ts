import type { errorsEn } from '../en/errors.js'
import type { SameMessages } from '../messages.js'
import { fr } from '../typography.js'
import { errorsPartnerCenterFr } from './errors-partner-center.js'
import { errorsSignInFr } from './errors-sign-in.js'

/** The errors messages in French. */
export const errorsFr: SameMessages<typeof errorsEn> = {
  ...errorsSignInFr,
  ...errorsPartnerCenterFr,
  'error.setup.couldNotRun': (p) => fr`autopilot-gitops n’a pas pu s’exécuter : ${p.reason}`,
  'error.setup.heading': () => 'autopilot-gitops n’a pas pu s’exécuter',
  'error.setup.pullRequestTarget': () =>
    fr`exécution refusée sur pull_request_target : cet événement exécute le contenu non fiable d’une demande de tirage avec un accès en écriture. Utilisez l’événement pull_request.`,
  'error.setup.inputs': (p, f) => f.text(p.problems),
  'error.setup.input': (p) => fr`l’entrée ${p.input} vaut « ${p.value} » : ${p.problem}`,
  'error.setup.inputChoice': (p) =>
    fr`l’entrée ${p.input} vaut « ${p.value} » : elle prend l’une des valeurs ${p.allowed}`,
  'error.setup.needsSignIn': () =>
    fr`l’inscription a besoin de tenant-id (le locataire partenaire) et de client-id (son inscription d’application pour l’Espace partenaires) ; voir docs/partner-center-setup.md`,
  'error.setup.noCommit': () =>
    fr`aucun commit à inscrire : GITHUB_SHA n’est pas défini et ceci n’est pas une extraction git`,
  'error.setup.noBranch': () =>
    'register s’exécute sur une branche (GITHUB_REF n’est pas une branche)',
  'error.setup.notDefaultBranch': (p) =>
    fr`register s’exécute sur la branche par défaut (${p.defaultBranch}), pas sur ${p.branch} : les registres d’inscription sont validés sur la branche par défaut`,
  'error.setup.adoptCustomer': () =>
    'adopt a besoin de l’entrée customer (le slug du dossier du client)',
  'error.setup.adoptGitHub': () =>
    fr`adopt ouvre une demande de tirage : il a besoin de github-token et de GITHUB_REPOSITORY`,
  'error.setup.cancelled': () =>
    fr`Annulé : plus aucun envoi ; les envois en cours sont enregistrés comme en attente.`,
  'error.github.noPullRequest': (p) =>
    fr`${p.base} a refusé le commit, et les registres d’inscription sont sur la branche ${p.branch}, mais aucune demande de tirage n’a pu être ouverte (${p.reason} ; « Allow GitHub Actions to create and approve pull requests » est-il activé ?) : ouvrez-en une depuis cette branche`,
  'error.path.missing': (p) => fr`fichier ou dossier introuvable : ${p.path}`,
  'error.path.noCustomers': (p) =>
    fr`${p.path} : aucun dossier customers/<slug>/ ici ni au-dessus, donc aucun client à vérifier. Ajoutez customers/<slug>/customer.yml et les fichiers d’appareils du client sous customers/<slug>/devices/ (voir « Ajouter un client » dans le README du modèle)`,
  'error.path.noCustomersLoose': (p) =>
    fr`${p.path} : aucun dossier customers/<slug>/ ici ni au-dessus, donc aucun client à vérifier. Ajoutez customers/<slug>/customer.yml et les fichiers d’appareils du client sous customers/<slug>/devices/ (voir « Ajouter un client » dans le README du modèle) ; pour vérifier des fichiers CSV isolés, nommez-les (${p.loose})`,
  'error.git.missing': () => fr`git n’est pas installé ou pas dans le PATH : installez git`,
  'error.git.notRepository': (p) =>
    fr`${p.dir} n’est pas dans un dépôt git ; lancez ceci dans un clone du dépôt (git clone), ou faites-en un (git init, puis validez customers/)`,
  'error.git.failed': (p) => fr`git ${p.command} a échoué dans ${p.dir} : ${p.reason}`,
  'error.git.noCommit': (p) =>
    fr`${p.dir} n’a encore aucun commit ; validez d’abord customers/ (commit)`,
  'error.git.unknownRevision': (p) =>
    fr`${p.revision} : aucun commit ni branche de ce nom dans ${p.dir} ; donnez une branche, une balise ou un commit qui existe (récupérez-le d’abord avec git fetch)`,
  'error.git.noMergeBase': (p) =>
    fr`${p.base} : aucun historique commun avec ${p.head} dans ${p.dir} ; récupérez plus d’historique (git fetch --unshallow) ou donnez une base dont l’extraction est issue`,
  'error.git.noMergeBaseCheckout': (p) =>
    fr`${p.base} : aucun historique commun avec l’extraction dans ${p.dir} ; récupérez plus d’historique (git fetch --unshallow) ou donnez une base dont l’extraction est issue`,
}
