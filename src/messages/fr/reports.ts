import type { reportsEn } from '../en/reports.js'
import type { SameMessages } from '../messages.js'
import { reportsChecksFr } from './reports-checks.js'
import { reportsColumnsFr } from './reports-columns.js'
import { reportsOutcomeFr } from './reports-outcome.js'
import { reportsPlanFr } from './reports-plan.js'
import { reportsRunsFr } from './reports-runs.js'

/** The reports messages in French. */
export const reportsFr: SameMessages<typeof reportsEn> = {
  ...reportsPlanFr,
  ...reportsColumnsFr,
  ...reportsOutcomeFr,
  ...reportsChecksFr,
  ...reportsRunsFr,
}
