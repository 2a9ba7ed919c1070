/** A long value (a hardware hash) as its first and last characters, so a finding stays readable. */
export function shorten(value: string, keep = 12): string {
  return value.length <= keep * 2 + 3 ? value : `${value.slice(0, keep)}…${value.slice(-keep)}`
}
