import type { checksRowsEn } from '../en/checks-rows.js'
import type { SameMessages } from '../messages.js'
import { fr } from '../typography.js'

const NO_VM_SERIAL = 'n’a pas de numéro de série SMBIOS'

/** Ce que les règles disent d’une ligne, de son hachage matériel et de ses doublons, en français. */
export const checksRowsFr: SameMessages<typeof checksRowsEn> = {
  'check.char.space': () => 'une espace',
  'check.char.tab': () => 'une tabulation',
  'check.char.lineBreak': () => 'un saut de ligne',
  'check.char.carriageReturn': () => 'un retour chariot',
  'check.char.quote': () => 'un guillemet `"`',
  'check.char.crlf': () => 'un saut de ligne (CRLF)',
  'check.char.other': (p) => `\`${p.char}\` (U+${p.code})`,
  'check.oddCharacter': (p, f) => `${p.field} \`${p.value}\` contient ${f.text(p.character)}`,
  'check.spacesAround': (p) => `${p.field} \`${p.value}\` est entouré d’espaces`,

  'check.hash.badCharacter': (p, f) =>
    `en position ${p.position}, ${f.text(p.character)} n’est pas un caractère base64`,
  'check.hash.length': (p) => `sa longueur, ${p.length}, n’est pas un multiple de 4`,
  'check.hash.tooShort': (p, f) =>
    `il ne fait que ${f.count(p.bytes, 'octet', 'octets')}, trop peu pour un hachage`,
  'check.hash.noMagic': () => fr`il ne commence pas par les octets magiques « OA »`,
  'check.hash.contentTooSmall': (p) => `la longueur du contenu, ${p.length}, est trop petite`,
  'check.hash.recordOverflow': (p, f) =>
    `l’enregistrement ${p.type} à l’octet ${p.offset} annonce ${f.count(p.length, 'octet', 'octets')}, ce qui dépasse la longueur de contenu déclarée, ${p.contentLength}`,
  'check.hash.truncated': (p, f) =>
    fr`tronqué : ${f.count(p.bytes, 'octet', 'octets')}, alors que le contenu et la somme de contrôle en demandent ${p.needed}`,
  'check.hash.noChecksum': (p) => `aucun enregistrement de somme de contrôle à l’octet ${p.offset}`,
  'check.hash.checksumMismatch': () => 'la somme de contrôle SHA-256 ne correspond pas au contenu',
  'check.hash.afterTrailer': (p, f) =>
    `${f.count(p.count, 'octet', 'octets')} après l’empreinte SHA-256 finale ${f.plural(p.count, 'n’est pas nul', 'ne sont pas nuls')}, le premier à l’octet ${p.first} sur ${p.length}`,

  'check.notBase64': (p, f) => fr`Hardware Hash n’est pas du base64 : ${f.text(p.problem)}`,
  'check.unpadded': (p, f) =>
    fr`Hardware Hash : ${f.text(p.problem)} ; des caractères ou le remplissage manquent`,
  'check.notAHash': (p, f) =>
    fr`Hardware Hash n’est pas un hachage matériel : ${f.text(p.problem)}`,
  'check.damaged': (p, f) => fr`Hardware Hash est endommagé ou tronqué : ${f.text(p.problem)}`,
  'check.afterTrailer': (p, f) =>
    fr`Hardware Hash correspond à sa somme de contrôle, mais ${f.text(p.warning)}`,
  'check.noTpm': () => 'le hachage ne montre aucun TPM',
  'check.virtualMachine': (p) => `l’appareil est une machine virtuelle (${p.machine})`,
  'check.hashNoSerial': () => 'le hachage ne contient aucun numéro de série',
  'check.hashNoManufacturer': () => 'le hachage ne contient aucun fabricant',
  'check.hashNoSerialOrManufacturer': () =>
    'le hachage ne contient ni numéro de série ni fabricant',
  'check.hashNoSerialVm': (p) =>
    fr`le hachage ne contient aucun numéro de série : cette machine virtuelle (${p.machine}) ${NO_VM_SERIAL}`,
  'check.serialDiffers': (p) =>
    `le numéro de série ${p.serial} diffère de ${p.inHash} dans le hachage`,
  'check.lostZerosHint': () =>
    fr`Un tableur a supprimé les zéros de tête : rétablissez-les, et n’ouvrez plus jamais le fichier dans un tableur.`,
  'check.hashSerialPlaceholder': (p, f) =>
    `le numéro de série du hachage, ${p.serial}, est ${f.text(p.reason)}`,
  'check.hashSerialPlaceholderVm': (p, f) =>
    fr`le numéro de série du hachage, ${p.serial}, est ${f.text(p.reason)} : cette machine virtuelle (${p.machine}) ${NO_VM_SERIAL}`,
  'check.fieldDiffers': (p) => `${p.field} ${p.given} diffère de ${p.expected} dans le hachage`,

  'check.serial.zeros': () =>
    fr`composé uniquement de zéros : une valeur fictive du microprogramme`,
  'check.serial.placeholder': () => 'une valeur fictive du microprogramme, pas un numéro de série',
  'check.serial.scientific': () =>
    fr`écrit en notation scientifique par un tableur ; le vrai numéro de série est perdu`,
  'check.serialPlaceholder': (p, f) => `le numéro de série ${p.serial} est ${f.text(p.reason)}`,
  'check.serialPlaceholderVm': (p, f) =>
    fr`le numéro de série ${p.serial} est ${f.text(p.reason)} : cette machine virtuelle (${p.machine}) ${NO_VM_SERIAL}`,
  'check.vmSerialHint': () =>
    fr`Définissez un numéro de série SMBIOS dans l’hyperviseur, puis capturez de nouveau le hachage avec Get-WindowsAutopilotInfo : QEMU \`-smbios type=1,serial=…\` ; libvirt \`<sysinfo type='smbios'><system><entry name='serial'>…</entry></system></sysinfo>\` avec \`<os><smbios mode='sysinfo'/></os>\` ; Proxmox \`smbios1: serial=…\` dans la configuration de la VM.`,
  'check.productKeyId': (p) =>
    `Windows Product ID ${p.value} n’est pas un identifiant à 13 chiffres`,
  'check.assignedUser': (p) => `Assigned User ${p.user} ne sera pas inscrit`,
  'check.groupTagDiffers': (p) =>
    `Group Tag ${p.tag} diffère de la balise de groupe du client, ${p.customerTag}`,
  'check.groupTagNone': (p) =>
    `Group Tag ${p.tag} n’est aucune des balises de groupe du client (${p.tags})`,
  'check.groupTagFolder': (p) =>
    `Group Tag ${p.tag} diffère de la balise de son dossier, ${p.folder}`,

  'check.identifier.serial': () => 'numéro de série',
  'check.identifier.manufacturer': () => 'fabricant',
  'check.identifier.model': () => 'modèle',
  'check.identifier.productKeyId': () => 'ID de produit Windows',
  'check.plus': (p, f) => `${f.text(p.left)} + ${f.text(p.right)}`,
  'check.noIdentifierCombination': () =>
    'la ligne n’a aucun identifiant, et aucun hachage matériel',
  'check.onlyIdentifiers': (p, f) =>
    fr`la ligne n’a que ces identifiants : ${f.text(p.given)}, et aucun hachage matériel`,
  'check.noTupleColumnsHint': (p, f) =>
    fr`${f.text(p.hint)} Cet en-tête n’a pas de colonne de fabricant ni de modèle : pour des lignes par triplet, utilisez l’en-tête de l’Espace partenaires.`,

  'check.device.makeSerial': (p) => `l’appareil ${p.manufacturer} de numéro de série ${p.serial}`,
  'check.device.serial': (p) => `l’appareil de numéro de série ${p.serial}`,
  'check.device.makeProductKey': (p) =>
    `l’appareil ${p.manufacturer} d’ID de produit Windows ${p.productKeyId}`,
  'check.device.productKey': (p) => `l’appareil d’ID de produit Windows ${p.productKeyId}`,
  'check.device.make': (p) => `l’appareil ${p.manufacturer}`,
  'check.device.sameHash': () => 'l’appareil (même hachage matériel)',
  'check.deviceLabel.named': (p) => p.name,
  'check.deviceLabel.productKey': (p) => `ID de produit Windows ${p.productKeyId}`,
  'check.duplicateInFile': (p, f) =>
    `${f.text(p.device)} figure aussi à la ligne ${p.line} de ce fichier`,
  'check.duplicateInCustomer': (p, f) => `${f.text(p.device)} figure aussi dans ${p.where}`,
  'check.duplicateAcrossCustomers': (p, f) =>
    `${f.text(p.device)} figure aussi chez le client ${p.customer} (${p.where})`,
  'check.duplicateOutsideCustomers': (p, f) =>
    `${f.text(p.device)} figure aussi dans un fichier hors de tout client (${p.where})`,

  'check.moreLikeThis': (p, f) =>
    fr`et ${f.count(p.count, 'autre constat', 'autres constats')} de ce type dans ce fichier (${f.text(p.title)}), ${f.text(p.lines)} : seuls les ${f.number(p.limit)} premiers constats d’une règle sont listés pour chaque fichier`,
  'check.linesFromTo': (p, f) => `de la ligne ${f.number(p.first)} à la ligne ${f.number(p.last)}`,
  'check.onLine': (p, f) => `à la ligne ${f.number(p.line)}`,
}
