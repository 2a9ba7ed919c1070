import type { ColumnMap, DeviceField } from './dialect.js'

/** One data row, as read: its cells and where each field sits. */
export interface DeviceRow {
  file: string
  /** Physical line where the row starts, 1-based. */
  line: number
  cells: readonly string[]
  columns: ColumnMap
}

export function cellOf(row: DeviceRow, field: DeviceField): string {
  const index = row.columns[field]
  return index === undefined ? '' : (row.cells[index] ?? '')
}

/** 1-based character column of a field, counted as if no cell were quoted (Autopilot files have no quotes). */
export function columnOf(row: DeviceRow, field: DeviceField): number {
  const index = row.columns[field] ?? 0
  let column = 1
  for (let i = 0; i < index; i++) column += (row.cells[i]?.length ?? 0) + 1
  return column
}
