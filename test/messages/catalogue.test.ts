import { describe, expect, it } from 'vitest'
import { CATALOGUES, MODULES, sayer } from '../../src/messages/catalogue.js'
import { LANGUAGES, languageFromEnvironment } from '../../src/messages/language.js'
import type { Messages } from '../../src/messages/messages.js'
import { fr } from '../../src/messages/typography.js'
import { placeholdersOf } from './markers.js'

describe('the message catalogue', () => {
  it('has every key in every language, and nothing more', () => {
    const english = Object.keys(CATALOGUES.en).sort()
    for (const language of LANGUAGES)
      expect(Object.keys(CATALOGUES[language]).sort(), language).toEqual(english)
  })

  it('holds no key in two modules, where one would silently replace the other', () => {
    for (const language of LANGUAGES) {
      const keys = Object.values(MODULES[language]).flatMap((m) => Object.keys(m))
      expect(keys.length, language).toBe(new Set(keys).size)
    }
  })

  it('quotes the same values in each language, each of them in the words', () => {
    for (const [key, message] of Object.entries(CATALOGUES.en)) {
      const english = placeholdersOf(message)
      for (const language of LANGUAGES) {
        const translated = placeholdersOf(CATALOGUES[language][key] as Messages[string])
        expect(translated.used, `${language} ${key}`).toEqual(english.used)
        for (const name of translated.used)
          expect(translated.words, `${language} ${key}: ${name}`).toContain(`‹${name}›`)
      }
    }
  })

  it('writes numbers, dates and lists in each language’s own form', () => {
    const [en, french] = [sayer('en'), sayer('fr')]
    expect(en.number(1205)).toBe('1,205')
    expect(french.number(1205)).toBe('1\u202f205')
    expect(en.date('2026-12-01T10:00:00Z')).toBe('Dec 1, 2026')
    expect(french.date('2026-12-01T10:00:00Z')).toBe('1 déc. 2026')
    expect(french.list(['a', 'b', 'c'])).toBe('a, b et c')
    expect(french.count(0, 'appareil', 'appareils')).toBe('0 appareil')
    expect(en.count(0, 'device', 'devices')).toBe('0 devices')
  })

  it('spaces French marks with a non-breaking space, in its own words only', () => {
    const file = 'a : b.csv'
    expect(fr`Fichier : ${file} ; « ok » ?`).toBe(
      'Fichier\u00a0: a : b.csv\u00a0; «\u00a0ok\u00a0»\u00a0?',
    )
  })
})

describe('the language of a terminal', () => {
  it.each([
    [{ LANG: 'fr_FR.UTF-8' }, 'fr'],
    [{ LANG: 'fr_CA' }, 'fr'],
    [{ LC_MESSAGES: 'fr_BE.UTF-8', LANG: 'en_US.UTF-8' }, 'fr'],
    [{ LC_ALL: 'en_GB.UTF-8', LC_MESSAGES: 'fr_FR', LANG: 'fr_FR' }, 'en'],
    [{ LC_ALL: '', LANG: 'fr_FR.UTF-8' }, 'fr'],
    [{ LANG: 'C.UTF-8' }, 'en'],
    [{ LANG: 'de_DE.UTF-8' }, 'en'],
    [{}, 'en'],
  ])('%o → %s', (env, language) => {
    expect(languageFromEnvironment(env)).toBe(language)
  })
})
