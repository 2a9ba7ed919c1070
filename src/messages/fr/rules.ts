import type { rulesEn } from '../en/rules.js'
import type { SameMessages } from '../messages.js'

/** The rules messages in French. */
export const rulesFr: SameMessages<typeof rulesEn> = {}
