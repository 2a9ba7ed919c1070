/**
 * What a terminal or a log viewer acts on instead of showing: C0 controls (ESC starts a sequence
 * that retitles or clears the terminal, BEL rings, CR and LF forge lines), DEL, C1 controls
 * (U+009B is a one-character CSI), the line and paragraph separators, and the bidirectional
 * controls and marks that reorder what the reader sees.
 */
const CONTROLS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

const escapeOne = (c: string) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`

/**
 * Every control as a visible escape (`\n`, `\u001b`, `\u202e`): for the terminal and the log,
 * what the reader sees is the text itself, on one line.
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, escapeOne)
}

/**
 * JSON for a terminal, unchanged for a parser: JSON.stringify escapes C0 but leaves DEL, C1 and
 * the bidirectional controls raw; inside a JSON string `\u009b` means the same character.
 */
export function escapeJsonControls(json: string): string {
  return json.replace(
    /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

/**
 * One line for the runner's log (what `core.info` writes, which @actions/core does not escape).
 * The runner reads a line that starts with `::`, after blanks, as a workflow command, and `##[`
 * anywhere in it as a legacy one (`##[stop-commands]` silences every later annotation). So: `%`,
 * CR and LF as in a command's data (`%25`, `%0D`, `%0A`), the other controls as escapes, a
 * leading `::` as in a command's properties (`%3A%3A`), and `##[` as `##%5B`.
 */
export function escapeLogLine(line: string): string {
  return neutralizeCommands(
    escapeControls(line.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')),
  ).replace(/^(\s*)::/, '$1%3A%3A')
}

/**
 * An annotation's message: @actions/core escapes `%`, CR and LF of a command's data itself (its
 * properties' `:` and `,` too), so each line is only freed of controls and of `##[`.
 */
export function escapeAnnotation(message: string): string {
  return message
    .split('\n')
    .map((line) => neutralizeCommands(escapeControls(line)))
    .join('\n')
}

function neutralizeCommands(text: string): string {
  return text.replace(/##\[/g, '##%5B')
}

/**
 * A piece of a URL's path or fragment: everything but letters, digits and `-._` percent-encoded.
 * encodeURIComponent leaves `!'()*~`, so that `a)**bold**(.csv` would end a Markdown link and
 * render; and it throws on a lone surrogate, which becomes U+FFFD first.
 */
export function encodeUrlPart(text: string): string {
  return encodeURIComponent(wellFormed(text)).replace(
    /[!'()*~]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )
}

/** Lone surrogates as U+FFFD: encodeURIComponent throws on them. */
export function wellFormed(text: string): string {
  return text.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  )
}
