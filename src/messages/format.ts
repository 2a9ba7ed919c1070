import type { Language } from './language.js'
import type { Text } from './text.js'

/**
 * What a message needs besides its words: numbers, dates, lists and plurals in the language's own
 * form (through Intl, never by hand), and the words of a Text it quotes.
 */
export interface Format {
  readonly language: Language
  /** `1,205` in English, `1 205` in French. */
  number(n: number): string
  /** `Dec 1, 2026` in English, `1 déc. 2026` in French; an ISO string or epoch milliseconds. */
  date(when: string | number): string
  /** `a, b and c` / `a, b et c`. */
  list(items: readonly string[]): string
  /** `one` when `n` takes the singular in this language (French: 0 and 1), else `other`. */
  plural(n: number, one: string, other: string): string
  /** `n` and its noun: `count(3, 'file', 'files')` → `3 files`. */
  count(n: number, one: string, other: string): string
  /** The words of a quoted Text, or of each of several joined as a list. */
  text(text: Text | readonly Text[]): string
}

const LOCALES: Record<Language, string> = { en: 'en-US', fr: 'fr-FR' }

export function makeFormat(language: Language, say: (text: Text) => string): Format {
  const locale = LOCALES[language]
  const numbers = lazily(() => new Intl.NumberFormat(locale))
  const dates = lazily(
    () =>
      new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }),
  )
  const lists = lazily(() => new Intl.ListFormat(locale, { type: 'conjunction' }))
  const plurals = lazily(() => new Intl.PluralRules(locale))
  const plural = (n: number, one: string, other: string) =>
    plurals().select(n) === 'one' ? one : other
  return {
    language,
    number: (n) => numbers().format(n),
    date: (when) => dates().format(new Date(when)),
    list: (items) => lists().format(items),
    plural,
    count: (n, one, other) => `${numbers().format(n)} ${plural(n, one, other)}`,
    text: (text) => (Array.isArray(text) ? lists().format(text.map(say)) : say(text as Text)),
  }
}

/**
 * Made on first use, then kept. Each Intl formatter reads its part of ICU's data, megabytes of the
 * node binary paged into memory (a NumberFormat alone some 10 MB of resident pages), which a run
 * that never formats a number, a date or a list need not pay for.
 */
function lazily<T>(make: () => T): () => T {
  let made: T | undefined
  return () => {
    made ??= make()
    return made
  }
}
