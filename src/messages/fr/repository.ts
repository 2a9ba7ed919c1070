import type { repositoryEn } from '../en/repository.js'
import type { SameMessages } from '../messages.js'
import { repositoryDoctorFr } from './repository-doctor.js'
import { repositoryFilesFr } from './repository-files.js'
import { repositoryPlanFr } from './repository-plan.js'
import { repositoryRegisterFr } from './repository-register.js'

/** The repository messages in French. */
export const repositoryFr: SameMessages<typeof repositoryEn> = {
  ...repositoryFilesFr,
  ...repositoryPlanFr,
  ...repositoryRegisterFr,
  ...repositoryDoctorFr,
}
