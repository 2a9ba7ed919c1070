import { sizeIn } from '../en/checks-files.js'
import type { repositoryFilesEn } from '../en/repository-files.js'
import type { SameMessages } from '../messages.js'
import { fr } from '../typography.js'

/** A size in KiB, written `477.5` by the caller: a comma in French. */
const size = (bytes: number) => sizeIn('fr', bytes, { bytes: 'octets', kib: 'Kio', mib: 'Mio' })

/** Findings about customer.yml and the files of the repository, in French. */
export const repositoryFilesFr: SameMessages<typeof repositoryFilesEn> = {
  'repo.customer.missing': (p) => fr`customer.yml est absent pour le client \`${p.slug}\``,
  'repo.customer.folder': (p) =>
    fr`customer.yml est un dossier, pas un fichier : le client \`${p.slug}\` n’a pas de paramètres`,
  'repo.customer.oversized': (p) =>
    fr`customer.yml fait ${size(p.size)}, au-delà de la limite de ${size(p.limit)} ; il n’a pas été lu`,
  'repo.customer.oversizedHint': () =>
    fr`Un customer.yml contient cinq champs courts (name, customerId, groupTag, groupTags, managedDesktop) : n’écrivez que ceux-là.`,
  'repo.customer.notYaml': (p, f) =>
    fr`customer.yml n’est pas du YAML valide : ${p.error}${p.more > 0 ? ` (et ${f.count(p.more, 'autre erreur', 'autres erreurs')})` : ''}`,
  'repo.customer.aliases': () =>
    fr`customer.yml développe ses alias YAML (\`*name\`) plus de 100 fois : il n’a donc pas été lu`,
  'repo.customer.aliasesHint': () =>
    fr`Écrivez chaque valeur en entier : un customer.yml n’a besoin d’aucune ancre (\`&name\`) ni d’aucun alias (\`*name\`).`,
  'repo.customer.unusable': (p) => fr`customer.yml ne peut pas être lu en valeurs : ${p.error}`,
  'repo.customer.notGuid': (p) => fr`customerId \`${p.value}\` n’est pas un GUID`,
  'repo.customer.unknownFields': (p, f) =>
    fr`customer.yml contient des champs inconnus : ${p.keys}${p.more > 0 ? ` et ${f.number(p.more)} autres` : ''} ; les champs sont name, customerId, groupTag, groupTags, managedDesktop`,
  'repo.customer.fieldMissing': (p) => fr`le champ \`${p.field}\` de customer.yml est absent`,
  'repo.customer.fieldInvalid': (p) =>
    fr`le champ \`${p.field}\` de customer.yml n’est pas valide : ${p.problem}`,
  'repo.customer.invalid': (p) => fr`customer.yml n’est pas valide : ${p.problem}`,
  'repo.customer.tagTwice': (p) => fr`groupTags cite \`${p.tag}\` deux fois`,
  'repo.customer.tagTwiceHint': () => 'Citez chaque balise de groupe une seule fois.',
  'repo.groupTag.notManaged': (p) =>
    fr`la balise de groupe \`${p.tag}\` n’est pas une balise de groupe Managed Desktop${p.near ? fr` : vouliez-vous dire \`${p.near}\` ?` : ''}`,
  'repo.groupTag.notManagedHint': (p) =>
    fr`Utilisez exactement l’une des balises ${p.tags} ; ou indiquez managedDesktop: false pour un client hors de Managed Desktop.`,
  'repo.folder.noTag': (p) =>
    fr`le dossier \`devices/${p.folder}/\` ne nomme aucune balise de groupe du client \`${p.slug}\`${p.near ? fr` : vouliez-vous dire \`${p.near}\` ?` : ''}`,
  'repo.folder.noTagHint': (p) =>
    fr`Placez le fichier dans devices/ (la balise par défaut, \`${p.groupTag}\`) ou dans devices/<balise de groupe>/ pour l’une des balises ${p.tags}, écrite exactement ; ou ajoutez la balise à groupTags dans customer.yml.`,
  'repo.folder.notSlug': (p) => fr`le nom du dossier client \`${p.slug}\` n’est pas un slug`,
  'repo.file.stray': (p) =>
    fr`\`${p.file}\` est en dehors de customers/<slug>/devices/ : il n’appartient à aucun client, et aucun de ses appareils ne sera inscrit`,
  'repo.file.vanished': (p) => fr`\`${p.file}\` a disparu pendant sa lecture`,
  'repo.file.documentation': (p) => fr`\`${p.file}\` est de la documentation : il n’est pas lu`,
  'repo.file.documentationHint': (p) =>
    fr`Rien à faire ; les listes d’appareils vont dans ${p.devices}, en fichiers .csv.`,
  'repo.file.notCustomer.deviceList': (p) =>
    fr`\`${p.file}\` est une liste d’appareils, pas un dossier client : il n’est pas lu, et aucun de ses appareils n’est inscrit`,
  'repo.file.notCustomer.workbook': (p) =>
    fr`\`${p.file}\` est un classeur Excel, pas un dossier client : il n’est pas lu, et aucun de ses appareils n’est inscrit`,
  'repo.file.notCustomer.other': (p) =>
    fr`\`${p.file}\` est un fichier, pas un dossier client : il n’est pas lu`,
  'repo.file.notCustomerHint': (p) =>
    fr`Un client est un dossier, customers/<slug>/, qui contient customer.yml et les listes d’appareils dans devices/ en fichiers .csv : déplacez ce fichier dans le dossier de son client (en \`customers/<slug>/devices/${p.csvName}\` s’il liste des appareils), ou supprimez-le.`,
  'repo.file.listNotCsv': (p, f) =>
    fr`\`${p.file}\` est une liste d’appareils (sa première ligne est ${f.text(p.firstLine)}${p.encoding ? `, ${f.text(p.encoding)}` : ''}), mais son nom ne se termine pas par .csv : il n’est pas lu, et aucun de ses appareils n’est inscrit`,
  'repo.file.renameToCsv': (p) =>
    fr`Renommez-le en \`${p.target}\` : seuls les fichiers .csv sous ${p.devices} sont lus et inscrits.`,
  'repo.file.moveToCsv': (p) =>
    fr`Déplacez-le en \`${p.target}\` : seuls les fichiers .csv sous ${p.devices} sont lus et inscrits.`,
  'repo.encoding.utf8Bom': () => 'UTF-8 avec marque d’ordre des octets (BOM)',
  'repo.encoding.named': (p) => p.name,
  'repo.file.settingsName': (p) =>
    fr`\`${p.file}\` n’est pas lu : les paramètres du client doivent être dans \`customer.yml\``,
  'repo.file.settingsNameHint': (p) =>
    fr`Renommez-le en \`customers/${p.slug}/customer.yml\` : seul ce nom est lu.`,
  'repo.file.notDeviceList': (p, f) =>
    fr`\`${p.file}\` n’est pas une liste d’appareils${p.what ? ` (c’est ${f.text(p.what)})` : ''} : il n’est donc pas lu`,
  'repo.file.notDeviceListInDevices': (p, f) =>
    fr`\`${p.file}\` n’est pas une liste d’appareils${p.what ? ` (c’est ${f.text(p.what)})` : ''}, il n’est donc pas lu : rien de ce qu’il contient n’est inscrit`,
  'repo.request.noDevice': () =>
    fr`la ligne ne nomme aucun appareil : elle n’a ni numéro de série ni ID de produit Windows`,
  'repo.request.noDeviceHint': () =>
    'Donnez à chaque appareil d’une demande de désinscription son numéro de série (ou son ID de produit Windows).',
}
