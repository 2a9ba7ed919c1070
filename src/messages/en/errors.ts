import type { Messages } from '../messages.js'

/** The errors messages in English: the reference every other language follows. */
export const errorsEn = {} satisfies Messages
