import type { cliEn } from '../en/cli.js'
import type { SameMessages } from '../messages.js'
import { fr } from '../typography.js'
import { cliInitFr } from './cli-init.js'
import { cliRunFr } from './cli-run.js'
import { cliUsageFr } from './cli-usage.js'

/** The cli messages in French. */
export const cliFr: SameMessages<typeof cliEn> = {
  ...cliUsageFr,
  ...cliRunFr,
  ...cliInitFr,
  'cli.unknownCommand': (p) => `commande inconnue ${p.name}`,
  'cli.helpTakesOne': () => 'help prend une seule commande',
  'cli.lang': (p) => `--lang prend ${p.accepted}, pas ${p.value}`,
  'cli.couldNotRun': (p) => fr`exécution impossible : ${p.reason}`,
  'cli.optionFailed': (p) => `--${p.option} ${p.reason}`,
  'cli.args.unknownOption': (p) => `Option inconnue '${p.option}'`,
  'cli.args.missingValue': (p) => `L’option '${p.option}' attend une valeur`,
  'cli.format': (p) => `--format doit valoir text ou json, pas ${p.value}`,
  'cli.takesOnePath': (p) => `${p.command} prend un seul chemin de dépôt`,
  'cli.needsCustomer': (p) => `${p.command} a besoin de --customer SLUG`,
  'cli.needsSignIn': (p) => `${p.command} a besoin de --tenant-id et --client-id`,
  'cli.decodeHash.takesOne': () =>
    'decode-hash prend un seul hachage, ou - pour le lire sur l’entrée standard',
  'cli.decodeHash.empty': () =>
    fr`decode-hash : aucun hachage donné (l’entrée standard était vide)`,
  'cli.sandbox.noPath': () => 'sandbox ne prend pas de chemin',
  'cli.init.takesOne': () => 'init prend un seul dossier',
  'cli.init.together': () => 'init prend --customer et --customer-id ensemble',
  'cli.schema.takesOne': () => 'schema prend un seul nom',
  'cli.schema.unknown': (p) => `schema prend ${p.names}, pas ${p.name}`,
  'cli.badSetting': (p) => fr`--${p.flag} vaut « ${p.value} » : ${p.problem}`,
  'cli.badSettings': (p, f) => f.text(p.problems),
  'cli.sandbox.port': (p) => `--port doit être un numéro de port, pas ${p.value}`,
  'cli.sandbox.whole': (p) => `${p.option} doit être un nombre entier, pas ${p.value}`,
  'cli.behave.unknown': (p) => fr`--behave : \`${p.name}\` inconnu ; connus : ${p.known}`,
  'cli.behave.bytes': (p) => `--behave max-body-bytes=N attend un nombre d’octets, pas ${p.value}`,
  'cli.behave.bytesMissing': () =>
    '--behave max-body-bytes=N attend un nombre d’octets, et aucun n’a été donné',
}
