const NBSP = '\u00a0'

/**
 * French typography for a message's own words: a non-breaking space before `:` `;` `?` `!` and
 * `»`, and after `«`, so that a line never breaks between the word and its mark. Written as a tag
 * (`fr\`Fichier : ${p.file}\``) because it touches the literal parts only: a quoted file name or
 * serial is the partner's, byte for byte.
 */
export function fr(literals: TemplateStringsArray, ...values: readonly unknown[]): string {
  let out = ''
  for (let i = 0; i < literals.length; i++) {
    out += frenchSpacing(literals[i] ?? '')
    if (i < values.length) out += String(values[i])
  }
  return out
}

export function frenchSpacing(words: string): string {
  return words.replace(/ ([:;?!»])/g, `${NBSP}$1`).replace(/« /g, `«${NBSP}`)
}
