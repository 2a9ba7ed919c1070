import type { Messages } from '../messages.js'

/** The rules messages in English: the reference every other language follows. */
export const rulesEn = {} satisfies Messages
