import { escapeControls } from '../findings/escape.js'
import type { AdoptionResult } from '../use-cases/adopt.js'

/** The adoption as plain text: what was adopted, what was not and why, the files written. */
export function renderAdoptionText(result: AdoptionResult): string {
  const { slug, groupTag } = result
  const lines = [
    result.files.length === 0
      ? `Nothing to adopt for ${slug} (${groupTag}): ${result.alreadyRecorded} device(s) in its batch, all recorded already.`
      : `${slug} (${groupTag}): ${result.adopted} adopted into a new device file, ${result.fromRows} recorded from the repository's own rows, ${result.alreadyRecorded} recorded already.`,
  ]
  for (const other of result.otherBatches)
    lines.push(
      `  batch ${other.batch} (${other.devices} device(s)): not adopted: customer.yml names the group tag ${groupTag}, and a customer has one tag for now`,
    )
  if (result.unnamed > 0)
    lines.push(
      `  ${result.unnamed} device(s) Partner Center names by neither serial, manufacturer and model nor a product key id: not adopted (no row can name them)`,
    )
  for (const file of result.files) lines.push(`Written: ${file.path}`)
  if (result.files.length > 0)
    lines.push('Commit them in a pull request: the adoption is reviewed like any change.')
  return `${lines.map(escapeControls).join('\n')}\n`
}
