import type { Messages } from '../messages.js'

/** The checks messages in English: the reference every other language follows. */
export const checksEn = {} satisfies Messages
