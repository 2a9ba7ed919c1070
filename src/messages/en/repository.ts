import type { Messages } from '../messages.js'
import { repositoryDoctorEn } from './repository-doctor.js'
import { repositoryFilesEn } from './repository-files.js'
import { repositoryPlanEn } from './repository-plan.js'
import { repositoryRegisterEn } from './repository-register.js'

/** The repository messages in English: the reference every other language follows. */
export const repositoryEn = {
  ...repositoryFilesEn,
  ...repositoryPlanEn,
  ...repositoryRegisterEn,
  ...repositoryDoctorEn,
} satisfies Messages
