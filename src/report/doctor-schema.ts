import { z } from 'zod'

/** `doctor --format json`: the preflight's report (DoctorReport, src/use-cases/doctor.ts). */
export const DoctorReportJsonSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    signIns: z.array(
      z.strictObject({
        mode: z.enum(['app-only', 'app+user']),
        ok: z.boolean(),
        detail: z.string().describe("Why not, in Entra's words, or how to have it."),
      }),
    ),
    customers: z.array(
      z.strictObject({
        slug: z.string(),
        customerId: z.string().nullable(),
        reachable: z
          .boolean()
          .describe("Partner Center answered the listing of the customer's batches."),
        problem: z.string().optional().describe('What stops this customer, and what to do.'),
        batches: z.array(
          z.strictObject({
            groupTag: z.string(),
            exists: z.boolean(),
            devices: z.int().min(0).optional(),
            creatable: z.boolean().describe('This sign-in (App+User) can create it on a merge.'),
          }),
        ),
        ready: z.boolean(),
      }),
    ),
    ready: z.boolean().describe('Every customer would register.'),
  })
  .describe('The report of `autopilot-gitops doctor --format json`.')

export type DoctorReportJson = z.output<typeof DoctorReportJsonSchema>
