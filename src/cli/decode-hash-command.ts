import { escapeControls, escapeJsonControls } from '../findings/escape.js'
import { decodeHardwareHash } from '../hash/decode-hardware-hash.js'
import type { DecodedHashJson } from '../report/report-schemas.js'
import { type CliIo, sayOf } from './cli-io.js'

/** `decode-hash`: what a hash holds, without a Windows-only tool. */
export async function runDecodeHash(
  input: string,
  format: 'text' | 'json',
  io: CliIo,
): Promise<number> {
  const hash = input.trim()
  if (hash === '') {
    io.stderr('autopilot-gitops: decode-hash: no hash given (standard input was empty)\n')
    return 2
  }
  const decoded = decodeHardwareHash(hash)
  // The decoder's words are Texts: said in the run's language, here and in the JSON report.
  const say = sayOf(io)
  const problem = decoded.problem && say.text(decoded.problem)
  const warning = decoded.warning && say.text(decoded.warning)
  if (format === 'json') {
    const report: DecodedHashJson = { schemaVersion: 1, ...decoded, problem, warning }
    io.stdout(`${escapeJsonControls(JSON.stringify(report, null, 2))}\n`)
  } else {
    const rows: [string, string | number | boolean | undefined][] = [
      [
        'verdict',
        decoded.verdict === 'valid' ? 'valid (checksum matches)' : `${decoded.verdict}: ${problem}`,
      ],
      ['warning', warning],
      ['serial number', decoded.serialNumber],
      ['manufacturer', decoded.manufacturer],
      ['model', decoded.model],
      ['product key id', decoded.productKeyId],
      ['TPM', decoded.hasTpm ? (decoded.tpmVersion ?? 'present') : 'none'],
      ['virtual machine', decoded.isVirtualMachine ? 'yes' : 'no'],
      ['tool version', decoded.toolVersion],
      ['tool build', decoded.toolBuild],
      ['OS build', decoded.osBuild],
      ['architecture', decoded.cpuArchitecture],
      ['captured at', decoded.capturedAt],
      [
        'size',
        decoded.byteLength === undefined
          ? undefined
          : `${decoded.byteLength} bytes, ${decoded.contentLength} of content`,
      ],
    ]
    const shown = rows.filter(([, value]) => value !== undefined && value !== '')
    // The hash's own strings (serial, model, tool version…) may hold anything: escaped.
    const text = shown.map(
      ([name, value]) => `${`${name}:`.padEnd(17)}${escapeControls(String(value))}`,
    )
    io.stdout(`${text.join('\n')}\n`)
  }
  return decoded.verdict === 'valid' ? 0 : 1
}
