import {
  BACKSLASH,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  DEVICES,
  isBlank as isBlankByte,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
} from './json-bytes.js'
/**
 * A registration record's JSON, read from its bytes as `JSON.parse(bytes.toString('utf8'))` reads
 * it, except that each element of the top-level `devices` array is decoded and parsed on its own
 * and handed to `each`, whose result takes its place. A record of 150,000 devices was 54 MB of
 * text and some 55 MB of parsed devices, all held at once beside the ledger devices they became;
 * this way the text never exists, and each parsed device is let go as soon as it is turned into
 * what it becomes. Bytes of any other shape (no such array, a key with an escape at the top, JSON
 * that does not parse) are parsed whole, so that the result, or the error, is JSON.parse's own;
 * a top-level `devices` array they hold is then handed over element by element all the same.
 */
export function parseRecordJson(
  bytes: Buffer,
  each: (element: unknown, index: number, head: unknown) => unknown,
): unknown {
  const cuts = deviceCuts(bytes)
  if (!cuts) return parseWhole(bytes, each)
  const open = cuts[0] as number
  const close = cuts.at(-1) as number
  let head: { devices: unknown[] }
  try {
    head = JSON.parse(
      `${bytes.toString('utf8', 0, open)}[]${bytes.toString('utf8', close + 1)}`,
    ) as { devices: unknown[] }
  } catch {
    return parseWhole(bytes, each)
  }
  const devices: unknown[] = []
  // `[ ]` holds no element; `[,]` and `[1,]` hold an empty one, which does not parse.
  const empty = cuts.length === 2 && isBlank(bytes, open + 1, close)
  for (let i = 0; !empty && i < cuts.length - 1; i++) {
    let element: unknown
    try {
      element = JSON.parse(bytes.toString('utf8', (cuts[i] as number) + 1, cuts[i + 1]))
    } catch {
      return parseWhole(bytes, each)
    }
    devices.push(each(element, i, head))
  }
  head.devices = devices
  return head
}

function parseWhole(
  bytes: Buffer,
  each: (element: unknown, index: number, head: unknown) => unknown,
): unknown {
  const json: unknown = JSON.parse(bytes.toString('utf8'))
  const record = json as { devices?: unknown }
  if (json !== null && typeof json === 'object' && Array.isArray(record.devices)) {
    record.devices = record.devices.map((element: unknown, index) => each(element, index, json))
  }
  return json
}

/**
 * Where the top-level `devices` array opens, where each of its elements ends (its commas) and
 * where it closes; undefined when the bytes are not an object with exactly one such array, or a
 * key at the top has an escape (which could spell `devices` a second time).
 */
function deviceCuts(bytes: Uint8Array): number[] | undefined {
  const length = bytes.length
  let i = skipBlank(bytes, 0)
  if (bytes[i] !== OPEN_BRACE) return undefined
  let depth = 0
  let inDevices = false
  const cuts: number[] = []
  for (; i < length; i++) {
    const c = bytes[i]
    if (c === QUOTE) {
      const start = i
      i = stringEnd(bytes, i)
      if (i < 0) return undefined
      if (depth !== 1) continue
      let next = skipBlank(bytes, i + 1)
      if (bytes[next] !== COLON) continue
      if (bytes.subarray(start, i).includes(BACKSLASH)) return undefined
      if (!isDevicesKey(bytes, start, i)) continue
      next = skipBlank(bytes, next + 1)
      if (bytes[next] !== OPEN_BRACKET || cuts.length > 0) return undefined
      cuts.push(next)
      inDevices = true
      depth = 2
      i = next
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      depth++
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--
      if (inDevices && depth === 1) {
        if (c !== CLOSE_BRACKET) return undefined
        cuts.push(i)
        inDevices = false
      }
    } else if (c === COMMA && inDevices && depth === 2) {
      cuts.push(i)
    }
  }
  return cuts.length >= 2 && !inDevices ? cuts : undefined
}

/** The index of the quote that closes the string opening at `start`, or -1. */
function stringEnd(bytes: Uint8Array, start: number): number {
  const length = bytes.length
  for (let i = start + 1; i < length; i++) {
    const c = bytes[i]
    if (c === QUOTE) return i
    if (c === BACKSLASH) i++
  }
  return -1
}

function isDevicesKey(bytes: Uint8Array, start: number, end: number): boolean {
  if (end - start - 1 !== DEVICES.length) return false
  return DEVICES.every((c, i) => bytes[start + 1 + i] === c)
}

function isBlank(bytes: Uint8Array, from: number, to: number): boolean {
  return skipBlank(bytes, from) >= to
}

/** JSON's whitespace: space, tab, line feed, carriage return. */
function skipBlank(bytes: Uint8Array, from: number): number {
  let i = from
  for (;;) {
    const c = bytes[i]
    if (!isBlankByte(c)) return i
    i++
  }
}
