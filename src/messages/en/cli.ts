import type { Messages } from '../messages.js'

/** The cli messages in English: the reference every other language follows. */
export const cliEn = {} satisfies Messages
