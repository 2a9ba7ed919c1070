import { createHash } from 'node:crypto'
import path from 'node:path'
import { cellOf, DEFAULT_MAX_BYTES, readDeviceCsv } from '../csv/read-device-csv.js'
import type { DeviceUpload } from '../partner-center/client.js'
import type { PlannedDevice } from '../plan/registration-plan.js'

/** A planned device as it goes to Partner Center, with the digest its record keeps. */
export interface PreparedDevice {
  planned: PlannedDevice
  upload: DeviceUpload
  /** SHA-256 (hex) of the hash text as written in the CSV; empty without a hash. */
  hardwareHashSha256: string
}

/**
 * Reads the hash text of the planned rows back from their CSVs: the plan keeps only a digest of
 * each hash, so a repository of 100,000 devices is never held in memory twice. A row that is not
 * where the plan saw it (the file changed under us) is an error, not a silent skip.
 */
export async function prepareUploads(
  root: string,
  devices: readonly PlannedDevice[],
): Promise<PreparedDevice[]> {
  const byFile = new Map<string, Map<number, PlannedDevice>>()
  for (const device of devices) {
    const { file, line } = splitSource(device.source)
    const lines = byFile.get(file) ?? new Map<number, PlannedDevice>()
    lines.set(line, device)
    byFile.set(file, lines)
  }
  const prepared: PreparedDevice[] = []
  for (const [file, lines] of byFile) {
    await readDeviceCsv({
      path: path.join(root, file),
      file,
      maxBytes: DEFAULT_MAX_BYTES,
      onRow(row) {
        const planned = lines.get(row.line)
        if (!planned) return
        lines.delete(row.line)
        const hash = cellOf(row, 'hardwareHash').trim()
        // What the row says, not what the engine read from inside the hash: the row is what was reviewed.
        const written = {
          serialNumber: cellOf(row, 'serialNumber').trim(),
          productKeyId: cellOf(row, 'productKeyId').trim(),
          manufacturer: planned.manufacturer,
          model: planned.model,
        }
        prepared.push({
          planned,
          upload: uploadOf(written, hash),
          hardwareHashSha256: hash ? createHash('sha256').update(hash).digest('hex') : '',
        })
      },
    })
    const missing = [...lines.values()][0]
    if (missing) {
      throw new Error(
        `${missing.source} is no longer the row the plan read (the file changed during the run); run again`,
      )
    }
  }
  return prepared
}

/**
 * The identifier combination Partner Center accepts for the row (reference §5.1): the hash with
 * the serial number and product key it has; without a hash, the product key alone, else the
 * serial number, manufacturer and model (the tuple, compared case-sensitively).
 */
function uploadOf(
  device: { serialNumber: string; productKeyId: string; manufacturer: string; model: string },
  hash: string,
): DeviceUpload {
  const pick = (entries: Record<string, string>) =>
    Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== '')) as DeviceUpload
  if (hash)
    return pick({
      hardwareHash: hash,
      serialNumber: device.serialNumber,
      productKey: device.productKeyId,
    })
  if (device.productKeyId) return pick({ productKey: device.productKeyId })
  return pick({
    serialNumber: device.serialNumber,
    oemManufacturerName: device.manufacturer,
    modelName: device.model,
  })
}

export function splitSource(source: string): { file: string; line: number } {
  const at = source.lastIndexOf(':')
  return { file: source.slice(0, at), line: Number(source.slice(at + 1)) }
}
