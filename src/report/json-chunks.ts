/**
 * `JSON.stringify(value, null, 2)`, in pieces of about `CHUNK_CHARS`: a plan of 150,000 devices
 * is 60 MB of JSON, which as one string (and its escaped and redacted copies) took more memory
 * than everything else the run held. Arrays and objects down to `depth` are opened here; what
 * lies below is stringified natively and indented. A piece always ends between two values, so no
 * string is ever cut in two (a secret inside one is redacted whole).
 */
export function* jsonChunks(value: unknown, replacer?: Replacer, depth = 4): Generator<string> {
  const out = { text: '' }
  for (const full of pieces(serialized('', value, replacer), '', depth, replacer, out)) yield full
  yield `${out.text}\n`
}

const CHUNK_CHARS = 16 * 1024

/** As JSON.stringify's: called for every value, the whole first (key ''). */
export type Replacer = (key: string, value: unknown) => unknown

/** What JSON.stringify writes for `item` under `key`: what its toJSON gives, then the replacer. */
function serialized(key: string, item: unknown, replacer: Replacer | undefined): unknown {
  const object = (item !== null && typeof item === 'object') || typeof item === 'function'
  const toJson = object ? (item as { toJSON?: unknown }).toJSON : undefined
  const json = typeof toJson === 'function' ? toJson.call(item, key) : item
  return replacer ? replacer(key, json) : json
}

/**
 * Writes `value` at the end of `out.text`, and yields the text whenever it has grown past
 * CHUNK_CHARS (leaving `out.text` empty). Values below `depth` are written in the loop of their
 * container, not by a generator of their own: 150,000 devices, each yielded up through four
 * generators, took some 0.3 s more.
 */
function* pieces(
  value: unknown,
  indent: string,
  depth: number,
  replacer: Replacer | undefined,
  out: { text: string },
): Generator<string> {
  if (!isContainer(value, depth)) {
    out.text += leafJson(value, indent, replacer)
    return
  }
  const array = Array.isArray(value)
  const inner = `${indent}  `
  let first = true
  for (const [key, item] of array ? value.entries() : Object.entries(value)) {
    const json = serialized(String(key), item, replacer)
    if (omitted(json) && !array) continue
    out.text += `${first ? (array ? '[\n' : '{\n') : ',\n'}${inner}`
    if (!array) out.text += `${JSON.stringify(key)}: `
    first = false
    const written = omitted(json) ? null : json
    if (isContainer(written, depth - 1)) yield* pieces(written, inner, depth - 1, replacer, out)
    else out.text += leafJson(written, inner, replacer)
    if (out.text.length >= CHUNK_CHARS) {
      yield out.text
      out.text = ''
    }
  }
  if (first) out.text += array ? '[]' : '{}'
  else out.text += `\n${indent}${array ? ']' : '}'}`
}

/**
 * Whether `value` (what serialized gave) is opened here. JSON.stringify would not call a toJSON
 * of it again, so one that has one is opened whatever the depth. A Number, String or Boolean
 * object it writes as its primitive.
 */
function isContainer(value: unknown, depth: number): value is object {
  if (value === null || typeof value !== 'object' || isBoxed(value)) return false
  return depth > 0 || 'toJSON' in value
}

/** A value that is not opened, stringified natively and indented. */
function leafJson(value: unknown, indent: string, replacer: Replacer | undefined): string {
  const object = value !== null && typeof value === 'object' && !isBoxed(value)
  const flat = object && replacer ? flatCopy(value, replacer) : undefined
  const json = flat ? JSON.stringify(flat, null, 2) : JSON.stringify(value, belowRoot(replacer), 2)
  return (json ?? 'null').replaceAll('\n', `\n${indent}`)
}

/**
 * A flat object with its values serialized (toJSON, then the replacer), or undefined when one of
 * them is, or becomes, an array or object: what it returns JSON.stringify writes as it would the
 * object with the replacer, but on V8's fast path, which takes no replacer. A plan of 150,000
 * devices, each with a reason to put in words: 290 ms of stringifying with the replacer, 160 ms
 * this way.
 */
function flatCopy(value: object, replacer: Replacer): Record<string, unknown> | undefined {
  if (Array.isArray(value)) return undefined
  const copy: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) {
    // Set on a plain object, `__proto__` would change its prototype, not be a key of it.
    if (key === '__proto__') return undefined
    const json = serialized(key, item, replacer)
    if (json !== null && typeof json === 'object') return undefined
    copy[key] = json
  }
  return copy
}

/** A primitive in an object (`new Number(5)`), which JSON.stringify writes as the primitive. */
function isBoxed(value: object): boolean {
  return (
    value instanceof Number ||
    value instanceof String ||
    value instanceof Boolean ||
    value instanceof BigInt
  )
}

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol'
}

/** The replacer, but for JSON.stringify's first call (the value itself, already replaced here). */
function belowRoot(replacer: Replacer | undefined): Replacer | undefined {
  if (!replacer) return undefined
  let root = true
  return (key, value) => {
    if (root) {
      root = false
      return value
    }
    return replacer(key, value)
  }
}
