import type { errorsEn } from '../en/errors.js'
import type { SameMessages } from '../messages.js'

/** The errors messages in French. */
export const errorsFr: SameMessages<typeof errorsEn> = {}
