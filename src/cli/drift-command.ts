import { localRepository } from '../repo/local-repository.js'
import { driftInWords } from '../report/check-words.js'
import { renderDriftText } from '../report/render-drift.js'
import { detectDrift } from '../use-cases/drift.js'
import { type CliIo, sayOf } from './cli-io.js'
import type { DoctorOptions } from './doctor-command.js'
import { partnerCenterAccess } from './partner-center-access.js'

/**
 * `drift`: Partner Center against the records, read-only and app-only. Exit 1 when they
 * disagree, or a customer could not be compared.
 */
export async function runDriftCommand(
  given: string | undefined,
  options: DoctorOptions,
  io: CliIo,
): Promise<number> {
  // App-only: the refresh token, if set, is not redeemed for a read.
  const { root, partnerCenter } = await partnerCenterAccess('drift', given, options, io)
  const report = await detectDrift({
    repository: localRepository({ root, topLevel: root }),
    partnerCenter,
  })
  io.stdout(
    options.format === 'json'
      ? `${JSON.stringify(driftInWords(report, sayOf(io)), null, 2)}\n`
      : renderDriftText(report, sayOf(io)),
  )
  return report.drift ? 1 : 0
}
