import type { repositoryEn } from '../en/repository.js'
import type { SameMessages } from '../messages.js'

/** The repository messages in French. */
export const repositoryFr: SameMessages<typeof repositoryEn> = {}
