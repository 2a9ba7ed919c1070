import type { repositoryRegisterEn } from '../en/repository-register.js'
import type { SameMessages } from '../messages.js'
import { fr } from '../typography.js'

const SUPPORT = 'le support de l’Espace partenaires'

/** What registration says, and what Partner Center’s per-device codes mean, in French. */
export const repositoryRegisterFr: SameMessages<typeof repositoryRegisterEn> = {
  'repo.code.801': () => 'L’Espace partenaires n’a pas pu lire la demande pour cet appareil.',
  'repo.code.802': () =>
    fr`Le hachage matériel n’est pas valide, ou il lui manque le fabricant ou le numéro de série : capturez de nouveau l’appareil.`,
  'repo.code.803': () =>
    'Le numéro de série et l’ID de produit Windows sont absents ou non valides.',
  'repo.code.806': () =>
    fr`L’appareil est déjà inscrit pour ce client, peut-être dans un autre lot ou importé par Intune sous une autre balise de groupe, qu’il garde : l’Espace partenaires ne change pas sa balise. Pour lui donner cette balise de groupe, changez-la dans Intune (appareils Windows Autopilot).`,
  'repo.code.807': () =>
    fr`L’Espace partenaires indique que l’appareil n’est pas inscrit pour ce client : une réponse prévue pour modifier ou supprimer un appareil, pas pour en ajouter un. Interrogez ${SUPPORT} avec l’ID de suivi.`,
  'repo.code.808': () =>
    'L’appareil est inscrit auprès d’un autre locataire, qui doit d’abord le désinscrire (ou le support Microsoft, avec une preuve de propriété). Relancez ensuite avec retry-failed.',
  'repo.code.809': () =>
    fr`Un profil Autopilot nommé pour l’appareil n’existe pas dans le locataire de ce client. Cette action n’envoie aucun profil : interrogez ${SUPPORT} avec l’ID de suivi.`,
  'repo.code.810': () =>
    fr`Un profil Autopilot nommé pour l’appareil appartient à un autre locataire. Cette action n’envoie aucun profil : interrogez ${SUPPORT} avec l’ID de suivi.`,
  'repo.code.811': () =>
    fr`L’appareil a été inscrit par un autre locataire : celui-ci ne peut donc ni le modifier ni le supprimer ; c’est à l’autre locataire de le désinscrire.`,
  'repo.code.812': () =>
    fr`Aucun hachage déclaré par le fabricant ne correspond à ce fabricant, ce modèle et ce numéro de série : inscrivez l’appareil par son hachage matériel.`,
  'repo.code.813': () => fr`Le hachage n’identifie pas un seul appareil : capturez-le de nouveau.`,
  'repo.code.814': () => 'Un objet appareil existe déjà dans Microsoft Entra ID pour cet appareil.',
  'repo.code.HashNot4k': () =>
    fr`L’Espace partenaires n’a pas accepté le hachage comme hachage matériel 4K (le sens de ce nom n’est pas confirmé) : capturez de nouveau l’appareil, sur l’appareil lui-même.`,
  'repo.code.ZtdDeviceDuplicated': () =>
    fr`Le même appareil figurait deux fois dans un envoi ; une seule copie a été traitée.`,
  'repo.code.StorageError': () =>
    fr`Une erreur passagère d’Autopilot ; la prochaine exécution réessaie.`,
  'repo.code.NoResult': () =>
    fr`L’Espace partenaires a terminé l’envoi sans résultat pour cet appareil (ce nom est celui de l’action) ; la prochaine exécution le cherche dans le lot et l’envoie de nouveau s’il y manque.`,
  'repo.code.withoutCode': () =>
    fr`L’Espace partenaires a refusé cet appareil sans code ; la prochaine exécution réessaie. Si l’échec persiste, interrogez ${SUPPORT} (citez l’ID de suivi).`,
  'repo.code.unknown': () =>
    fr`L’Espace partenaires a donné un motif que cette action ne connaît pas. Recherchez ce code avec ${SUPPORT} (citez l’ID de suivi), puis lancez une exécution avec retry-failed.`,

  'repo.result.noResult': () =>
    fr`L’Espace partenaires a terminé l’envoi sans résultat pour cet appareil ; la prochaine exécution le cherche dans le lot et l’envoie de nouveau s’il y manque.`,
  'repo.result.movedElsewhere': (p) =>
    fr`inscrit dans un autre lot du client que ${p.tag ?? 'son ancien lot'} : il n’a donc pas été déplacé ; lancez autopilot-gitops drift pour voir lequel, et supprimez-le d’abord de ce lot`,

  'repo.run.notFoundInBatch': (p) =>
    fr`non désinscrits : ${p.devices} introuvables dans le lot ${p.groupTag} (les registres d’inscription ne contiennent aucun ID d’appareil) ; lancez autopilot-gitops drift pour voir où ils se trouvent`,
  'repo.run.deregistering': (p) => fr`désinscription : ${p.error}`,

  'repo.check.batchTooLarge': (p, f) =>
    fr`${p.slug} : son lot contient ${f.number(p.devices)} appareils, plus qu’une demande de tirage n’en parcourt (${f.number(p.most)}, ${f.number(p.calls)} appels) ; la fusion enregistre ceux qui y sont déjà comme déjà inscrits (806)`,
  'repo.check.failed': (p) => fr`${p.slug} : ${p.error}`,
}
