import path from 'node:path'
import { cellOf, DEFAULT_MAX_BYTES, readDeviceCsv } from '../csv/read-device-csv.js'

/** A row's identifier cells as written in its CSV, trimmed; empty where the dialect has no such column. */
export interface RowCells {
  serialNumber: string
  productKeyId: string
  hardwareHash: string
}

/**
 * Reads rows back from their CSVs by `file:line`: the plan keeps only a digest of each hash, so a
 * repository of 100,000 devices is never held in memory twice. A row that is not where the plan
 * saw it (the file changed under us) is an error, not a silent skip.
 */
export async function readRowCells(
  root: string,
  sources: readonly string[],
): Promise<Map<string, RowCells>> {
  const byFile = new Map<string, Set<number>>()
  for (const source of sources) {
    const { file, line } = splitSource(source)
    byFile.set(file, (byFile.get(file) ?? new Set()).add(line))
  }
  const cells = new Map<string, RowCells>()
  for (const [file, lines] of byFile) {
    await readDeviceCsv({
      path: path.join(root, file),
      file,
      maxBytes: DEFAULT_MAX_BYTES,
      onRow(row) {
        if (!lines.delete(row.line)) return
        cells.set(`${file}:${row.line}`, {
          serialNumber: cellOf(row, 'serialNumber').trim(),
          productKeyId: cellOf(row, 'productKeyId').trim(),
          hardwareHash: cellOf(row, 'hardwareHash').trim(),
        })
      },
    })
    const [missing] = lines
    if (missing !== undefined) {
      throw new Error(
        `${file}:${missing} is no longer the row the plan read (the file changed during the run); run again`,
      )
    }
  }
  return cells
}

/** `customers/x/devices/a.csv:12` as its file and line. */
export function splitSource(source: string): { file: string; line: number } {
  const at = source.lastIndexOf(':')
  return { file: source.slice(0, at), line: Number(source.slice(at + 1)) }
}
