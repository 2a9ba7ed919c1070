import { localRepository } from '../repo/local-repository.js'
import { doctorInWords } from '../report/check-words.js'
import { renderDoctorText } from '../report/render-doctor.js'
import { doctor } from '../use-cases/doctor.js'
import { type CliIo, sayOf } from './cli-io.js'
import { partnerCenterAccess, type SignInCommandOptions } from './partner-center-access.js'

export type DoctorOptions = SignInCommandOptions

/**
 * `doctor`: before the first merge, whether it would work. Signs in as the merge would (app-only,
 * and App+User with a refresh token) and asks Partner Center, read-only, for each customer's
 * batches. Exit 0 only when every customer would register.
 */
export async function runDoctorCommand(
  given: string | undefined,
  options: DoctorOptions,
  io: CliIo,
): Promise<number> {
  const { root, partnerCenter } = await partnerCenterAccess('doctor', given, options, {
    ...io,
    appUser: true,
  })
  const report = await doctor({
    repository: localRepository({ root, topLevel: root }),
    partnerCenter,
  })
  io.stdout(
    options.format === 'json'
      ? `${JSON.stringify(doctorInWords(report, sayOf(io)), null, 2)}\n`
      : renderDoctorText(report, sayOf(io)),
  )
  return report.ready ? 0 : 1
}
