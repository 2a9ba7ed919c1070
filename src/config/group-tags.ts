import { shorten } from '../findings/shorten.js'
import type { Text } from '../messages/text.js'
import { text } from '../messages/text-of.js'
import { MANAGED_DESKTOP_GROUP_TAGS } from './customer-schema.js'

/** Why a tag is no Managed Desktop tag, and the tag it was most likely meant to be. */
export interface GroupTagProblem {
  message: Text
  hint: Text
  near?: string
}

/** A Managed Desktop group tag must match one of Microsoft's tags exactly; near misses are named. */
export function groupTagProblem(tag: string, managedDesktop: boolean): GroupTagProblem | undefined {
  if (!managedDesktop || (MANAGED_DESKTOP_GROUP_TAGS as readonly string[]).includes(tag)) {
    return undefined
  }
  const near = nearestTag(tag, MANAGED_DESKTOP_GROUP_TAGS)
  const tags = MANAGED_DESKTOP_GROUP_TAGS.map((t) => `\`${t}\``).join(', ')
  return {
    message: text('repo.groupTag.notManaged', { tag: shorten(tag, 40), near }),
    hint: text('repo.groupTag.notManagedHint', { tags }),
    ...(near ? { near } : {}),
  }
}

/** Case and punctuation aside, the same tag: how a folder or a cell meant as a tag is told apart. */
export const squashTag = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '')

/** The candidate a tag was most likely meant to be, if one is near enough. */
export function nearestTag(tag: string, candidates: readonly string[]): string | undefined {
  const squash = squashTag
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    const distance =
      squash(candidate) === squash(tag)
        ? 0
        : editDistance(candidate.toLowerCase(), tag.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return bestDistance <= 4 ? best : undefined
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution))
    }
    previous = current
  }
  return previous[b.length] ?? 0
}
