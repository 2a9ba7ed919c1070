import { readFile } from 'node:fs/promises'
import { type Document, isMap, isScalar, LineCounter, parseDocument } from 'yaml'
import type { z } from 'zod'
import { type Finding, finding } from '../findings/finding.js'
import {
  type CustomerFile,
  CustomerFileSchema,
  MANAGED_DESKTOP_GROUP_TAGS,
} from './customer-schema.js'

export interface Customer extends CustomerFile {
  slug: string
  /** customer.yml, relative to the repository root. */
  file: string
  /** Where customerId is written, for findings about it. */
  customerIdAt: { line: number; column: number }
}

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Reads and checks one customer.yml; the customer is undefined when it cannot be used. */
export async function readCustomer(options: {
  path: string
  file: string
  slug: string
}): Promise<{ customer?: Customer; findings: Finding[] }> {
  let text: string
  try {
    text = await readFile(options.path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    return {
      findings: [
        finding(
          'AP601',
          { file: options.file, line: 1 },
          `customer.yml is missing for customer \`${options.slug}\``,
        ),
      ],
    }
  }
  return parseCustomer(text, options)
}

export function parseCustomer(
  text: string,
  options: { file: string; slug: string },
): { customer?: Customer; findings: Finding[] } {
  const { file } = options
  const lines = new LineCounter()
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), {
    lineCounter: lines,
    prettyErrors: false,
  })
  if (doc.errors.length > 0) {
    return {
      findings: doc.errors.map((e) => {
        const pos = lines.linePos(e.pos[0])
        return finding(
          'AP601',
          { file, line: pos.line, column: pos.col },
          `customer.yml is not valid YAML: ${e.message.split('\n')[0]}`,
        )
      }),
    }
  }
  const where = locator(doc, lines, file)
  const raw: unknown = doc.toJS() ?? {}
  const parsed = CustomerFileSchema.safeParse(raw)
  if (!parsed.success) return { findings: schemaFindings(parsed.error.issues, where, raw) }
  const { line, column } = where('customerId')
  const customer: Customer = {
    ...parsed.data,
    slug: options.slug,
    file,
    customerIdAt: { line, column },
  }
  const tagProblem = groupTagProblem(customer)
  return tagProblem
    ? { findings: [finding('AP603', where('groupTag'), tagProblem.message, tagProblem.hint)] }
    : { customer, findings: [] }
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
  return (key, at = 'value') => {
    const pair = pairOf(key)
    const node = at === 'key' ? pair?.key : (pair?.value ?? pair?.key)
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
  const fields = raw as Partial<Record<string, unknown>>
  if (
    typeof fields.groupTag === 'string' &&
    !findings.some((f) => f.line === where('groupTag').line)
  ) {
    const tagProblem = groupTagProblem({
      groupTag: fields.groupTag,
      managedDesktop: fields.managedDesktop !== false,
    })
    if (tagProblem)
      findings.push(finding('AP603', where('groupTag'), tagProblem.message, tagProblem.hint))
  }
  return findings
}

type Where = (
  key: PropertyKey | undefined,
  at?: 'key' | 'value',
) => { file: string; line: number; column: number }

function issueFinding(issue: z.core.$ZodIssue, where: Where, raw: unknown): Finding {
  const key = issue.path[0]
  const value =
    typeof key === 'string' && raw && typeof raw === 'object'
      ? (raw as Record<string, unknown>)[key]
      : undefined
  if (key === 'customerId' && typeof value === 'string') {
    return finding('AP602', where(key), `customerId \`${value}\` is not a GUID`)
  }
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `\`${k}\``).join(', ')
    return finding(
      'AP601',
      where(issue.keys[0], 'key'),
      `customer.yml has unknown field(s) ${keys}; the fields are name, customerId, groupTag, managedDesktop`,
    )
  }
  const field = key === undefined ? 'customer.yml' : `field \`${String(key)}\``
  const problem =
    value === undefined && key !== undefined ? 'is missing' : issue.message.toLowerCase()
  return finding('AP601', where(key), `customer.yml ${field} ${problem}`)
}

/** A Managed Desktop group tag must match one of Microsoft's tags exactly; near misses are named. */
export function groupTagProblem(
  customer: Pick<CustomerFile, 'groupTag' | 'managedDesktop'>,
): { message: string; hint: string } | undefined {
  const tag = customer.groupTag
  if (!customer.managedDesktop || (MANAGED_DESKTOP_GROUP_TAGS as readonly string[]).includes(tag)) {
    return undefined
  }
  const near = nearestTag(tag)
  return {
    message: `group tag \`${tag}\` is not a Managed Desktop group tag${near ? `: did you mean \`${near}\`?` : ''}`,
    hint: `Use exactly one of ${MANAGED_DESKTOP_GROUP_TAGS.map((t) => `\`${t}\``).join(', ')}; or set managedDesktop: false for a customer outside Managed Desktop.`,
  }
}

function nearestTag(tag: string): string | undefined {
  const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '')
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of MANAGED_DESKTOP_GROUP_TAGS) {
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
