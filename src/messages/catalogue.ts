import { checksEn } from './en/checks.js'
import { cliEn } from './en/cli.js'
import { errorsEn } from './en/errors.js'
import { reportsEn } from './en/reports.js'
import { repositoryEn } from './en/repository.js'
import { rulesEn } from './en/rules.js'
import { type Format, makeFormat } from './format.js'
import { checksFr } from './fr/checks.js'
import { cliFr } from './fr/cli.js'
import { errorsFr } from './fr/errors.js'
import { reportsFr } from './fr/reports.js'
import { repositoryFr } from './fr/repository.js'
import { rulesFr } from './fr/rules.js'
import type { Catalogue, MessageKey, ParamsArg } from './keys.js'
import type { Language } from './language.js'
import type { Messages } from './messages.js'
import type { Text, TextParam } from './text.js'

/** The modules of each language, in the same order: the catalogue test checks no key is in two. */
export const MODULES = {
  en: { rulesEn, checksEn, repositoryEn, errorsEn, reportsEn, cliEn },
  fr: { rulesFr, checksFr, repositoryFr, errorsFr, reportsFr, cliFr },
} as const

const EN: Catalogue = {
  verbatim: (p) => p.words,
  ...rulesEn,
  ...checksEn,
  ...repositoryEn,
  ...errorsEn,
  ...reportsEn,
  ...cliEn,
}
const FR: Catalogue = {
  verbatim: (p) => p.words,
  ...rulesFr,
  ...checksFr,
  ...repositoryFr,
  ...errorsFr,
  ...reportsFr,
  ...cliFr,
}
export const CATALOGUES: Record<Language, Messages> = { en: EN, fr: FR }

export type { MessageKey, ParamsArg } from './keys.js'
export { text } from './text-of.js'

/** The words of Texts and keys in one language: what renderers are handed. */
export interface Say extends Format {
  <K extends MessageKey>(key: K, ...params: ParamsArg<K>): string
}

const SAYERS = new Map<Language, Say>()

export function sayer(language: Language): Say {
  const known = SAYERS.get(language)
  if (known) return known
  const say = sayWith(language, CATALOGUES[language])
  SAYERS.set(language, say)
  return say
}

/**
 * A Say over a catalogue of one's own: a test wraps each message's words in marks to show that
 * everything a renderer writes comes from the catalogue.
 */
export function sayWith(language: Language, catalogue: Messages): Say {
  const words = (t: Text): string => {
    const message = catalogue[t.key]
    // A Text read back from elsewhere (a stored report) may name a key this version dropped.
    if (!message) return t.key
    return message(t.params ?? {}, format)
  }
  const format = makeFormat(language, words)
  const say = ((key: MessageKey, ...params: [Record<string, TextParam>?]) =>
    words({ key, params: params[0] })) as Say
  Object.assign(say, format)
  return say
}

/** The English words of a Text: for log lines meant for support, and for Error messages. */
export function english(t: Text): string {
  return sayer('en').text(t)
}
