import { z } from 'zod'
import { GLOBAL_CLOUD } from '../auth/cloud.js'

const positiveInt = (max: number) => z.coerce.number().int().min(1).max(max)

/**
 * How a registration run works, with one set of bounds and defaults for the action's inputs and
 * the CLI's options.
 */
export const RegistrationSettingsSchema = z.object({
  partnerCenterUrl: z.string().default(GLOBAL_CLOUD.partnerCenter),
  concurrency: positiveInt(20).default(4),
  pollTimeoutMinutes: z.coerce.number().positive().max(360).default(30),
  chunkSize: positiveInt(1000).default(1000),
  // 0 turns deregistration off; the cap is per customer and run (see plan-deregister.ts).
  maxDeregistrations: z.coerce.number().int().min(0).max(10_000).default(25),
})
export type RegistrationSettings = z.output<typeof RegistrationSettingsSchema>
