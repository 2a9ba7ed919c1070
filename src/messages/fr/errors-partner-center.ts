import type { errorsPartnerCenterEn } from '../en/errors-partner-center.js'
import type { SameMessages } from '../messages.js'
import { fr } from '../typography.js'

/** Partner Center errors in French. */
export const errorsPartnerCenterFr: SameMessages<typeof errorsPartnerCenterEn> = {
  'error.partnerCenter.failed': (p, f) =>
    fr`Espace partenaires ${p.method} ${p.path} : ${f.text(p.what)} (${f.text(p.reason)} ; ID de requête ${p.requestId}, ID de corrélation ${p.correlationId})`,
  'error.partnerCenter.described': (p, f) =>
    fr`Espace partenaires ${p.method} ${p.path} : ${f.text(p.what)} : ${p.description} (${f.text(p.reason)} ; ID de requête ${p.requestId}, ID de corrélation ${p.correlationId})`,
  'error.partnerCenter.untrusted': (p, f) =>
    fr`Espace partenaires ${p.method} ${p.path} (ID de requête ${p.requestId}, ID de corrélation ${p.correlationId}) : ${f.text(p.certificate)}`,
  'error.partnerCenter.noAnswer': (p) => `aucune réponse (${p.failure})`,
  'error.partnerCenter.http': (p) => `HTTP ${p.status}`,
  'error.partnerCenter.httpCode': (p) => `HTTP ${p.status} ${p.code}`,
  'error.retry.certificate': () => 'un certificat non approuvé n’est pas retenté',
  'error.retry.status': (p) => `HTTP ${p.status} n’est pas retenté`,
  'error.retry.attempts': (p, f) =>
    `abandon après ${f.count(p.attempts, 'tentative', 'tentatives')}`,
  'error.retry.deadline': (p, f) =>
    fr`abandon : la tentative suivante dépasserait le délai de ${f.number(p.seconds)} s`,
  'error.partnerCenter.repeatedToken': (p, f) =>
    fr`l’Espace partenaires a répondu à GET ${p.path} avec un jeton de continuation déjà envoyé ; arrêt après ${f.count(p.items, 'élément', 'éléments')}`,
  'error.partnerCenter.noTracking': (p) =>
    fr`l’Espace partenaires a accepté les appareils de ${p.method} ${p.path} (HTTP ${p.status}) sans nommer d’envoi à suivre : ni en-tête Location ni lien d’état dans le corps. Leur résultat ne peut pas être lu maintenant ; l’exécution suivante trouvera dans le lot ceux que l’Espace partenaires a inscrits.`,
  'error.partnerCenter.unexpectedBody': (p) =>
    fr`l’Espace partenaires a répondu à ${p.method} ${p.path} avec un corps inattendu : ${p.issue}`,
  'error.url.invalid': (p) => `${p.setting} \`${p.url}\` n’est pas une URL`,
  'error.url.notHttps': (p) =>
    `${p.setting} \`${p.url}\` doit utiliser https (http simple seulement sur 127.0.0.1 ou localhost)`,
  'error.batch.needsUser': (p) =>
    fr`le lot d’appareils \`${p.batchId}\` n’existe pas encore, et l’Espace partenaires ne crée des lots que pour les connexions App+User : rien n’a été envoyé pour ce client. Un administrateur partenaire le crée avec ses premiers appareils : \`autopilot-gitops create-batch\` (une connexion par code d’appareil), ou dans l’Espace partenaires (Clients > le client > Appareils > Ajouter des appareils, avec \`${p.batchId}\` comme nom).`,
}
