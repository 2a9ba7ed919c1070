import type { checksEn } from './en/checks.js'
import type { cliEn } from './en/cli.js'
import type { errorsEn } from './en/errors.js'
import type { reportsEn } from './en/reports.js'
import type { repositoryEn } from './en/repository.js'
import type { rulesEn } from './en/rules.js'

/**
 * Every message, as the English types it: the keys and their values, without the words. Types
 * only, so that what makes a Text (text-of.ts) loads no catalogue: the engine's worker threads
 * make Texts and never say them.
 */
export type Catalogue = {
  /** Words that came from elsewhere, said as they are in every language. */
  verbatim: (p: { words: string }) => string
} & typeof rulesEn &
  typeof checksEn &
  typeof repositoryEn &
  typeof errorsEn &
  typeof reportsEn &
  typeof cliEn

export type MessageKey = keyof Catalogue
type ParamsOf<K extends MessageKey> = Parameters<Catalogue[K]>[0]
/** No second argument for a message that quotes nothing. */
export type ParamsArg<K extends MessageKey> =
  undefined extends ParamsOf<K> ? [] : [params: ParamsOf<K>]
