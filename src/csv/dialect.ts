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

const FIELD_BY_NAME = new Map<string, DeviceField>()
for (const dialect of DIALECTS) {
  dialect.header.forEach((name, i) => {
    FIELD_BY_NAME.set(squash(name), dialect.fields[i] as DeviceField)
  })
}

/** Lowercase, without spaces, underscores or hyphens: how we compare header cells loosely. */
function squash(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '')
}

export type HeaderVerdict =
  | { kind: 'exact'; dialect: Dialect; columns: ColumnMap }
  /** Readable, but wrong: rows are still checked through `columns`. */
  | {
      kind: 'mapped'
      dialect: Dialect
      columns: ColumnMap
      rule: 'AP203' | 'AP204' | 'AP205'
      message: string
    }
  | { kind: 'rejected'; rule: 'AP201' | 'AP202'; message: string; hint?: string }

/** Index of each field's column in a row. */
export type ColumnMap = Partial<Record<DeviceField, number>>

/** A first line as quoted in a message: each cell cut short, since it may be a 4,000-character hash. */
const quoteHeader = (cells: readonly string[]): string =>
  `\`${cells.map((c) => (c.length > 40 ? `${c.slice(0, 16)}…${c.slice(-8)}` : c)).join(',')}\``

/** A cell no header has: a hardware hash or a 13-digit product key id. */
const isDeviceValue = (cell: string) =>
  /^T0[A-Za-z0-9+/=]{60,}$/.test(cell.trim()) || /^\d{13}$/.test(cell.trim())

export function acceptedHeadersText(): string {
  return DIALECTS.map((d) => quoteHeader(d.header)).join('; ')
}

/** Decides what a first line is: an accepted header, a near miss we can still read, or the wrong file. */
export function classifyHeader(cells: readonly string[], rawLine: string): HeaderVerdict {
  for (const dialect of DIALECTS) {
    if (sameCells(cells, dialect.header)) {
      return { kind: 'exact', dialect, columns: columnsOf(dialect.fields) }
    }
  }
  if (cells.some(isDeviceValue)) {
    return {
      kind: 'rejected',
      rule: 'AP201',
      message: `the first line is a device row (${quoteHeader(cells)}), not a header: the header line is missing`,
      hint: `Add the header as line 1; for a Get-WindowsAutopilotInfo file it is \`${DIALECTS[0]?.header.join(',')}\`.`,
    }
  }
  const wrong = recogniseWrongFormat(cells, rawLine)
  if (wrong) return wrong

  const squashed = cells.map(squash)
  const fields = squashed.map((name) => FIELD_BY_NAME.get(name))
  const known = fields.filter((f): f is DeviceField => f !== undefined)
  if (known.length === 0 || (!known.includes('hardwareHash') && !known.includes('serialNumber'))) {
    return {
      kind: 'rejected',
      rule: 'AP201',
      message: `unknown header ${quoteHeader(cells)}; accepted headers: ${acceptedHeadersText()}`,
    }
  }
  const columns: ColumnMap = {}
  fields.forEach((field, i) => {
    if (field && columns[field] === undefined) columns[field] = i
  })
  const closest = closestDialect(known)
  const expected = quoteHeader(closest.header)
  if (sameCells(squashed, closest.header.map(squash))) {
    return {
      kind: 'mapped',
      dialect: closest,
      columns,
      rule: 'AP203',
      message: `header differs from ${expected} in letter case or spacing: ${quoteHeader(cells)}`,
    }
  }
  const sameSet =
    known.length === cells.length &&
    new Set(known).size === closest.fields.length &&
    closest.fields.every((f) => known.includes(f))
  if (sameSet) {
    return {
      kind: 'mapped',
      dialect: closest,
      columns,
      rule: 'AP204',
      message: `columns in the wrong order: ${quoteHeader(cells)}; expected ${expected}`,
    }
  }
  const missing = closest.header.filter((_, i) => !known.includes(closest.fields[i] as DeviceField))
  const extra = cells.filter((_, i) => {
    const field = fields[i]
    return field === undefined || !closest.fields.includes(field)
  })
  const parts = [
    missing.length > 0 ? `missing ${missing.map((c) => `\`${c}\``).join(', ')}` : '',
    extra.length > 0 ? `extra ${extra.map((c) => `\`${c}\``).join(', ')}` : '',
  ].filter(Boolean)
  return {
    kind: 'mapped',
    dialect: closest,
    columns,
    rule: 'AP205',
    message: `${parts.join('; ') || 'duplicate columns'} in ${quoteHeader(cells)}; expected ${expected}`,
  }
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

function recogniseWrongFormat(
  cells: readonly string[],
  rawLine: string,
): HeaderVerdict | undefined {
  const reject = (message: string, hint: string): HeaderVerdict => ({
    kind: 'rejected',
    rule: 'AP202',
    message,
    hint,
  })
  if (cells.length === 1 && /[;\t]/.test(rawLine)) {
    const what = rawLine.includes('\t') ? 'tabs' : 'semicolons'
    return reject(
      `the file is delimited by ${what}, not commas (a spreadsheet saved it, perhaps in a French or German locale)`,
      'Commit the file exactly as Get-WindowsAutopilotInfo wrote it; a spreadsheet also drops leading zeros from serials.',
    )
  }
  const squashed = cells.map(squash).join(',')
  if (squashed === 'manufacturer,model,serialnumber,hardwarehash') {
    return reject(
      'this is the Microsoft Managed Desktop self-registration file (`Manufacturer,Model,Serial Number,Hardware Hash`), which Partner Center does not take',
      'Capture the devices with Get-WindowsAutopilotInfo -OutputFile, which writes `Device Serial Number,Windows Product ID,Hardware Hash`.',
    )
  }
  if (squashed === 'manufacturer,model,serialnumber') {
    return reject(
      'this is the Microsoft Managed Desktop partner file (`Manufacturer,Model,Serial Number`), which Partner Center does not take',
      'For tuple registration use the Partner Center header `Device Serial Number,Windows Product ID,Hardware Hash,Manufacturer name,Device model` with the serial, manufacturer and model columns filled.',
    )
  }
  if (cells.some((c) => /^textbox\d*$|^details_/i.test(c.trim()))) {
    return reject(
      'this looks like a Configuration Manager report export (report item names in the first line)',
      'Export the report "Windows Autopilot Device Information" as CSV and delete every line above the `Device Serial Number,…` header.',
    )
  }
  const looksLikeHeader = cells.some((c) =>
    /serial|hash|product|model|manufacturer|device/i.test(c),
  )
  if (cells.length === 3 && !looksLikeHeader && cells.every((c) => c.trim() !== '')) {
    return reject(
      'this looks like an Intune corporate-identifier list (`manufacturer,model,serial` lines with no header), which is not an Autopilot registration file',
      'Capture the devices with Get-WindowsAutopilotInfo -OutputFile, or use the Partner Center header with serial, manufacturer and model.',
    )
  }
  return undefined
}

function sameCells(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((cell, i) => cell === b[i])
}

function columnsOf(fields: readonly DeviceField[]): ColumnMap {
  const columns: ColumnMap = {}
  fields.forEach((field, i) => {
    columns[field] = i
  })
  return columns
}
