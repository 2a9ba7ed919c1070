import { escapeControls } from '../findings/escape.js'
import type { AdoptionResult } from '../use-cases/adopt.js'

/** The adoption as plain text: what was adopted, what was not and why, the files written. */
export function renderAdoptionText(result: AdoptionResult): string {
  const { slug } = result
  const tags = result.groupTags.join(', ')
  const csvs = result.files.filter((f) => f.path.endsWith('.csv')).length
  const into = csvs === 1 ? 'a new device file' : `${csvs} new device files`
  const lines = [
    result.files.length === 0
      ? `Nothing to adopt for ${slug} (${tags}): ${result.alreadyRecorded} device(s) in its ${result.groupTags.length === 1 ? 'batch' : 'batches'}, all recorded already.`
      : `${slug} (${tags}): ${result.adopted} adopted into ${into}, ${result.fromRows} recorded from the repository's own rows, ${result.alreadyRecorded} recorded already.`,
  ]
  for (const other of result.otherBatches)
    lines.push(
      other.why === 'not-a-tag'
        ? `  batch ${other.batch} (${other.devices} device(s)): not adopted: customer.yml names it in neither groupTag nor groupTags (add it there to adopt it)`
        : `  batch ${other.batch} (${other.devices} device(s)): not adopted: no folder can be named after this tag (devices/<group tag>/); add its devices' rows by hand, with a Group Tag column`,
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
