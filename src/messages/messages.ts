import type { Format } from './format.js'

/**
 * A catalogue module: each key a function from its values to words. English modules declare the
 * values' types; a translation is typed `SameMessages<typeof theEnglish>`, so that a missing key,
 * an extra one or a value of another type is a compile error.
 */
// biome-ignore lint/suspicious/noExplicitAny: each message declares its own values
export type Messages = Record<string, (params: any, f: Format) => string>

export type SameMessages<T extends Messages> = { [K in keyof T]: T[K] }
