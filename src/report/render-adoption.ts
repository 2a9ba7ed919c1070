import { escapeControls } from '../findings/escape.js'
import type { Say } from '../messages/catalogue.js'
import type { AdoptionResult } from '../use-cases/adopt.js'

/** The adoption as plain text: what was adopted, what was not and why, the files written. */
export function renderAdoptionText(result: AdoptionResult, say: Say): string {
  const { slug } = result
  const tags = result.groupTags.join(', ')
  const files = result.files.filter((f) => f.path.endsWith('.csv')).length
  const lines = [
    result.files.length === 0
      ? say('report.adoption.nothing', {
          customer: slug,
          tags,
          devices: result.alreadyRecorded,
          batches: result.groupTags.length,
        })
      : say('report.adoption.adopted', {
          customer: slug,
          tags,
          adopted: result.adopted,
          files,
          fromRows: result.fromRows,
          already: result.alreadyRecorded,
        }),
  ]
  for (const other of result.otherBatches) {
    const batch = { batch: other.batch, devices: other.devices }
    lines.push(
      `  ${say(other.why === 'not-a-tag' ? 'report.adoption.notATag' : 'report.adoption.notAFolder', batch)}`,
    )
  }
  if (result.unnamed > 0)
    lines.push(`  ${say('report.adoption.unnamed', { devices: result.unnamed })}`)
  for (const file of result.files) lines.push(say('report.adoption.written', { file: file.path }))
  if (result.files.length > 0) lines.push(say('report.adoption.commitThem'))
  return `${lines.map(escapeControls).join('\n')}\n`
}
