import type { Messages } from '../messages.js'

/** The repository messages in English: the reference every other language follows. */
export const repositoryEn = {} satisfies Messages
