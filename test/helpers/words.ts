import { oneLine } from '../../src/findings/finding.js'
import { english, text } from '../../src/messages/catalogue.js'
import type { Text } from '../../src/messages/text.js'

/** A finding's message in English, as the CLI prints it; '' for no finding. */
export function messageOf(f: { message: Text } | undefined): string {
  return f ? oneLine(english(f.message)) : ''
}

/** A finding's fix in English; '' for no finding. */
export function hintOf(f: { hint: Text } | undefined): string {
  return f ? english(f.hint) : ''
}

/** A planned device's reason in English; undefined for none. */
export function reasonOf(d: { reason?: Text } | undefined): string | undefined {
  return d?.reason ? english(d.reason) : undefined
}

/** What stopped a customer's run, in English; undefined when nothing did. */
export function errorOf(run: { error?: Text } | undefined): string | undefined {
  return run?.error ? english(run.error) : undefined
}

/** Words a test makes up for a finding, said as they are in every language. */
export function madeUp(words: string): Text {
  return text('verbatim', { words })
}
