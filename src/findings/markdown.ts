import { redactShapes } from './credential-shapes.js'
import { escapeControls } from './escape.js'

/**
 * Makes text from a CSV, YAML or a message safe to place in Markdown, including table cells:
 * no markup, no HTML, no @mention, no issue reference, no line break, no control character (ESC,
 * C1, the bidirectional ones are shown as escapes, `\u202e`). What the reader sees is the text
 * itself, but for what is shaped like a credential: replaced first, since once escaped a token's
 * shape is no longer there for the Redactor's net on the whole Markdown to see.
 */
export function escapeMarkdown(text: string): string {
  return (
    escapeControls(redactShapes(text).replace(/\r\n|\r|\n/g, ' '))
      .replace(/[&<>"'|`@#*_~[\]\\!$]/g, (c) => `&#${c.charCodeAt(0)};`)
      .replace(/^([-+=:]|\d+\.)/, (m) => `&#${m.charCodeAt(0)};${m.slice(1)}`)
      // GitHub turns bare URLs into links: break the patterns it looks for.
      .replace(/:\/\//g, '&#58;//')
      .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}&#46;`)
  )
}

/** Inline code for a value we quote; the value is escaped, not trusted to stay inside backticks. */
export function code(text: string): string {
  return `<code>${escapeMarkdown(text)}</code>`
}

/** A Markdown table from header cells and rows of already-escaped cells. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`
}
