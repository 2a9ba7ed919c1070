import type { reportsEn } from '../en/reports.js'
import type { SameMessages } from '../messages.js'

/** The reports messages in French. */
export const reportsFr: SameMessages<typeof reportsEn> = {}
