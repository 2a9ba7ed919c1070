import type { cliInitEn } from '../en/cli-init.js'
import type { SameMessages } from '../messages.js'
import { fr } from '../typography.js'

/** What `init` says it made and what to do next, in French. */
export const cliInitFr: SameMessages<typeof cliInitEn> = {
  'cli.init.pinned': (p) =>
    `Les workflows exécutent autopilot-gitops v${p.version}, épinglé par son commit.`,
  'cli.init.placeholder': (p) =>
    fr`Les workflows épinglent un commit provisoire : remplacez-le dans .github/workflows/ par le commit de la version d’autopilot-gitops que vous avez relue (cette CLI est la ${p.version}).`,
  'cli.init.made': (p, f) =>
    fr`Dépôt créé dans ${p.at} : ${f.count(p.files, 'fichier', 'fichiers')}, un commit (${p.commit}).`,
  'cli.init.next': (p) => fr`Ensuite :
  1. Créez un dépôt privé sur GitHub, puis poussez-y celui-ci :
       git -C ${p.at} remote add origin <son URL> && git -C ${p.at} push -u origin main
  2. Dans ses Settings > Environments, créez l’environnement partner-center, avec les
     variables PARTNER_TENANT_ID et PARTNER_CLIENT_ID (votre locataire partenaire et
     l’inscription d’application de l’accès à l’Espace partenaires ; voir
     docs/partner-center-setup.md d’autopilot-gitops).
  3. Donnez à cette inscription d’application des informations d’identification fédérées pour
     l’environnement (sujet repo:<owner>/<repository>:environment:partner-center), pour
     qu’aucun secret ne soit stocké.
  4. ${p.pin}
  5. Sur une branche, placez les premiers CSV d’appareils dans customers/${p.customer}/devices/
     et ouvrez une demande de tirage (pull request) : le plan y apparaît. Avant la première
     fusion, lancez à la main le workflow register avec « Preflight only »
     (autopilot-gitops doctor).`,
}
