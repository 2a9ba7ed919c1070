import type { Text } from '../messages/text.js'
import { text } from '../messages/text-of.js'
import { quoteCells, quoteHeader, sameCells, squash } from './header-cells.js'
import { recogniseWrongFormat } from './wrong-formats.js'

/** The fields the engine knows, whatever a header calls them. */
export type DeviceField =
  | 'serialNumber'
  | 'productKeyId'
  | 'hardwareHash'
  | 'groupTag'
  | 'assignedUser'
  | 'manufacturer'
  | 'model'

export interface Dialect {
  name: string
  header: readonly string[]
  fields: readonly DeviceField[]
}

const GWAI = ['Device Serial Number', 'Windows Product ID', 'Hardware Hash'] as const
const GWAI_FIELDS = ['serialNumber', 'productKeyId', 'hardwareHash'] as const

/** The accepted headers, exact to the letter (autopilot-csv.md §1–4). */
export const DIALECTS: readonly Dialect[] = [
  { name: 'Get-WindowsAutopilotInfo', header: GWAI, fields: GWAI_FIELDS },
  {
    name: 'Get-WindowsAutopilotInfo -GroupTag',
    header: [...GWAI, 'Group Tag'],
    fields: [...GWAI_FIELDS, 'groupTag'],
  },
  {
    name: 'Get-WindowsAutopilotInfo -AssignedUser',
    header: [...GWAI, 'Group Tag', 'Assigned User'],
    fields: [...GWAI_FIELDS, 'groupTag', 'assignedUser'],
  },
  {
    name: 'Partner Center',
    header: [...GWAI, 'Manufacturer name', 'Device model'],
    fields: [...GWAI_FIELDS, 'manufacturer', 'model'],
  },
]

/**
 * A list of serial numbers, one a line: accepted only where devices are named, not registered
 * (a deregistration request), since Partner Center registers no device by its serial alone.
 */
export const SERIALS_DIALECT: Dialect = {
  name: 'Serial numbers',
  header: ['Device Serial Number'],
  fields: ['serialNumber'],
}

const FIELD_BY_NAME = new Map<string, DeviceField>()
for (const dialect of DIALECTS) {
  dialect.header.forEach((name, i) => {
    FIELD_BY_NAME.set(squash(name), dialect.fields[i] as DeviceField)
  })
}

export type HeaderVerdict =
  | { kind: 'exact'; dialect: Dialect; columns: ColumnMap }
  /** Readable, but wrong: rows are still checked through `columns`. */
  | {
      kind: 'mapped'
      dialect: Dialect
      columns: ColumnMap
      rule: 'AP203' | 'AP204' | 'AP205'
      message: Text
    }
  | { kind: 'rejected'; rule: 'AP201' | 'AP202'; message: Text; hint?: Text }

/** Index of each field's column in a row. */
export type ColumnMap = Partial<Record<DeviceField, number>>

/** A cell no header has: a hardware hash (56 characters at least: magic, length, trailer) or a 13-digit product key id. */
export const isDeviceValue = (cell: string) =>
  /^T0[A-Za-z0-9+/=]{54,}$/.test(cell.trim()) || /^\d{13}$/.test(cell.trim())

/** The accepted headers, each in backticks: column names only, the same in every language. */
export function acceptedHeadersText(): string {
  return DIALECTS.map((d) => `\`${d.header.join(',')}\``).join('; ')
}

/** Decides what a first line is: an accepted header, a near miss we can still read, or the wrong file. */
export function classifyHeader(
  cells: readonly string[],
  rawLine: string,
  dialects: readonly Dialect[] = DIALECTS,
): HeaderVerdict {
  for (const dialect of dialects) {
    if (sameCells(cells, dialect.header)) {
      return { kind: 'exact', dialect, columns: columnsOf(dialect.fields) }
    }
  }
  if (cells.some(isDeviceValue)) {
    return {
      kind: 'rejected',
      rule: 'AP201',
      message: text('check.deviceRowFirst', { row: quoteHeader(cells) }),
      hint: text('check.addHeader', { header: DIALECTS[0]?.header.join(',') ?? '' }),
    }
  }
  const wrong = recogniseWrongFormat(cells, rawLine)
  if (wrong) return { kind: 'rejected', rule: 'AP202', ...wrong }

  return nearMiss(cells)
}

/**
 * A first line whose cells name known fields, but not as an accepted header does: readable with
 * a finding (AP203 case or spacing, AP204 order, AP205 columns missing or extra); else AP201.
 */
function nearMiss(cells: readonly string[]): HeaderVerdict {
  const squashed = cells.map(squash)
  const fields = squashed.map((name) => FIELD_BY_NAME.get(name))
  const known = fields.filter((f): f is DeviceField => f !== undefined)
  if (known.length === 0 || (!known.includes('hardwareHash') && !known.includes('serialNumber'))) {
    return {
      kind: 'rejected',
      rule: 'AP201',
      message: text('check.unknownHeader', {
        header: quoteHeader(cells),
        accepted: acceptedHeadersText(),
      }),
    }
  }
  const columns: ColumnMap = {}
  fields.forEach((field, i) => {
    if (field && columns[field] === undefined) columns[field] = i
  })
  const closest = closestDialect(known)
  const expected = quoteHeader(closest.header)
  const header = quoteHeader(cells)
  const mapped = (rule: 'AP203' | 'AP204' | 'AP205', message: Text): HeaderVerdict => ({
    kind: 'mapped',
    dialect: closest,
    columns,
    rule,
    message,
  })
  if (sameCells(squashed, closest.header.map(squash))) {
    return mapped('AP203', text('check.caseOrSpacing', { expected, header }))
  }
  const sameSet =
    known.length === cells.length &&
    new Set(known).size === closest.fields.length &&
    closest.fields.every((f) => known.includes(f))
  if (sameSet) {
    return mapped('AP204', text('check.wrongOrder', { header, expected }))
  }
  const differences = columnDifferences(cells, fields, closest)
  return mapped('AP205', text('check.columnsDiffer', { differences, header, expected }))
}

/** `missing \`…\`; extra \`…\``: the header's columns against the dialect's. */
function columnDifferences(
  cells: readonly string[],
  fields: readonly (DeviceField | undefined)[],
  closest: Dialect,
): Text {
  const known = fields.filter((f): f is DeviceField => f !== undefined)
  const missing = closest.header.filter((_, i) => !known.includes(closest.fields[i] as DeviceField))
  const extra = cells.filter((_, i) => {
    const field = fields[i]
    return field === undefined || !closest.fields.includes(field)
  })
  if (missing.length > 0 && extra.length > 0) {
    return text('check.columnsMissingAndExtra', {
      missing: quoteCells(missing),
      extra: quoteCells(extra),
    })
  }
  if (missing.length > 0) return text('check.columnsMissing', { missing: quoteCells(missing) })
  if (extra.length > 0) return text('check.columnsExtra', { extra: quoteCells(extra) })
  return text('check.columnsDuplicate')
}

function closestDialect(known: readonly DeviceField[]): Dialect {
  let best = DIALECTS[0] as Dialect
  let bestScore = -Infinity
  for (const dialect of DIALECTS) {
    const hits = dialect.fields.filter((f) => known.includes(f)).length
    const score = hits * 2 - dialect.fields.length
    if (score > bestScore) {
      best = dialect
      bestScore = score
    }
  }
  return best
}

function columnsOf(fields: readonly DeviceField[]): ColumnMap {
  const columns: ColumnMap = {}
  fields.forEach((field, i) => {
    columns[field] = i
  })
  return columns
}
