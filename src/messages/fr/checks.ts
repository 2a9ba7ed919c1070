import type { checksEn } from '../en/checks.js'
import type { SameMessages } from '../messages.js'
import { checksFilesFr } from './checks-files.js'
import { checksRowsFr } from './checks-rows.js'

/** The checks messages in French. */
export const checksFr: SameMessages<typeof checksEn> = { ...checksFilesFr, ...checksRowsFr }
