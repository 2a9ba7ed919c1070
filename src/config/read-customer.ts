import { type Document, isMap, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml'
import type { z } from 'zod'
import { errorMessage } from '../findings/error-message.js'
import { type Finding, finding } from '../findings/finding.js'
import { shorten } from '../findings/shorten.js'
import { text } from '../messages/text-of.js'
import { type CustomerFile, CustomerFileSchema } from './customer-schema.js'
import { groupTagProblem } from './group-tags.js'

export interface Customer extends CustomerFile {
  slug: string
  /** customer.yml, relative to the repository root. */
  file: string
  /** Where customerId is written, for findings about it. */
  customerIdAt: { line: number; column: number }
}

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A value from customer.yml as a message quotes it: in backticks, cut short when long. */
export const quoted = (value: string): string => `\`${shorten(value, 40)}\``

/** AP601 for a customer folder without customer.yml. */
export function missingCustomerFinding(file: string, slug: string): Finding {
  return finding(
    'AP601',
    { file, line: 1 },
    text('repo.customer.missing', { slug: shorten(slug, 40) }),
  )
}

/**
 * customer.yml holds five short fields, some 300 bytes with their comments: 16 KiB is fifty times
 * that. The YAML parser checks keys for duplicates pair by pair, so its time grows with the
 * square of their number: 16 KiB of keys take it some 30 ms, 64 KiB 0.5 s, and 50 MB took it
 * 24 s and 2 GB. The repository reader reads no more than this, either.
 */
export const CUSTOMER_FILE_MAX_BYTES = 16 * 1024

/** AP601 for a customer.yml over CUSTOMER_FILE_MAX_BYTES, which is not parsed. */
export function oversizedCustomerFinding(file: string, bytes: number): Finding {
  return finding(
    'AP601',
    { file, line: 1 },
    text('repo.customer.oversized', { size: bytes, limit: CUSTOMER_FILE_MAX_BYTES }),
    text('repo.customer.oversizedHint'),
  )
}

/** How many YAML errors of one customer.yml are listed: the first explains the rest. */
const YAML_ERRORS_LISTED = 5

/**
 * Checks the text of one customer.yml; the customer is undefined when it cannot be used. Never
 * throws: YAML that the parser refuses to expand (more than 100 aliases, a "billion laughs") is
 * an AP601 like any other.
 */
export function parseCustomer(
  source: string,
  options: { file: string; slug: string },
): { customer?: Customer; findings: Finding[] } {
  const { file } = options
  const bytes = Buffer.byteLength(source)
  if (bytes > CUSTOMER_FILE_MAX_BYTES) return { findings: [oversizedCustomerFinding(file, bytes)] }
  const lines = new LineCounter()
  const doc = parseDocument(source.replace(/^\uFEFF/, ''), {
    lineCounter: lines,
    prettyErrors: false,
  })
  if (doc.errors.length > 0) {
    const more = doc.errors.length - YAML_ERRORS_LISTED
    return {
      findings: doc.errors.slice(0, YAML_ERRORS_LISTED).map((e, i) => {
        const pos = lines.linePos(e.pos[0])
        // The parser's own words, quoted.
        const error = shorten(e.message.split('\n')[0] ?? '', 60)
        const rest = i === YAML_ERRORS_LISTED - 1 && more > 0 ? more : 0
        return finding(
          'AP601',
          { file, line: pos.line, column: pos.col },
          text('repo.customer.notYaml', { error, more: rest }),
        )
      }),
    }
  }
  const where = locator(doc, lines, file)
  let raw: unknown
  try {
    raw = doc.toJS({ maxAliasCount: 100 }) ?? {}
  } catch (error) {
    return { findings: [unusableYamlFinding(doc, lines, file, error)] }
  }
  const parsed = CustomerFileSchema.safeParse(raw)
  if (!parsed.success) return { findings: schemaFindings(parsed.error.issues, where, raw) }
  const { line, column } = where('customerId')
  const customer: Customer = {
    ...parsed.data,
    slug: options.slug,
    file,
    customerIdAt: { line, column },
  }
  const tagFindings = groupTagFindings(customer, where)
  return tagFindings.length > 0 ? { findings: tagFindings } : { customer, findings: [] }
}

/**
 * AP603 for each tag, groupTag's and each of groupTags', that is not a Managed Desktop tag, and
 * AP601 for a tag groupTags lists twice; each at its own line.
 */
function groupTagFindings(
  fields: { groupTag?: unknown; groupTags?: unknown; managedDesktop?: unknown },
  where: Where,
): Finding[] {
  const managed = fields.managedDesktop !== false
  const findings: Finding[] = []
  const listed = Array.isArray(fields.groupTags) ? fields.groupTags : []
  const tags: { tag: unknown; at: ReturnType<Where> }[] = [
    { tag: fields.groupTag, at: where('groupTag') },
    ...listed.map((tag, i) => ({ tag, at: where('groupTags', 'value', i) })),
  ]
  const seen = new Set<string>()
  for (const [i, { tag, at }] of tags.entries()) {
    if (typeof tag !== 'string' || tag === '') continue
    if (i > 0 && seen.has(tag)) {
      const message = text('repo.customer.tagTwice', { tag: shorten(tag, 40) })
      findings.push(finding('AP601', at, message, text('repo.customer.tagTwiceHint')))
    }
    seen.add(tag)
    const problem = groupTagProblem(tag, managed)
    if (problem) findings.push(finding('AP603', at, problem.message, problem.hint))
  }
  return findings
}

/** YAML that parses but cannot be turned into values: too many aliases, the only such case known. */
function unusableYamlFinding(
  doc: Document,
  lines: LineCounter,
  file: string,
  error: unknown,
): Finding {
  let first: number | undefined
  visit(doc, {
    Alias(_, node) {
      first = node.range?.[0]
      return visit.BREAK
    },
  })
  const pos = first === undefined ? { line: 1, col: 1 } : lines.linePos(first)
  const aliases = /alias/i.test(errorMessage(error))
  return finding(
    'AP601',
    { file, line: pos.line, column: pos.col },
    aliases
      ? text('repo.customer.aliases')
      : text('repo.customer.unusable', { error: shorten(errorMessage(error), 60) }),
    aliases ? text('repo.customer.aliasesHint') : undefined,
  )
}

/** Where a field's value is written, or its key when the key itself is the problem. */
function locator(doc: Document, lines: LineCounter, file: string): Where {
  const position = (offset: number | undefined) => {
    const pos = offset === undefined ? { line: 1, col: 1 } : lines.linePos(offset)
    return { file, line: pos.line, column: pos.col }
  }
  const pairOf = (key: PropertyKey | undefined) =>
    isMap(doc.contents)
      ? doc.contents.items.find((pair) => isScalar(pair.key) && pair.key.value === key)
      : undefined
  return (key, at = 'value', item) => {
    const pair = pairOf(key)
    const value = pair?.value
    const listed = item !== undefined && isSeq(value) ? value.items[item] : undefined
    const node = at === 'key' ? pair?.key : (listed ?? value ?? pair?.key)
    return position((node as { range?: [number] } | undefined)?.range?.[0])
  }
}

/** Every schema problem as a finding, and a bad group tag too, even while another field is wrong. */
function schemaFindings(
  issues: readonly z.core.$ZodIssue[],
  where: Where,
  raw: unknown,
): Finding[] {
  const findings = issues.map((issue) => issueFinding(issue, where, raw))
  const fields = (raw ?? {}) as Partial<Record<string, unknown>>
  const lines = new Set(findings.map((f) => f.line))
  for (const f of groupTagFindings(fields, where)) if (!lines.has(f.line)) findings.push(f)
  return findings
}

type Where = (
  key: PropertyKey | undefined,
  at?: 'key' | 'value',
  item?: number,
) => { file: string; line: number; column: number }

function issueFinding(issue: z.core.$ZodIssue, where: Where, raw: unknown): Finding {
  const key = issue.path[0]
  const value =
    typeof key === 'string' && raw && typeof raw === 'object'
      ? (raw as Record<string, unknown>)[key]
      : undefined
  if (key === 'customerId' && typeof value === 'string') {
    return finding(
      'AP602',
      where(key),
      text('repo.customer.notGuid', { value: shorten(value, 40) }),
    )
  }
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.slice(0, 5).map(quoted).join(', ')
    const more = Math.max(0, issue.keys.length - 5)
    return finding(
      'AP601',
      where(issue.keys[0], 'key'),
      text('repo.customer.unknownFields', { keys, more }),
    )
  }
  // zod's own words, quoted.
  const problem = issue.message.toLowerCase()
  if (key === undefined)
    return finding('AP601', where(key), text('repo.customer.invalid', { problem }))
  const field = String(key)
  return finding(
    'AP601',
    where(key),
    value === undefined
      ? text('repo.customer.fieldMissing', { field })
      : text('repo.customer.fieldInvalid', { field, problem }),
  )
}
