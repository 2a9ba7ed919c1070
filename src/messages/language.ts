/** The languages every message, report and partner document exists in. */
export const LANGUAGES = ['en', 'fr'] as const
export type Language = (typeof LANGUAGES)[number]

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value)
}

/**
 * The language a terminal asks for, as gettext reads it: `LC_ALL`, then `LC_MESSAGES`, then
 * `LANG`; the first one set decides (`fr_FR.UTF-8`, `fr_CA`, `fr` → French). `C`, `POSIX`, an
 * unset locale and every language we do not speak give English.
 */
export function languageFromEnvironment(
  env: Readonly<Record<string, string | undefined>>,
): Language {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find(
    (value) => value !== undefined && value !== '',
  )
  const language = locale?.split(/[_.@-]/)[0]?.toLowerCase() ?? ''
  return isLanguage(language) ? language : 'en'
}
