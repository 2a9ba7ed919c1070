import type { checksFilesEn } from '../en/checks-files.js'
import { sizeIn } from '../en/checks-files.js'
import type { SameMessages } from '../messages.js'
import { fr } from '../typography.js'

const size = (bytes: number) => sizeIn('fr', bytes, { bytes: 'octets', kib: 'Kio', mib: 'Mio' })

/** Ce que le lecteur de CSV dit d’un fichier entier, en français. */
export const checksFilesFr: SameMessages<typeof checksFilesEn> = {
  'check.tooLarge': (p) =>
    fr`le fichier fait ${size(p.size)}, au-delà de la limite de ${size(p.limit)} ; il n’a pas été lu`,
  'check.emptyFile': () => 'le fichier est vide',
  'check.utf32': (p) =>
    fr`le fichier est en ${p.encoding}, qu’aucun envoi Autopilot ne lit ; rien n’a été vérifié`,
  'check.bomNotUtf8': (p) =>
    fr`le fichier commence par une marque d’ordre des octets UTF-8, mais la ligne ${p.line} contient des octets qui ne sont pas de l’UTF-8 ; rien n’a été vérifié`,
  'check.bomAccepted': () =>
    fr`le fichier est en UTF-8 avec une marque d’ordre des octets : accepté`,
  'check.encodingAccepted': (p) => fr`le fichier est en ${p.encoding} : accepté`,
  'check.notUtf8From': (p) =>
    fr`des octets qui ne sont pas de l’UTF-8 ; rien n’a été vérifié à partir de la ligne ${p.line}`,
  'check.notTextFrom': (p, f) =>
    fr`${f.text(p.reason)} ; rien n’a été vérifié à partir de la ligne ${p.line}`,
  'check.notValidEncoding': (p) => `les octets ne sont pas de l’${p.encoding} valide`,
  'check.nulBytes': () =>
    fr`des octets NUL dans le fichier : il ressemble à de l’UTF-16 sans marque d’ordre des octets, ou à des données binaires`,
  'check.secondBom': () =>
    fr`une deuxième marque d’ordre des octets au milieu du fichier : deux fichiers ont été concaténés`,
  'check.quoteNotClosedFrom': (p) =>
    fr`un guillemet ouvert à la ligne ${p.line} n’est jamais fermé ; rien n’a été vérifié à partir de la ligne ${p.line}`,
  'check.unbalancedQuoteFrom': (p) =>
    fr`guillemets déséquilibrés (${p.detail}) ; rien n’a été vérifié à partir de la ligne ${p.line}`,

  'check.blankLine': (p) => `la ligne ${p.line} est vide`,
  'check.fieldCount': (p, f) =>
    fr`la ligne a ${f.count(p.fields, 'champ', 'champs')}, l’en-tête en a ${f.number(p.columns)} : \`${p.row}\``,
  'check.onlyBlankLines': () => 'le fichier ne contient que des lignes vides',
  'check.noText': () => 'le fichier ne contient aucun texte',
  'check.headerNoRows': () => 'le fichier a un en-tête, mais aucune ligne d’appareil',
  'check.noRowChecked': (p, f) => fr`${f.text(p.problem)} ; aucune ligne n’a été vérifiée`,
  'check.blankLinesAbove': (p, f) =>
    fr`le fichier commence par ${f.count(p.above, 'ligne vide', 'lignes vides')} ; l’en-tête est à la ligne ${p.line}`,
  'check.headerBelowPreamble': (p, f) =>
    fr`l’en-tête des appareils est à la ligne ${p.line}, sous ${f.count(p.above, 'autre ligne', 'autres lignes')}, comme dans un export de rapport Configuration Manager`,
  'check.deleteLinesAbove': (p) =>
    `Supprimez les lignes 1 à ${p.above} pour que l’en-tête soit la première ligne.`,

  'check.cells': (p, f) =>
    p.more > 0
      ? `\`${p.cells},…\` (${f.count(p.more, 'autre cellule', 'autres cellules')})`
      : `\`${p.cells}\``,
  'check.cellList': (p, f) =>
    p.more > 0 ? `${p.cells} et ${f.count(p.more, 'autre', 'autres')}` : p.cells,
  'check.deviceRowFirst': (p, f) =>
    fr`la première ligne est une ligne d’appareil (${f.text(p.row)}), pas un en-tête : la ligne d’en-tête manque`,
  'check.addHeader': (p) =>
    fr`Ajoutez l’en-tête en ligne 1 ; pour un fichier de Get-WindowsAutopilotInfo, c’est \`${p.header}\`.`,
  'check.unknownHeader': (p, f) =>
    fr`en-tête inconnu ${f.text(p.header)} ; en-têtes acceptés : ${p.accepted}`,
  'check.caseOrSpacing': (p, f) =>
    fr`l’en-tête diffère de ${f.text(p.expected)} par la casse ou les espaces : ${f.text(p.header)}`,
  'check.wrongOrder': (p, f) =>
    fr`colonnes dans le mauvais ordre : ${f.text(p.header)} ; attendu : ${f.text(p.expected)}`,
  'check.columnsDiffer': (p, f) =>
    fr`${f.text(p.differences)} dans ${f.text(p.header)} ; attendu : ${f.text(p.expected)}`,
  'check.columnsMissing': (p, f) => fr`il manque ${f.text(p.missing)}`,
  'check.columnsExtra': (p, f) => fr`en trop : ${f.text(p.extra)}`,
  'check.columnsMissingAndExtra': (p, f) =>
    fr`il manque ${f.text(p.missing)} ; en trop : ${f.text(p.extra)}`,
  'check.columnsDuplicate': () => 'colonnes en double',

  'check.delimitedByTabs': () =>
    'le fichier est délimité par des tabulations, pas par des virgules (un tableur l’a enregistré, peut-être avec des paramètres régionaux français ou allemands)',
  'check.delimitedBySemicolons': () =>
    'le fichier est délimité par des points-virgules, pas par des virgules (un tableur l’a enregistré, peut-être avec des paramètres régionaux français ou allemands)',
  'check.delimitedHint': () =>
    fr`Commitez le fichier exactement tel que Get-WindowsAutopilotInfo l’a écrit ; un tableur supprime aussi les zéros de tête des numéros de série.`,
  'check.mmdSelfRegistration': () =>
    'il s’agit du fichier d’auto-inscription Microsoft Managed Desktop (`Manufacturer,Model,Serial Number,Hardware Hash`), que l’Espace partenaires n’accepte pas',
  'check.mmdSelfRegistrationHint': () =>
    'Capturez les appareils avec Get-WindowsAutopilotInfo -OutputFile, qui écrit `Device Serial Number,Windows Product ID,Hardware Hash`.',
  'check.mmdPartner': () =>
    'il s’agit du fichier partenaire Microsoft Managed Desktop (`Manufacturer,Model,Serial Number`), que l’Espace partenaires n’accepte pas',
  'check.mmdPartnerHint': () =>
    'Pour une inscription par triplet, utilisez l’en-tête de l’Espace partenaires `Device Serial Number,Windows Product ID,Hardware Hash,Manufacturer name,Device model`, avec les colonnes du numéro de série, du fabricant et du modèle remplies.',
  'check.intuneExport': (p, f) =>
    fr`il s’agit d’un export de la liste des appareils Windows Autopilot du centre d’administration Intune (${f.text(p.header)}) : il liste des appareils déjà inscrits dans un locataire et ne contient aucun hachage matériel`,
  'check.intuneExportHint': () =>
    'Exécutez Get-WindowsAutopilotInfo -OutputFile devices.csv sur chaque appareil (ou demandez à l’OEM son fichier de hachages matériels) et commitez ce fichier sans le modifier.',
  'check.configMgrExport': () =>
    'cela ressemble à un export de rapport Configuration Manager (des noms d’éléments de rapport sur la première ligne)',
  'check.configMgrExportHint': () =>
    fr`Exportez le rapport « Windows Autopilot Device Information » au format CSV et supprimez toutes les lignes au-dessus de l’en-tête \`Device Serial Number,…\`.`,
  'check.corporateIdentifiers': () =>
    'cela ressemble à une liste d’identificateurs d’entreprise Intune (des lignes `manufacturer,model,serial` sans en-tête), qui n’est pas un fichier d’inscription Autopilot',
  'check.corporateIdentifiersHint': () =>
    'Capturez les appareils avec Get-WindowsAutopilotInfo -OutputFile, ou utilisez l’en-tête de l’Espace partenaires avec le numéro de série, le fabricant et le modèle.',

  'check.kind.zip': () => 'une archive zip',
  'check.kind.office': () => 'un document Office',
  'check.kind.utf32': (p) => `du texte ${p.encoding}, que rien ici ne lit`,
  'check.kind.xlsx': () => 'un classeur Excel (.xlsx)',
  'check.kind.xls': () => 'un classeur Excel 97-2003 (.xls)',
  'check.workbook': (p, f) =>
    fr`\`${p.file}\` est ${f.text(p.format)}, pas un fichier CSV : il n’est pas lu, et aucun de ses appareils n’est inscrit`,
  'check.workbookHint.inPlace': (p) =>
    fr`Ouvrez-le dans Excel, choisissez Fichier > Enregistrer sous > CSV UTF-8 (délimité par des virgules) (*.csv) et enregistrez-le sous \`${p.target}\` à sa place ; vérifiez que les numéros de série ont gardé leurs zéros de tête. Mieux encore, commitez le fichier écrit par Get-WindowsAutopilotInfo.`,
  'check.workbookHint.move': (p) =>
    fr`Ouvrez-le dans Excel, choisissez Fichier > Enregistrer sous > CSV UTF-8 (délimité par des virgules) (*.csv) et enregistrez-le sous \`${p.target}\`, puis supprimez le classeur ; vérifiez que les numéros de série ont gardé leurs zéros de tête. Mieux encore, commitez le fichier écrit par Get-WindowsAutopilotInfo.`,
  'check.kind.folder': () => 'un dossier',
  'check.kind.symlink': () => 'un lien symbolique',
  'check.kind.fifo': () => 'un FIFO (tube nommé)',
  'check.kind.socket': () => 'un socket',
  'check.kind.device': () => 'un fichier de périphérique',
  'check.linkTo': (p, f) => `${f.text(p.kind)} (vers \`${p.target}\`)`,
  'check.linkNotFollowed': (p, f) =>
    fr`\`${p.file}\` est ${f.text(p.what)} : les liens ne sont pas suivis, donc ${f.text(p.consequence)}`,
  'check.notRegularFile': (p, f) =>
    fr`\`${p.file}\` est ${f.text(p.what)}, pas un fichier ordinaire : ${f.text(p.consequence)}`,
  'check.devicesNotRead': () => 'il n’est pas lu, et aucun de ses appareils n’est inscrit',
}
