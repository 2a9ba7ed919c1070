import { sayer } from '../messages/catalogue.js'
import { localRepository } from '../repo/local-repository.js'
import { renderDoctorMarkdown, renderDoctorText } from '../report/render-doctor.js'
import { doctor } from '../use-cases/doctor.js'
import { type ActionSetup, actionContext } from './setup.js'
import { lazySignIn, partnerCenterFromInputs } from './sign-in.js'

/**
 * `doctor`: the preflight, run by hand before the first merge (workflow_dispatch of the register
 * workflow). Read-only: it signs in and lists each customer's batches, and fails the step unless
 * every customer would register.
 */
export async function runDoctor(setup: ActionSetup): Promise<void> {
  const { out } = setup
  const say = sayer(setup.inputs.language)
  const context = actionContext(out)
  const report = await doctor({
    repository: localRepository(setup),
    partnerCenter: partnerCenterFromInputs(setup, context, lazySignIn(setup)),
  })
  for (const line of renderDoctorText(report, say).trimEnd().split('\n')) out.info(line)
  await out.summary(renderDoctorMarkdown(report, say))
  out.output('ready', String(report.ready))
  if (!report.ready) out.failed(say('report.run.doctorNotReady'))
}
