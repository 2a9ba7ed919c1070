/** Lowercase, without spaces, underscores or hyphens: how we compare header cells loosely. */
export function squash(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '')
}

/** A first line as quoted in a message: each cell cut short, since it may be a 4,000-character hash. */
export const quoteHeader = (cells: readonly string[]): string =>
  `\`${cells.map((c) => (c.length > 40 ? `${c.slice(0, 16)}…${c.slice(-8)}` : c)).join(',')}\``

export function sameCells(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((cell, i) => cell === b[i])
}
