import type { checksEn } from '../en/checks.js'
import type { SameMessages } from '../messages.js'

/** The checks messages in French. */
export const checksFr: SameMessages<typeof checksEn> = {}
