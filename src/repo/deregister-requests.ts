import path from 'node:path'
import { DIALECTS, SERIALS_DIALECT } from '../csv/dialect.js'
import { cellOf, readDeviceCsv } from '../csv/read-device-csv.js'
import { type Finding, finding } from '../findings/finding.js'
import { decodeHardwareHash } from '../hash/decode-hardware-hash.js'
import { text } from '../messages/text-of.js'
import { mapInParallel } from './in-parallel.js'

/**
 * One device a deregistration request names: by serial (with its manufacturer where the file
 * says it, or its hash does), or by product key id.
 */
export interface DeregisterRequest {
  file: string
  line: number
  serialNumber: string
  manufacturer: string
  productKeyId: string
}

/** Any device dialect, or a plain list of serial numbers. */
const REQUEST_DIALECTS = [...DIALECTS, SERIALS_DIALECT]

/**
 * Reads the deregistration requests of `customers/<slug>/deregister/*.csv`. Only what names the
 * device is read: a request registers nothing, so the row rules of a device file do not apply,
 * and a hash serves only for the serial and manufacturer inside it.
 */
export async function readDeregisterRequests(
  root: string,
  files: readonly string[],
  maxBytes: number,
): Promise<{ requests: DeregisterRequest[]; findings: Finding[] }> {
  const requests: DeregisterRequest[] = []
  const findings: Finding[] = []
  const reads = await mapInParallel(files, async (file) => {
    const rows: DeregisterRequest[] = []
    const unnamed: Finding[] = []
    const result = await readDeviceCsv({
      path: path.join(root, file),
      file,
      maxBytes,
      dialects: REQUEST_DIALECTS,
      onRow(row) {
        const request = requestOf(row, file)
        if (request.serialNumber || request.productKeyId) rows.push(request)
        else
          unnamed.push(
            finding(
              'AP608',
              { file, line: row.line },
              text('repo.request.noDevice'),
              text('repo.request.noDeviceHint'),
            ),
          )
      },
    })
    return { rows, findings: [...result.findings, ...unnamed] }
  })
  for (const read of reads) {
    requests.push(...read.rows)
    findings.push(...read.findings)
  }
  return { requests, findings }
}

function requestOf(row: Parameters<typeof cellOf>[0], file: string): DeregisterRequest {
  const hash = cellOf(row, 'hardwareHash').trim()
  const decoded = hash === '' ? undefined : decodeHardwareHash(hash)
  const inHash = decoded?.verdict === 'valid' ? decoded : undefined
  return {
    file,
    line: row.line,
    serialNumber: cellOf(row, 'serialNumber').trim() || (inHash?.serialNumber ?? '').trim(),
    manufacturer: cellOf(row, 'manufacturer').trim() || (inHash?.manufacturer ?? '').trim(),
    productKeyId: cellOf(row, 'productKeyId').trim() || (inHash?.productKeyId ?? ''),
  }
}
