import type { Text } from '../messages/text.js'
import { text } from '../messages/text-of.js'

/** Lowercase, without spaces, underscores or hyphens: how we compare header cells loosely. */
export function squash(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '')
}

/** Cells of a first line quoted in a message: no accepted header has more than 5. */
const QUOTED_CELLS = 12

/** A cell as quoted in a message: cut short, since it may be a 4,000-character hash. */
export const shortCell = (c: string): string =>
  c.length > 40 ? `${c.slice(0, 16)}…${c.slice(-8)}` : c

/** A first line as quoted in a message: each cell cut short, and the first 12 cells only. */
export const quoteHeader = (cells: readonly string[]): Text => {
  const more = Math.max(0, cells.length - QUOTED_CELLS)
  return text('check.cells', { cells: cells.slice(0, QUOTED_CELLS).map(shortCell).join(','), more })
}

/** Cells as a list in a message (`a`, `b` and 3 more): each cut short, the first 5 only. */
export function quoteCells(cells: readonly string[], max = 5): Text {
  const shown = cells.slice(0, max).map((c) => `\`${shortCell(c)}\``)
  return text('check.cellList', { cells: shown.join(', '), more: cells.length - shown.length })
}

export function sameCells(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((cell, i) => cell === b[i])
}
