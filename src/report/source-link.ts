import { redactShapes } from '../findings/credential-shapes.js'
import { encodeUrlPart } from '../findings/escape.js'
import { escapeMarkdown } from '../findings/markdown.js'

/** Where links point: the repository on GitHub at the pull request's head. */
export interface Links {
  /** `https://github.com/owner/repo`, or undefined outside GitHub. */
  repositoryUrl?: string
  /** The commit the files are read at. */
  ref?: string
  /** The workflow run, whose summary holds the full report. */
  runUrl?: string
}

export function sourceLink(source: string, links: Links, column?: number): string {
  const match = /^(.*):(\d+)$/.exec(source)
  const text = escapeMarkdown(column === undefined ? source : `${source}:${column}`)
  // Only a path and a line number become a link; a record could say anything in `source`.
  if (!match || !links.repositoryUrl || !links.ref) return text
  // Every character of the target that could end the link or be read as markup is encoded, and
  // what is shaped like a credential is not carried into it (the text is redacted as it is escaped).
  const path = redactShapes(match[1] ?? '')
    .split('/')
    .map(encodeUrlPart)
    .join('/')
  return `[${text}](${links.repositoryUrl}/blob/${encodeUrlPart(links.ref)}/${path}#L${match[2]})`
}
