import { REDACTED, redactShapes } from './credential-shapes.js'
import { encodeUrlPart, escapeControls, wellFormed } from './escape.js'
import { escapeMarkdown } from './markdown.js'

export { REDACTED, redactShapes } from './credential-shapes.js'

/**
 * The one redaction step: knows the secrets the run was configured with, learns each token it
 * obtains, and replaces them, and anything shaped like a credential, in text a remote service
 * said or that is about to be shown. `redact` may be handed on alone.
 */
export interface Redactor {
  /** From now on `secret` is replaced wherever it appears (in the forms a request carries it). */
  add(secret: string | undefined): void
  redact(text: string): string
  /** The same for Markdown already escaped: the forms escapeMarkdown gives, an escaped marker. */
  redactMarkdown(markdown: string): string
}

/** REDACTED as Markdown shows it: `[redacted](…)` would be a link. */
const REDACTED_MARKDOWN = escapeMarkdown(REDACTED)

/** Shorter values are not learnt: no secret or token is that short, and words would vanish. */
const SHORTEST_SECRET = 4
/** A line of a multi-line secret (a PEM) is replaced on its own from this length. */
const SHORTEST_LINE = 8

/** A Redactor that knows `secrets` (absent and empty ones are skipped). */
export function createRedactor(secrets: Iterable<string | undefined> = []): Redactor {
  const known = new Set<string>()
  let pattern: RegExp | undefined
  const add = (secret: string | undefined) => {
    if (!secret || secret.length < SHORTEST_SECRET) return
    const before = known.size
    for (const form of formsOf(secret)) known.add(form)
    if (known.size !== before) pattern = undefined
  }
  for (const secret of secrets) add(secret)
  const replace = (text: string, marker: string) => {
    if (known.size === 0) return text
    // Longest first: a whole PEM before one of its lines.
    pattern ??= new RegExp(
      [...known]
        .sort((x, y) => y.length - x.length)
        .map(escapeRegExp)
        .join('|'),
      'g',
    )
    return text.replace(pattern, marker)
  }
  return {
    add,
    redact: (text) => redactShapes(replace(text, REDACTED)),
    redactMarkdown: (markdown) =>
      redactShapes(replace(markdown, REDACTED_MARKDOWN)).replaceAll(REDACTED, REDACTED_MARKDOWN),
  }
}

/**
 * The forms a secret takes in what a service may echo and in what we render: as is, URL-encoded
 * (a query, a form body, a link), escaped in JSON, for a terminal and in Markdown, and each long
 * line of a multi-line one.
 */
function formsOf(secret: string): string[] {
  const forms = [
    secret,
    encodeURIComponent(wellFormed(secret)),
    encodeUrlPart(secret),
    new URLSearchParams({ s: wellFormed(secret) }).toString().slice(2),
    JSON.stringify(secret).slice(1, -1),
    escapeControls(secret),
  ]
  // Markdown escapes a value's first character by its own rule: both forms. A secret with a
  // credential's shape is replaced inside escapeMarkdown already.
  if (redactShapes(secret) === secret)
    forms.push(escapeMarkdown(secret), escapeMarkdown(`x${secret}`).slice(1))
  for (const line of secret.split(/\r?\n/)) {
    const trimmed = line.trim()
    if (trimmed.length >= SHORTEST_LINE && !trimmed.startsWith('-----')) forms.push(trimmed)
  }
  return forms.filter((form) => form.length >= SHORTEST_SECRET)
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A copy of a plain value (objects, arrays, strings) with every string redacted. */
export function redactValues<T>(value: T, redact: (text: string) => string): T {
  if (typeof value === 'string') return redact(value) as T
  if (Array.isArray(value)) return value.map((item) => redactValues(item, redact)) as T
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, redactValues(item, redact)]),
    ) as T
  }
  return value
}

/**
 * Redacts, in place, what an error thrown by a library carries (an Octokit RequestError with the
 * response it got, an MSAL ServerError with Entra's description): its message, its stack and
 * every string below it, so that nothing that prints it, or its cause, shows a secret.
 */
export function redactError<E>(error: E, redact: (text: string) => string): E {
  const seen = new Set<object>()
  const scrub = (value: unknown, depth: number): unknown => {
    if (typeof value === 'string') return redact(value)
    if (!value || typeof value !== 'object' || seen.has(value) || depth > 6) return value
    seen.add(value)
    const target = value as Record<string, unknown>
    const keys = new Set([
      ...Object.keys(target),
      ...(value instanceof Error ? ['message', 'stack', 'cause'] : []),
    ])
    for (const key of keys) {
      const item = target[key]
      if (item === undefined || typeof item === 'function') continue
      try {
        const clean = scrub(item, depth + 1)
        if (clean !== item) target[key] = clean
      } catch {
        // A read-only property (a frozen header object): it stays as it is.
      }
    }
    return value
  }
  scrub(error, 0)
  return error
}
