import { escapeControls, escapeJsonControls } from '../findings/escape.js'
import { decodeHardwareHash } from '../hash/decode-hardware-hash.js'
import type { Say } from '../messages/catalogue.js'
import type { DecodedHashJson } from '../report/report-schemas.js'
import { type CliIo, sayOf } from './cli-io.js'

/** `decode-hash`: what a hash holds, without a Windows-only tool. */
export async function runDecodeHash(
  input: string,
  format: 'text' | 'json',
  io: CliIo,
): Promise<number> {
  const say = sayOf(io)
  const hash = input.trim()
  if (hash === '') {
    io.stderr(`autopilot-gitops: ${say('cli.decodeHash.empty')}\n`)
    return 2
  }
  const decoded = decodeHardwareHash(hash)
  // The decoder's words are Texts: said in the run's language, here and in the JSON report.
  const problem = decoded.problem && say.text(decoded.problem)
  const warning = decoded.warning && say.text(decoded.warning)
  if (format === 'json') {
    const report: DecodedHashJson = { schemaVersion: 1, ...decoded, problem, warning }
    io.stdout(`${escapeJsonControls(JSON.stringify(report, null, 2))}\n`)
  } else io.stdout(hashTable({ ...decoded, problem, warning }, say))
  return decoded.verdict === 'valid' ? 0 : 1
}

/** One `name: value` line for each thing the hash holds, the values in one column. */
function hashTable(decoded: Omit<DecodedHashJson, 'schemaVersion'>, say: Say): string {
  const { byteLength: bytes, contentLength: content } = decoded
  const rows: [string, string | number | boolean | undefined][] = [
    [
      say('cli.hash.verdict'),
      decoded.verdict === 'valid'
        ? say('cli.hash.valid')
        : `${decoded.verdict}: ${decoded.problem}`,
    ],
    [say('cli.hash.warning'), decoded.warning],
    [say('cli.hash.serialNumber'), decoded.serialNumber],
    [say('cli.hash.manufacturer'), decoded.manufacturer],
    [say('cli.hash.model'), decoded.model],
    [say('cli.hash.productKeyId'), decoded.productKeyId],
    [
      say('cli.hash.tpm'),
      decoded.hasTpm ? (decoded.tpmVersion ?? say('cli.hash.tpmPresent')) : say('cli.hash.tpmNone'),
    ],
    [
      say('cli.hash.virtualMachine'),
      say(decoded.isVirtualMachine ? 'cli.hash.yes' : 'cli.hash.no'),
    ],
    [say('cli.hash.toolVersion'), decoded.toolVersion],
    [say('cli.hash.toolBuild'), decoded.toolBuild],
    [say('cli.hash.osBuild'), decoded.osBuild],
    [say('cli.hash.architecture'), decoded.cpuArchitecture],
    [say('cli.hash.capturedAt'), decoded.capturedAt],
    [
      say('cli.hash.size'),
      bytes === undefined ? undefined : say('cli.hash.bytes', { bytes, content: content ?? 0 }),
    ],
  ]
  const shown = rows.filter(([, value]) => value !== undefined && value !== '')
  // English names fit in 16 columns and a space, as before; longer ones widen the column.
  const named = shown.map(([name, value]) => [say('cli.hash.row', { name }), value] as const)
  const width = Math.max(17, ...named.map(([name]) => name.length + 1))
  // The hash's own strings (serial, model, tool version…) may hold anything: escaped.
  const lines = named.map(([name, value]) => name.padEnd(width) + escapeControls(String(value)))
  return `${lines.join('\n')}\n`
}
