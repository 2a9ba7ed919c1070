import type { Messages } from '../messages.js'

/** The reports messages in English: the reference every other language follows. */
export const reportsEn = {} satisfies Messages
