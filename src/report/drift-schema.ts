import { z } from 'zod'
import { DRIFT_KINDS, type DriftKind } from '../register/compare-drift.js'

const Count = z.int().min(0)
const KINDS = DRIFT_KINDS as [DriftKind, ...DriftKind[]]
const Counts = z.strictObject({ unknown: Count, missing: Count, moved: Count, finished: Count })

/** `drift --format json`: where Partner Center and the records disagree (DriftReport). */
export const DriftReportJsonSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    customers: z.array(
      z.strictObject({
        slug: z.string(),
        customerId: z.string(),
        devices: z.array(
          z.strictObject({
            kind: z.enum(KINDS),
            serialNumber: z.string(),
            manufacturer: z.string(),
            model: z.string(),
            productKeyId: z.string(),
            deviceId: z.string().nullable(),
            recordedGroupTag: z.string().nullable().describe('The batch the records name.'),
            batch: z.string().nullable().describe('The batch Partner Center has it in.'),
            record: z.string().nullable(),
          }),
        ),
        counts: Counts,
        problem: z.string().optional().describe('Why the customer could not be compared.'),
      }),
    ),
    counts: Counts,
    drift: z.boolean(),
  })
  .describe('The report of `autopilot-gitops drift --format json`.')

export type DriftReportJson = z.output<typeof DriftReportJsonSchema>
