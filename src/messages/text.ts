/**
 * Something to be said to a partner, not yet in any language: a catalogue key and the values it
 * quotes. Findings and errors carry these, so that the engine (worker threads included) stays
 * language-neutral and only the runner and the CLI put words to them. Plain data: it crosses a
 * worker boundary and JSON as it is.
 */
export interface Text {
  key: string
  params?: Readonly<Record<string, TextParam>>
}

export type TextParam = string | number | boolean | Text | readonly Text[] | undefined

export function isText(value: unknown): value is Text {
  return typeof value === 'object' && value !== null && typeof (value as Text).key === 'string'
}
