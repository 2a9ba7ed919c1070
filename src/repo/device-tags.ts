import { MANAGED_DESKTOP_GROUP_TAGS, tagsOf } from '../config/customer-schema.js'
import { nearestTag, squashTag } from '../config/group-tags.js'
import type { Customer } from '../config/read-customer.js'
import { type Finding, finding } from '../findings/finding.js'
import { shorten } from '../findings/shorten.js'
import { text } from '../messages/text-of.js'

/** The group tag a device file gives its rows, and what its rows' Group Tag column may say. */
export interface FileTags {
  /** The file's tag: that of its folder devices/<group tag>/, else the customer's groupTag. */
  groupTag: string
  /** Every tag of the customer, when it has more than one. */
  groupTags?: string[]
  /** The file sits in a devices/<group tag>/ folder, whose tag its rows cannot change. */
  tagFolder?: boolean
}

/** The folder whose files fileTags gives `tag`: devices/ for the default, else devices/<tag>/. */
export function tagFolder(customer: Pick<Customer, 'slug' | 'groupTag'>, tag: string): string {
  const devices = `customers/${customer.slug}/devices`
  return tag === customer.groupTag ? devices : `${devices}/${tag}`
}

/**
 * Where a device file sits decides its tag: `customers/<slug>/devices/<group tag>/…` for one of
 * the customer's tags, spelled exactly; anywhere else under devices/ the customer's groupTag. A
 * first folder that names no tag of the customer is an error (AP607) when the customer lists
 * groupTags, or when it is a tag but for case and punctuation: its devices would otherwise go to
 * the default batch without anyone having said so.
 */
export function fileTags(file: string, customer: Customer): { tags: FileTags; finding?: Finding } {
  const tags = tagsOf(customer)
  const all = tags.length > 1 ? { groupTags: tags } : {}
  const parts = file.split('/')
  const folder = parts.length > 4 ? (parts[3] as string) : undefined
  if (folder === undefined) return { tags: { groupTag: customer.groupTag, ...all } }
  if (tags.includes(folder)) return { tags: { groupTag: folder, ...all, tagFolder: true } }
  const known = [...tags, ...MANAGED_DESKTOP_GROUP_TAGS]
  const meant = known.find((tag) => squashTag(tag) === squashTag(folder))
  if (customer.groupTags === undefined && meant === undefined) {
    return { tags: { groupTag: customer.groupTag, ...all } }
  }
  const near = meant ?? nearestTag(folder, tags)
  const at = { file, line: 1 }
  const message = text('repo.folder.noTag', {
    folder: shorten(folder, 40),
    slug: customer.slug,
    near,
  })
  const hint = text('repo.folder.noTagHint', {
    groupTag: customer.groupTag,
    tags: tags.map((t) => `\`${t}\``).join(', '),
  })
  return {
    tags: { groupTag: customer.groupTag, ...all },
    finding: finding('AP607', at, message, hint),
  }
}
