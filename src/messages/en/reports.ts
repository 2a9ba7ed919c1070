import type { Messages } from '../messages.js'
import { reportsChecksEn } from './reports-checks.js'
import { reportsColumnsEn } from './reports-columns.js'
import { reportsOutcomeEn } from './reports-outcome.js'
import { reportsPlanEn } from './reports-plan.js'
import { reportsRunsEn } from './reports-runs.js'

/** The reports messages in English: the reference every other language follows. */
export const reportsEn = {
  ...reportsPlanEn,
  ...reportsColumnsEn,
  ...reportsOutcomeEn,
  ...reportsChecksEn,
  ...reportsRunsEn,
} satisfies Messages
