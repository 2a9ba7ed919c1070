/** What a secret is replaced with wherever it would be shown or stored. */
export const REDACTED = '[redacted]'

const TOKEN_CHARS = String.raw`[A-Za-z0-9\-._~+/]`

/**
 * Credentials by their shape, whoever's they are. Values stop at a quote, a backslash, a comma,
 * `;`, `&`, `}` or a line break, so that redacted JSON stays JSON and a query keeps its other
 * parameters; a header's value also at a closing bracket, so that a quote of it stays closed.
 */
const SHAPES: [RegExp, string][] = [
  // A private key in PEM, whole.
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g, REDACTED],
  // An Authorization header's value, as a header, a JSON property or a parameter; one already
  // redacted in part (`Bearer [redacted]`) becomes one marker.
  [
    /\b((?:proxy-)?authorization)(["']?\s*[:=]\s*["']?)(?:[^\s"'\\,;&}<>()[\]]|\[redacted\])(?:[^\r\n"'\\,;&}<>()[\]]|\[redacted\])*/gi,
    `$1$2${REDACTED}`,
  ],
  // A bearer or basic credential: long, and not only letters (`a bearer token` stays).
  [
    new RegExp(
      String.raw`\b(bearer|basic)(\s+)(?=${TOKEN_CHARS}{16})(?=${TOKEN_CHARS}*[\d\-._~+/])${TOKEN_CHARS}+=*`,
      'gi',
    ),
    `$1$2${REDACTED}`,
  ],
  // OAuth parameters that carry a credential, in a form, a query or JSON.
  [
    /\b(client_secret|client_assertion|assertion|refresh_token|access_token|id_token|password)(["']?\s*[=:]\s*["']?)[^\s"'\\&,;}]+/gi,
    `$1$2${REDACTED}`,
  ],
  // A JWT (an Entra access token, a client assertion, GitHub's ID token): signed or encrypted,
  // wherever it starts (glued to a word, say).
  [/eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*){0,2}/g, REDACTED],
  // GitHub's tokens, wherever they start.
  [/(?:gh[pousr]_[A-Za-z0-9_]{16,}|github_pat_[A-Za-z0-9_]{16,})/g, REDACTED],
]

/**
 * Credentials by their shape only, whoever's they are: a bearer or basic credential, a JWT, an
 * Authorization header's value, a `client_secret=`, `client_assertion=`, `assertion=`,
 * `refresh_token=`, `access_token=`, `id_token=` or `password=` parameter, a GitHub token, a
 * private key. Every Redactor applies it; so does Markdown escaping, whose output a net on the
 * text could no longer read.
 */
export function redactShapes(text: string): string {
  let out = text
  for (const [pattern, replacement] of SHAPES) out = out.replace(pattern, replacement)
  return out
}
