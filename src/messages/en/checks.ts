import type { Messages } from '../messages.js'
import { checksFilesEn } from './checks-files.js'
import { checksRowsEn } from './checks-rows.js'

/** The checks messages in English: the reference every other language follows. */
export const checksEn = { ...checksFilesEn, ...checksRowsEn } satisfies Messages
