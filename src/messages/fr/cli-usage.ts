import type { cliUsageEn } from '../en/cli-usage.js'
import type { SameMessages } from '../messages.js'
import { fr } from '../typography.js'

const NO_CUSTOMER = 'aucun dossier customers/<slug>/'

/** The CLI’s usage in French. */
export const cliUsageFr: SameMessages<typeof cliUsageEn> = {
  'cli.usage.heading': () => fr`Utilisation :`,
  'cli.usage.lang':
    () => fr`  Chaque commande accepte --lang en|fr (avant ou après son nom) : la langue qu’elle parle.
      Sans cette option, les paramètres régionaux (LC_ALL, LC_MESSAGES, LANG) décident ;
      sinon, l’anglais.
`,
  'cli.usage.help':
    () => fr`  autopilot-gitops help [COMMAND]   (ou : autopilot-gitops COMMAND --help)
      Affiche ce texte, ou l’utilisation d’une commande.
  autopilot-gitops --version
`,
  'cli.usage.validate': () => fr`  autopilot-gitops validate [PATH...] [--format text|json]
      Vérifie hors connexion les CSV d’appareils et les fichiers customer.yml. PATH est la racine
      d’un dépôt (. par défaut), un dossier client ou des fichiers ; un fichier hors de tout
      dépôt est vérifié seul.
      Code de sortie 0 : aucune erreur ; 1 : des erreurs ; 2 : exécution impossible (arguments
      incorrects, chemin introuvable, ${NO_CUSTOMER} dans ou au-dessus d’un
      dossier donné).
`,
  'cli.usage.plan': () => fr`  autopilot-gitops plan [PATH] [--base REF] [--format text|json]
      Ce que la fusion inscrirait, par client, d’après les CSV et les registres
      d’inscription. Avec --base, seuls comptent les constats des fichiers modifiés depuis REF
      (validés ou non).
      Code de sortie 0 : aucune erreur ; 1 : des erreurs ; 2 : exécution impossible (arguments
      incorrects, chemin introuvable, ${NO_CUSTOMER}, pas de dépôt git ou
      REF introuvable pour --base).
`,
  'cli.usage.decodeHash': () => fr`  autopilot-gitops decode-hash <HASH|-> [--format text|json]
      Montre le contenu d’un hachage matériel Windows Autopilot ('-' le lit sur l’entrée
      standard).
      Code de sortie 0 : hachage valide ; 1 : endommagé ou pas un hachage ; 2 : exécution
      impossible.
`,
  'cli.usage.sandbox': (
    p,
  ) => fr`  autopilot-gitops sandbox [--port N] [--seed FILE] [--latency-ms N] [--polls-to-finish N]
      [--ms-to-finish N] [--behave LIST]
      Fait tourner le bac à sable de l’Espace partenaires (API des lots d’appareils et point de
      terminaison des jetons) jusqu’à Ctrl+C, puis dit combien d’appels il a servis.
      --latency-ms retarde chaque réponse (l’aller-retour d’un réseau) ; --polls-to-finish est
      le nombre d’interrogations d’état pendant lesquelles un envoi reste en file ou en cours
      (2) ; --ms-to-finish termine un envoi après ce délai, interrogé ou non (seul
      --polls-to-finish peut alors le terminer plus tôt). --behave le fait agir comme l’Espace
      partenaires peut le faire là où sa documentation se tait, liste séparée par des virgules :
${p.switches}
`,
  'cli.usage.init':
    () => fr`  autopilot-gitops init <DIR> [--customer SLUG --customer-id GUID [--name NAME]
      [--group-tag TAG]]
      Crée le dépôt d’un partenaire dans DIR (nouveau ou vide) à partir du modèle que contient
      ce paquet : chaque fichier, git init, un commit, les workflows épinglés à cette version.
      Avec --customer, le customer.yml de ce client au lieu de l’exemple. Dit ensuite quoi faire.
      Code de sortie 0 : créé ; 2 : impossible (DIR non vide, slug ou ID de locataire incorrect).
`,
  'cli.usage.schema': (p) => fr`  autopilot-gitops schema [${p.names}]
      Affiche un schéma JSON : de customer.yml (par défaut), pour les éditeurs ; d’un
      registre d’inscription (record) ; ou du JSON qu’affichent avec --format json
      validate, plan (et la sortie report de l’action), decode-hash, doctor ou drift.
`,
  'cli.usage.register':
    () => fr`  autopilot-gitops register [PATH] --tenant-id ID --client-id ID [--partner-center-url URL]
      [--authority-host URL] [--dry-run] [--retry-failed] [--concurrency N]
      [--poll-timeout-minutes N] [--chunk-size N]
      Inscrit dans l’Espace partenaires (ou le bac à sable) ce que dit le plan, comme le fait
      l’exécution de fusion, et écrit un registre d’inscription par client dans l’arbre de
      travail. Le dossier customers/ de l’extraction doit être validé (commit). Les secrets
      viennent uniquement de l’environnement : AUTOPILOT_GITOPS_CLIENT_SECRET,
      AUTOPILOT_GITOPS_CLIENT_CERTIFICATE (PEM), AUTOPILOT_GITOPS_REFRESH_TOKEN. Pendant que
      l’Espace partenaires traite les envois, l’avancement de chaque client va sur la sortie
      d’erreur standard.
      Code de sortie 0 : tout est inscrit ; 1 : un appareil a échoué ou un client a été ignoré ;
      2 : exécution impossible (arguments incorrects, ${NO_CUSTOMER},
      aucun commit git, customers/ non validé).
`,
  'cli.usage.createBatch':
    () => fr`  autopilot-gitops create-batch [PATH] --customer SLUG [--group-tag TAG] --tenant-id ID
      --client-id ID [--partner-center-url URL] [--authority-host URL] [--concurrency N]
      [--poll-timeout-minutes N] [--chunk-size N]
      Crée le lot d’appareils d’un client, ce que l’Espace partenaires n’autorise qu’en
      App+User : un administrateur partenaire se connecte sur un autre appareil avec le code
      affiché (l’inscription d’application doit autoriser les flux de client public ; la MFA
      s’applique). Les appareils prévus du client pour la balise sont envoyés, le premier envoi
      créant le lot, et enregistrés dans l’arbre de travail comme le fait register ; les fusions
      suivantes ajoutent des appareils en app-only. Avec AUTOPILOT_GITOPS_CLIENT_SECRET ou
      _CERTIFICATE défini, chaque appel sauf la création passe en app-only.
      Code de sortie 0 : tout est inscrit ; 1 : un appareil a échoué, ou rien à envoyer ;
      2 : exécution impossible.
`,
  'cli.usage.doctor':
    () => fr`  autopilot-gitops doctor [PATH] --tenant-id ID --client-id ID [--partner-center-url URL]
      [--authority-host URL] [--format text|json]
      Avant la première fusion : se connecte comme le ferait la fusion (app-only, et App+User
      avec AUTOPILOT_GITOPS_REFRESH_TOKEN), puis demande à l’Espace partenaires, en lecture
      seule, les lots de chaque client : joignables ou refusés (403 : aucune relation, ou
      application non inscrite), le lot de chaque balise de groupe existant ou à créer, et si
      cette connexion peut le créer.
      Code de sortie 0 : chaque client serait inscrit ; 1 : l’un ne le serait pas ;
      2 : exécution impossible.
`,
  'cli.usage.drift':
    () => fr`  autopilot-gitops drift [PATH] --tenant-id ID --client-id ID [--partner-center-url URL]
      [--authority-host URL] [--format text|json]
      Compare l’Espace partenaires au dernier état des registres d’inscription, en lecture
      seule et en app-only : par client, les appareils que l’Espace partenaires a et que les
      registres ignorent (unknown), enregistrés comme inscrits et dans aucun lot (missing),
      dans un autre lot que celui enregistré (moved), enregistrés en attente et dans leur lot
      depuis (finished).
      Code de sortie 0 : aucun écart ; 1 : un écart, ou un client n’a pas pu être comparé ;
      2 : exécution impossible.
`,
  'cli.usage.adopt':
    () => fr`  autopilot-gitops adopt [PATH] --customer SLUG --tenant-id ID --client-id ID
      [--partner-center-url URL] [--authority-host URL] [--format text|json]
      Écrit ce que l’Espace partenaires a déjà pour un client et qui manque aux registres
      d’inscription, en lecture seule et en app-only : un fichier d’appareils
      customers/SLUG/devices/adopted-YYYYMMDD.csv (le format de l’Espace partenaires, sans
      hachage) et un registre d’adoption, chaque appareil inscrit avec son ID dans
      l’Espace partenaires. Les appareils déjà enregistrés restent tels quels. Validez les deux
      dans une demande de tirage (pull request).
      Code de sortie 0 : adopté, ou rien à adopter ; 2 : exécution impossible.
`,
  'cli.behave.describedSuccess': () =>
    fr`lignes de succès avec une description (« Success ») et un code 0`,
  'cli.behave.finishedDespiteErrors': () =>
    'l’état d’un envoi est `finished` même quand un appareil a échoué',
  'cli.behave.noRequestReplay': () =>
    'un envoi renvoyé sous son MS-RequestId est traité comme un nouvel envoi',
  'cli.behave.devicePagesLinks': () =>
    'page suivante indiquée seulement dans links.next (seekOperation=Next)',
  'cli.behave.devicePagesHeader': () =>
    'page suivante indiquée seulement par l’en-tête MS-ContinuationToken',
  'cli.behave.seededCustomersOnly': () =>
    fr`client absent de --seed : aucune relation avec le partenaire, 403`,
  'cli.behave.unregisteredApp': () =>
    fr`application non inscrite dans l’Espace partenaires : 403 à chaque appel`,
  'cli.behave.maxBodyBytes': () =>
    'corps de requête de plus de N octets refusé avec 413 (max-body-bytes=N)',
}
