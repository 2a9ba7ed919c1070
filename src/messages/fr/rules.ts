import type { rulesEn } from '../en/rules.js'
import type { SameMessages } from '../messages.js'
import { fr } from '../typography.js'

const REEXPORT = fr`Capturez de nouveau l’appareil avec Get-WindowsAutopilotInfo -OutputFile et commitez le fichier qu’il écrit, sans le modifier.`

/** Le titre et la correction par défaut de chaque règle, en français. */
export const rulesFr: SameMessages<typeof rulesEn> = {
  'AP101.title': () => 'le fichier ne peut pas être décodé comme du texte',
  'AP101.hint': () =>
    fr`Enregistrez le fichier en UTF-8 (ou commitez-le tel que Get-WindowsAutopilotInfo l’a écrit) ; ne concaténez pas de fichiers avec \`type\` ou \`cat\`.`,
  'AP102.title': () => fr`UTF-16 ou marque d’ordre des octets : accepté`,
  'AP102.hint': () =>
    fr`Rien à faire : l’inscription passe par l’API. Seul l’écran de chargement manuel exige de l’ANSI.`,
  'AP103.title': () => 'caractères hors de l’ASCII imprimable dans un champ',
  'AP103.hint': () =>
    fr`Supprimez le caractère, sauf si l’appareil le signale réellement ; l’Espace partenaires compare les valeurs octet par octet.`,
  'AP104.title': () => 'fichier au-delà de la taille maximale',
  'AP104.hint': () => 'Répartissez la liste d’appareils en plusieurs fichiers sous devices/.',
  'AP105.title': () => 'fichier vide, ou en-tête sans aucune ligne',
  'AP105.hint': () => 'Ajoutez des lignes d’appareils sous l’en-tête, ou supprimez le fichier.',
  'AP106.title': () => 'liste d’appareils sans l’extension .csv',
  'AP106.hint': () =>
    fr`Renommez le fichier pour qu’il se termine par .csv, dans customers/<slug>/devices/ : seuls ces fichiers sont lus et inscrits.`,
  'AP107.title': () => 'classeur Excel au lieu d’un fichier CSV',
  'AP107.hint': () =>
    fr`Ouvrez-le dans Excel, choisissez Fichier > Enregistrer sous > CSV UTF-8 (délimité par des virgules) (*.csv), enregistrez-le dans customers/<slug>/devices/ et supprimez le classeur ; vérifiez que les numéros de série ont gardé leurs zéros de tête. Mieux encore, commitez le fichier écrit par Get-WindowsAutopilotInfo.`,
  'AP108.title': () => 'fichier d’un dossier client qui n’est pas lu',
  'AP108.hint': () =>
    fr`Un dossier client contient customer.yml, les CSV d’appareils sous devices/ et les registres d’inscription : déplacez ce fichier ailleurs, ou supprimez-le.`,
  'AP109.title': () => 'lien symbolique ou fichier spécial là où un fichier ou un dossier est lu',
  'AP109.hint': () =>
    fr`Commitez à sa place le fichier ou le dossier lui-même : les liens ne sont jamais suivis (sur toute autre machine, un lien pointe ailleurs, ou hors du dépôt), et un FIFO ou un périphérique n’est pas un fichier.`,
  'AP201.title': () => 'en-tête inconnu',
  'AP201.hint': () =>
    fr`La première ligne doit être l’un des en-têtes acceptés ; Get-WindowsAutopilotInfo écrit le premier d’entre eux.`,
  'AP202.title': () => 'un format reconnu, mais qui n’est pas le bon',
  'AP202.hint': () =>
    'Produisez le fichier avec Get-WindowsAutopilotInfo -OutputFile (ou -Partner pour les triplets de l’Espace partenaires).',
  'AP203.title': () => 'en-tête correct à la casse ou aux espaces près',
  'AP203.hint': () => 'Remplacez la première ligne par l’en-tête exact indiqué.',
  'AP204.title': () => 'les bonnes colonnes dans le mauvais ordre',
  'AP204.hint': () =>
    'Remettez les colonnes dans l’ordre exact de l’en-tête indiqué, dans un éditeur de texte brut.',
  'AP205.title': () => 'colonnes manquantes ou en trop',
  'AP205.hint': () => 'Utilisez exactement les colonnes d’un en-tête accepté, ni plus ni moins.',
  'AP301.title': () => 'ligne au mauvais nombre de champs, ou guillemet non fermé',
  'AP301.hint': () =>
    fr`Chaque ligne doit avoir un champ par colonne de l’en-tête ; une valeur qui contient une virgule ne peut s’écrire sans guillemets.`,
  'AP302.title': () => 'ligne vide au milieu des données',
  'AP302.hint': () => 'Supprimez la ligne vide.',
  'AP303.title': () => 'aucune combinaison d’identifiants acceptée par l’Espace partenaires',
  'AP303.hint': () =>
    'Indiquez un hachage matériel (avec ou sans numéro de série et ID de produit Windows), un ID de produit Windows de 13 chiffres seul, ou numéro de série + fabricant + modèle.',
  'AP304.title': () => 'numéro de série générique ou déformé par un tableur',
  'AP304.hint': () =>
    fr`Utilisez le numéro de série que l’appareil signale (Win32_BIOS SerialNumber) ; n’ouvrez jamais le fichier dans un tableur, qui supprime les zéros de tête et écrit les grands nombres sous la forme 5.02E+11.`,
  'AP305.title': () => 'l’ID de produit Windows n’est pas un identifiant à 13 chiffres',
  'AP305.hint': () =>
    'Laissez la colonne vide (comme Get-WindowsAutopilotInfo) ou indiquez l’ID de produit Windows OA3 à 13 chiffres.',
  'AP306.title': () => 'espaces au début ou à la fin d’un champ',
  'AP306.hint': () =>
    fr`Supprimez les espaces autour de la valeur ; l’Espace partenaires compare les valeurs à l’identique.`,
  'AP307.title': () => 'la colonne Group Tag ne nomme aucune balise de groupe du client',
  'AP307.hint': () =>
    fr`L’Espace partenaires n’a pas de balise par appareil : le nom du lot est la balise. Videz la colonne, ou indiquez l’une des valeurs groupTag et groupTags de customer.yml (dans un dossier devices/<balise de groupe>/, la balise de ce dossier).`,
  'AP308.title': () => 'colonne Assigned User remplie',
  'AP308.hint': () =>
    fr`L’inscription dans l’Espace partenaires ne transmet pas l’utilisateur affecté ; affectez les utilisateurs dans Intune après l’inscription.`,
  'AP401.title': () => 'le hachage n’est pas du base64',
  'AP401.hint': () => `Le hachage doit être une seule ligne ininterrompue de base64. ${REEXPORT}`,
  'AP402.title': () => 'longueur du hachage non multiple de 4',
  'AP402.hint': () =>
    fr`Rétablissez les caractères perdus ou le remplissage \`=\` ; Autopilot refuse le base64 sans remplissage.`,
  'AP403.title': () => 'ce n’est pas un hachage matériel',
  'AP403.hint': () => `La valeur est du base64, mais pas un hachage matériel 4K. ${REEXPORT}`,
  'AP404.title': () => 'hachage endommagé ou tronqué',
  'AP404.hint': () =>
    fr`L’empreinte SHA-256 finale du hachage ne correspond pas à son contenu : la valeur a été coupée ou modifiée. ${REEXPORT}`,
  'AP405.title': () => 'le numéro de série diffère de celui du hachage',
  'AP405.hint': () =>
    'Utilisez le numéro de série exactement tel que le hachage le contient, ou capturez de nouveau le hachage sur cet appareil.',
  'AP406.title': () => 'le fabricant ou le modèle diffère du hachage',
  'AP406.hint': () =>
    fr`L’Espace partenaires respecte la casse : copiez la valeur exactement telle que le hachage la contient.`,
  'AP407.title': () => 'l’ID de produit Windows diffère du hachage',
  'AP407.hint': () =>
    'Laissez la colonne vide ou indiquez l’ID de produit Windows que contient le hachage.',
  'AP408.title': () => 'le hachage ne contient aucun numéro de série ou aucun fabricant',
  'AP408.hint': () =>
    fr`Autopilot refuse un tel hachage (InvalidZtdHardwareHash) : définissez le numéro de série et le fabricant SMBIOS dans le microprogramme, puis capturez de nouveau.`,
  'AP409.title': () => 'le hachage n’indique aucun TPM',
  'AP409.hint': () =>
    fr`Le mode de déploiement automatique et le préapprovisionnement exigent un TPM 2.0 ; le mode piloté par l’utilisateur fonctionne toujours.`,
  'AP410.title': () => 'l’appareil est une machine virtuelle',
  'AP410.hint': () =>
    fr`Convient pour un pilote ; vérifiez que le client veut vraiment inscrire une machine virtuelle.`,
  'AP411.title': () => 'octets non nuls après la fin du hachage',
  'AP411.hint': () =>
    fr`Tout hachage capturé ne contient que des zéros après son empreinte SHA-256 finale : quelque chose a été collé à celui-ci ou l’a modifié. ${REEXPORT}`,
  'AP501.title': () => 'même appareil deux fois dans un fichier',
  'AP501.hint': () => 'Supprimez l’une des deux lignes.',
  'AP502.title': () => 'même appareil dans deux fichiers d’un client',
  'AP502.hint': () => 'Gardez l’appareil dans un seul fichier.',
  'AP503.title': () => 'même appareil chez deux clients',
  'AP503.hint': () =>
    fr`Un appareil appartient à un seul locataire (l’Espace partenaires répondrait 808) : gardez-le chez le client à qui il appartient.`,
  'AP504.title': () => 'appareil déjà inscrit pour ce client',
  'AP504.hint': () => fr`Rien à faire : il est ignoré.`,
  'AP505.title': () => 'appareil inscrit pour un autre client',
  'AP505.hint': () => 'Supprimez la ligne, ou désinscrivez d’abord l’appareil de l’autre client.',
  'AP601.title': () => 'customer.yml absent ou invalide',
  'AP601.hint': () =>
    'Chaque dossier customers/<slug>/ doit contenir un customer.yml avec name et customerId.',
  'AP602.title': () => 'customerId n’est pas un GUID',
  'AP602.hint': () =>
    'Utilisez l’ID de locataire Microsoft Entra du client (Espace partenaires > Clients > le client > Compte > ID Microsoft).',
  'AP603.title': () => 'balise de groupe qui n’est pas une balise Managed Desktop autorisée',
  'AP603.hint': () =>
    'Les balises de groupe Managed Desktop doivent correspondre exactement, casse et ponctuation comprises.',
  'AP604.title': () => 'customerId modifié pour un client qui a des appareils inscrits',
  'AP604.hint': () =>
    fr`Les prochaines inscriptions iraient à un autre locataire : créez plutôt un nouveau dossier client.`,
  'AP605.title': () =>
    'dossier client dont le nom n’est pas un slug, ou CSV hors de customers/<slug>/devices/',
  'AP605.hint': () =>
    fr`Les dossiers clients s’écrivent en lettres minuscules, chiffres et traits d’union ; les fichiers d’appareils se trouvent dans customers/<slug>/devices/.`,
  'AP606.title': () => 'registre d’inscription illisible, modifié ou supprimé',
  'AP606.hint': () =>
    fr`Les registres d’inscription sont immuables : restaurez le fichier depuis la branche par défaut. Une exécution ultérieure écrit plutôt un nouveau registre.`,
  'AP607.title': () => 'dossier d’appareils qui ne nomme aucune balise de groupe du client',
  'AP607.hint': () =>
    'devices/<balise de groupe>/ doit reprendre exactement l’une des balises de groupe du client.',
  'AP608.title': () => 'demande de désinscription impossible à exécuter',
  'AP608.hint': () =>
    'Une désinscription nomme un appareil que les registres tiennent pour inscrit pour ce client, une seule fois, et dans aucun fichier d’appareils.',
}
