// The bytes of JSON's structure, for the record readers that find a record's devices without
// parsing it whole (record-json.ts over all of it, record-pieces.ts a piece at a time).

export const QUOTE = 0x22
export const BACKSLASH = 0x5c
export const COLON = 0x3a
export const COMMA = 0x2c
export const OPEN_BRACE = 0x7b
export const CLOSE_BRACE = 0x7d
export const OPEN_BRACKET = 0x5b
export const CLOSE_BRACKET = 0x5d
/** The name of the array the readers look for, as bytes. */
export const DEVICES = [...'devices'].map((c) => c.charCodeAt(0))

/** JSON's whitespace: space, tab, line feed, carriage return. */
export function isBlank(c: number | undefined): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d
}
