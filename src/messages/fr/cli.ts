import type { cliEn } from '../en/cli.js'
import type { SameMessages } from '../messages.js'

/** The cli messages in French. */
export const cliFr: SameMessages<typeof cliEn> = {}
