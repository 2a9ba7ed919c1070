import type { errorsSignInEn } from '../en/errors-sign-in.js'
import type { SameMessages } from '../messages.js'
import { fr } from '../typography.js'

/** Sign-in errors in French. */
export const errorsSignInFr: SameMessages<typeof errorsSignInEn> = {
  'error.signIn.failed': (p, f) =>
    fr`la connexion avec ${f.text(p.credentials)} a échoué : ${f.text(p.reason)}`,
  'error.signIn.deviceCode': () => 'le code d’appareil d’un administrateur partenaire (App+User)',
  'error.signIn.appUser': (p) => `${p.credential} et ${p.refreshToken} (App+User)`,
  'error.signIn.discovery': (p) =>
    fr`endpoints_resolution_error : la configuration OpenID de Microsoft Entra ${p.discovery} n’a pas pu être lue (${p.problem}) : vérifiez ${p.tenantId} et ${p.authorityHost}`,
  'error.signIn.noAccessToken': () => 'Microsoft Entra a répondu sans jeton d’accès',
  'error.signIn.noCredential': (p) =>
    fr`aucune information d’identification : donnez ${p.clientSecret} ou ${p.clientCertificate}`,
  'error.signIn.noCredentialOr': (p) =>
    fr`aucune information d’identification : donnez ${p.clientSecret} ou ${p.clientCertificate}, ou ${p.withoutSecret}`,
  'error.signIn.noCertificate': (p) =>
    `${p.setting} ne contient aucun certificat (-----BEGIN CERTIFICATE-----)`,
  'error.signIn.noPrivateKey': (p) =>
    `${p.setting} ne contient aucune clé privée lisible (PEM, non chiffrée)`,
  'error.signIn.noRefreshToken': () =>
    'Microsoft Entra n’a pas rendu de nouveau jeton d’actualisation',
  'error.certificate.untrusted': (p, f) =>
    fr`le certificat TLS de ${p.host} n’est pas approuvé par ce processus Node (${p.code} : ${f.text(p.what)}). Définissez NODE_EXTRA_CA_CERTS sur le fichier PEM de l’autorité de certification qui l’a émis (pour le bac à sable : le chemin de ca.pem qu’affiche \`autopilot-gitops sandbox\` ; derrière un proxy qui intercepte TLS : l’autorité du proxy) et relancez ; ne désactivez jamais la vérification des certificats.${f.text(p.also)}`,
  'error.certificate.selfSignedChain': () => 'un certificat auto-signé dans sa chaîne',
  'error.certificate.selfSigned': () => 'un certificat auto-signé',
  'error.certificate.unknownCa': () => 'émis par une autorité que ce processus ne connaît pas',
  'error.certificate.expired': () => 'expiré',
  'error.certificate.altName': () => 'émis pour un autre nom d’hôte',
  'error.certificate.notTrusted': () => 'non approuvé',
  'error.certificate.alsoExpired': () =>
    ' Un certificat expiré se renouvelle là où il est servi (le bac à sable en crée un nouveau à chaque démarrage, avec un nouveau ca.pem).',
  'error.certificate.alsoAltName': () =>
    fr` Vérifiez aussi le nom d’hôte : le certificat doit être émis pour lui (celui du bac à sable l’est pour 127.0.0.1 et localhost).`,
  'error.certificate.alsoNothing': () => '',
}
