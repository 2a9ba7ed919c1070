import type { Format } from '../../src/messages/format.js'
import type { Messages } from '../../src/messages/messages.js'

/**
 * What a message quotes, found by running it: each value it reads comes back as a marker, and
 * every formatter passes markers through, so the output shows which values were used where.
 */
export function placeholdersOf(message: Messages[string]): { used: string[]; words: string } {
  const used = new Set<string>()
  const marker = (name: string) => ({
    [Symbol.toPrimitive]: (hint: string) => (hint === 'number' ? 2 : `‹${name}›`),
    key: `‹${name}›`,
  })
  const params = new Proxy(
    {},
    {
      get: (_, name) => {
        if (typeof name !== 'string') return undefined
        used.add(name)
        return marker(name)
      },
    },
  )
  const shown = (value: unknown) => String((value as { key?: string }).key ?? value)
  const format: Format = {
    language: 'en',
    number: shown,
    date: shown,
    list: (items) => items.map(shown).join(' '),
    plural: (n, one, other) => `${shown(n)}${one}${other}`,
    count: (n, one, other) => `${shown(n)} ${one}${other}`,
    text: (t) => (Array.isArray(t) ? t.map(shown).join(' ') : shown(t)),
  }
  const words = String(message(params, format))
  return { used: [...used].sort(), words }
}

/** A message's words with every value it quotes shown as ‹name›. */
export function wordsWithMarkers(message: Messages[string]): string {
  return placeholdersOf(message).words
}
