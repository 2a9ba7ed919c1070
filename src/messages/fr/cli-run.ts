import type { cliRunEn } from '../en/cli-run.js'
import type { SameMessages } from '../messages.js'
import { fr } from '../typography.js'

/** The CLI’s running words in French. */
export const cliRunFr: SameMessages<typeof cliRunEn> = {
  'cli.register.inProgress': (p) => fr`Envois en cours enregistrés : ${p.file}`,
  'cli.register.commitRecords': () =>
    fr`Validez (commit) les registres d’inscription : ils sont la piste d’audit.`,
  'cli.createBatch.nothingSent': (p) =>
    fr`Rien à envoyer pour ${p.slug}, donc aucun lot n’a été créé : l’Espace partenaires crée un lot avec ses premiers appareils. Ajoutez les fichiers d’appareils du client (validés) et relancez la commande.`,
  'cli.progress.waiting': () => 'En attente de l’Espace partenaires',
  'cli.progress.done': () => 'Espace partenaires',
  'cli.progress.heading': (p) => fr`${p.heading}, ${p.duration} :`,
  'cli.progress.line': (p) => fr`${p.heading}, ${p.duration} : ${p.each}`,
  'cli.progress.standing': (p, f) =>
    `${f.number(p.sent)} sur ${f.number(p.devices)} envoyés, ${f.number(p.processed)} traités, ${f.number(p.pending)} en attente`,
  'cli.progress.more': (p, f) =>
    fr`${f.count(p.customers, 'autre client', 'autres clients')} : ${p.standing}`,
  'cli.plan.customer': (p) =>
    fr`${p.slug} (${p.name}) locataire ${p.tenant} balise de groupe ${p.groupTag} : ${p.counts}`,
  'cli.plan.invalidConfig': () => 'customer.yml non valide',
  'cli.plan.deregister': (p, f) => `${f.number(p.n)} À DÉSINSCRIRE, `,
  'cli.plan.counts': (p, f) =>
    `${f.number(p.register)} à inscrire, ${f.number(p.retry)} à réessayer${p.retag}, ${f.number(p.already)} déjà inscrits, ${f.number(p.blocked)} bloqués, ${f.number(p.removed)} retirés`,
  'cli.plan.retag': (p, f) => `, ${f.number(p.n)} à déplacer`,
  'cli.plan.blocked': (p) => fr`  BLOQUÉ, rien n’est inscrit : ${p.reasons}`,
  'cli.plan.action.deregister': () => 'désinscrire',
  'cli.plan.action.register': () => 'inscrire',
  'cli.plan.action.retry': () => 'réessayer',
  'cli.plan.action.retag': () => 'déplacer',
  'cli.plan.action.already': () => 'déjà',
  'cli.plan.action.blocked': () => 'bloqué',
  'cli.plan.action.removed': () => 'retiré',
  'cli.plan.moves': (p, f) => `, en déplace ${f.number(p.n)} vers une autre balise de groupe`,
  'cli.plan.deregisters': (p, f) => `, en DÉSINSCRIT ${f.number(p.n)}`,
  'cli.plan.preExisting': (p, f) =>
    `, ${f.count(p.n, 'constat préexistant', 'constats préexistants')} dans des fichiers inchangés`,
  'cli.plan.total': (p, f) =>
    fr`${f.count(p.devices, 'appareil', 'appareils')} ; la fusion en inscrit ${f.number(p.register)}${p.moves}. ${f.count(p.errors, 'erreur', 'erreurs')}, ${f.count(p.warnings, 'avertissement', 'avertissements')}, ${f.count(p.notices, 'remarque', 'remarques')}${p.old}.`,
  'cli.plan.digest': (p) => `empreinte du plan ${p.digest}`,
  'cli.hash.row': (p) => fr`${p.name} :`,
  'cli.hash.verdict': () => 'verdict',
  'cli.hash.valid': () => 'valide (la somme de contrôle correspond)',
  'cli.hash.warning': () => 'avertissement',
  'cli.hash.serialNumber': () => 'numéro de série',
  'cli.hash.manufacturer': () => 'fabricant',
  'cli.hash.model': () => 'modèle',
  'cli.hash.productKeyId': () => 'ID de produit Windows',
  'cli.hash.tpm': () => 'TPM',
  'cli.hash.tpmPresent': () => 'présent',
  'cli.hash.tpmNone': () => 'aucun',
  'cli.hash.virtualMachine': () => 'machine virtuelle',
  'cli.hash.yes': () => 'oui',
  'cli.hash.no': () => 'non',
  'cli.hash.toolVersion': () => 'version de l’outil',
  'cli.hash.toolBuild': () => 'build de l’outil',
  'cli.hash.osBuild': () => 'build du système',
  'cli.hash.architecture': () => 'architecture',
  'cli.hash.capturedAt': () => 'capturé le',
  'cli.hash.size': () => 'taille',
  'cli.hash.bytes': (p, f) =>
    `${f.count(p.bytes, 'octet', 'octets')}, dont ${f.number(p.content)} de contenu`,
  'cli.sandbox.url': (p) => fr`Bac à sable de l’Espace partenaires : ${p.url}`,
  'cli.sandbox.tokens': (p) => fr`Point de terminaison des jetons (authority-host) : ${p.url}`,
  'cli.sandbox.trust': (p) =>
    fr`Faites approuver son certificat par le processus qui se connecte : NODE_EXTRA_CA_CERTS=${p.ca}`,
  'cli.sandbox.app': (p) =>
    fr`Inscription d’application de démonstration : tenant-id ${p.tenantId}, client-id ${p.clientId}, client-secret ${p.clientSecret}, refresh-token ${p.refreshToken}`,
  'cli.sandbox.deviceCode': (p) =>
    `create-batch connecte son administrateur partenaire à ${p.url}/device, avec le code qu’il affiche.`,
  'cli.sandbox.stop': () => 'Arrêtez-le avec Ctrl+C.',
  'cli.sandbox.served': (p, f) =>
    fr`${f.count(p.calls, 'appel à l’Espace partenaires servi', 'appels à l’Espace partenaires servis')} : ${f.number(p.post)} POST, ${f.number(p.get)} GET, ${f.number(p.del)} DELETE ; ${f.count(p.tokens, 'jeton émis', 'jetons émis')}.`,
}
