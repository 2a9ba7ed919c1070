/**
 * `JSON.stringify(value, null, 2)`, in pieces of about `CHUNK_CHARS`: a plan of 150,000 devices
 * is 60 MB of JSON, which as one string (and its escaped and redacted copies) took more memory
 * than everything else the run held. Arrays and objects down to `depth` are opened here; what
 * lies below is stringified natively and indented. A piece always ends between two values, so no
 * string is ever cut in two (a secret inside one is redacted whole).
 */
export function* jsonChunks(value: unknown, replacer?: Replacer, depth = 4): Generator<string> {
  let pending = ''
  for (const piece of pieces(replacer ? replacer('', value) : value, '', depth, replacer)) {
    pending += piece
    if (pending.length >= CHUNK_CHARS) {
      yield pending
      pending = ''
    }
  }
  yield `${pending}\n`
}

const CHUNK_CHARS = 16 * 1024

/** As JSON.stringify's: called for every value, the whole first (key ''). */
export type Replacer = (key: string, value: unknown) => unknown

function* pieces(
  value: unknown,
  indent: string,
  depth: number,
  replacer: Replacer | undefined,
): Generator<string> {
  const container = value !== null && typeof value === 'object' && !('toJSON' in value)
  if (depth === 0 || !container) {
    yield (JSON.stringify(value, belowRoot(replacer), 2) ?? 'null').replaceAll('\n', `\n${indent}`)
    return
  }
  const inner = `${indent}  `
  const replaced = (key: string, item: unknown) => (replacer ? replacer(key, item) : item)
  const entries = Array.isArray(value)
    ? value.map((item, i) => [
        '',
        omitted(replaced(String(i), item)) ? null : replaced(String(i), item),
      ])
    : Object.entries(value)
        .map(([key, item]) => [key, replaced(key, item)] as const)
        .filter(([, v]) => !omitted(v))
  if (entries.length === 0) {
    yield Array.isArray(value) ? '[]' : '{}'
    return
  }
  yield Array.isArray(value) ? '[\n' : '{\n'
  for (const [index, [key, item]] of entries.entries()) {
    yield Array.isArray(value) ? inner : `${inner}${JSON.stringify(key)}: `
    yield* pieces(item, inner, depth - 1, replacer)
    yield index < entries.length - 1 ? ',\n' : '\n'
  }
  yield `${indent}${Array.isArray(value) ? ']' : '}'}`
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
