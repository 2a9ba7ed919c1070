import type { TextEncoding } from '../csv/decode-text.js'
import type { Dialect } from '../csv/dialect.js'
import { readDeviceCsv } from '../csv/read-device-csv.js'
import { FindingCap } from '../findings/cap-findings.js'
import type { Finding } from '../findings/finding.js'
import { checkRow, type DeviceRecord } from '../rules/check-row.js'
import type { FileTags } from './device-tags.js'

export interface FileCheckRequest {
  /** Where the bytes are. */
  path: string
  /** Relative to the repository root, with `/`. */
  file: string
  /** The group tags of its rows; undefined for a file outside a customer. */
  tags?: FileTags
  maxBytes: number
}

export interface FileReport {
  file: string
  encoding: TextEncoding
  dialect?: string
  devices: DeviceRecord[]
  findings: Finding[]
}

/**
 * Reads one device CSV and runs every per-row rule over it: the unit of work a worker takes. Its
 * findings are capped per rule (FindingCap): 130,000 rows with the same slip cost 51 findings,
 * while each device still says whether its row has errors.
 */
export async function checkDeviceFile(request: FileCheckRequest): Promise<FileReport> {
  const devices: DeviceRecord[] = []
  let rowFindings = new FindingCap()
  const context = request.tags ?? {}
  const result = await readDeviceCsv({
    path: request.path,
    file: request.file,
    maxBytes: request.maxBytes,
    onRow(row) {
      const checked = checkRow(row, context)
      devices.push(checked.device)
      rowFindings.addAll(checked.findings)
    },
    // One pass over the bytes instead of two: a 4 MB file is no longer read once to be scanned.
    onRestart() {
      devices.length = 0
      rowFindings = new FindingCap()
    },
  })
  return {
    file: request.file,
    encoding: result.encoding,
    ...dialectName(result.dialect),
    devices,
    // The reader's rules (AP1xx–AP3xx of the text) and the row rules are not the same rules: each
    // list is capped on its own.
    findings: [...result.findings, ...rowFindings.list()],
  }
}

function dialectName(dialect: Dialect | undefined): { dialect?: string } {
  return dialect ? { dialect: dialect.name } : {}
}
