import { escapeJsonControls } from '../findings/escape.js'
import { jsonChunks, type Replacer } from '../report/json-chunks.js'
import type { CliIo } from './cli-io.js'

/**
 * A report as pretty JSON on standard output, written piece by piece (see jsonChunks), each piece
 * with its controls escaped and, through io, redacted.
 */
export async function writeJson(
  report: unknown,
  io: Pick<CliIo, 'stdout' | 'stdoutDrained'>,
  replacer?: Replacer,
): Promise<void> {
  for (const chunk of jsonChunks(report, replacer)) {
    io.stdout(escapeJsonControls(chunk))
    await io.stdoutDrained?.()
  }
}
