import { z } from 'zod'
import { RULES, type RuleId } from '../findings/catalogue.js'
import { DEVICE_ACTIONS, type DeviceAction } from '../plan/registration-plan.js'
import { DoctorReportJsonSchema } from './doctor-schema.js'
import { DriftReportJsonSchema } from './drift-schema.js'
import type { ReportName } from './report-names.js'

/**
 * The JSON reports (`validate --format json`, `plan --format json` and the action's `report`
 * output, `decode-hash --format json`) as zod schemas: the source of their JSON Schemas in
 * schema/. They describe what ValidationReport, PlanReport and DecodedHardwareHash produce; a
 * type test holds them to those types. `summary` takes further counts as they are added.
 */

const RULE_IDS = Object.keys(RULES) as [RuleId, ...RuleId[]]
const Count = z.int().min(0)

export const FindingJsonSchema = z.strictObject({
  rule: z.enum(RULE_IDS).describe('Stable rule id; docs/rules.md explains each.'),
  severity: z.enum(['error', 'warning', 'notice']),
  file: z.string().describe('Path relative to the repository root, with / as separator.'),
  line: z.int().min(1).describe('Physical line of the file, 1-based.'),
  column: z.int().min(1).describe('Character column of that line, 1-based.'),
  message: z.string().describe('What is wrong, quoting the value.'),
  hint: z.string().describe('How to fix it.'),
})

const SEVERITY_COUNTS = { errors: Count, warnings: Count, notices: Count }

export const ValidationReportJsonSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    summary: z
      .strictObject({
        files: Count,
        devices: Count.describe('Distinct devices: rows that name the same device count once.'),
        rows: Count.describe('Device rows in the CSVs.'),
        ...SEVERITY_COUNTS,
      })
      .catchall(Count)
      .describe('Counts over the paths checked; later versions may add counts.'),
    findings: z.array(FindingJsonSchema),
    customers: z.array(
      z.strictObject({
        slug: z.string().describe('The folder name under customers/.'),
        name: z.string().nullable().describe('From customer.yml; null when it is invalid.'),
        customerId: z.string().nullable(),
        groupTag: z.string().nullable().describe("The customer's default group tag."),
        groupTags: z
          .array(z.string())
          .optional()
          .describe('Every group tag of a customer with more than one, the default first.'),
        devices: Count,
      }),
    ),
  })
  .describe('The report of `autopilot-gitops validate --format json`.')

const ACTIONS = DEVICE_ACTIONS as [DeviceAction, ...DeviceAction[]]

const PlannedDeviceJsonSchema = z.strictObject({
  action: z
    .enum(ACTIONS)
    .describe(
      'What merging does: register, retry, retag (move to another group tag), already (registered), blocked, removed, deregister (asked for in deregister/).',
    ),
  serialNumber: z.string(),
  manufacturer: z.string(),
  model: z.string(),
  productKeyId: z.string(),
  source: z.string().describe('`file:line` of the row; the record for a removed device.'),
  hashKey: z.string().optional().describe('The hash content key the plan digest covers.'),
  reason: z
    .string()
    .optional()
    .describe('Why, for blocked, retry and already; `retag <old tag> → <new tag>` for retag.'),
  inPartnerCenter: z
    .boolean()
    .optional()
    .describe('Found in its batch when the plan asked Partner Center (read-only).'),
})

const CustomerPlanJsonSchema = z.strictObject({
  slug: z
    .string()
    .describe('The customer; a customer with several group tags has one entry per tag.'),
  name: z.string().nullable(),
  customerId: z.string().nullable(),
  groupTag: z
    .string()
    .nullable()
    .describe('The batch these devices go to; null when customer.yml is unusable.'),
  blocked: z.boolean().describe('Nothing is registered for a blocked customer.'),
  blockReasons: z.array(z.string()),
  devices: z.array(PlannedDeviceJsonSchema),
  counts: z.strictObject(
    Object.fromEntries(ACTIONS.map((a) => [a, Count])) as Record<DeviceAction, typeof Count>,
  ),
})

export const PlanReportJsonSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    digest: z.string().describe('The plan digest the merge run compares.'),
    changedFiles: z
      .array(z.string())
      .nullable()
      .describe('Files the pull request (or --base) changes; null when every file counts.'),
    summary: z
      .strictObject({
        ...SEVERITY_COUNTS,
        preExisting: Count.describe('Findings in files the pull request does not change.'),
        devices: Count.describe('Distinct devices: rows that name the same device count once.'),
        rows: Count.describe('Device rows in the CSVs.'),
        toRegister: Count.describe('Devices merging registers or retries.'),
        toRetag: Count.describe('Registered devices merging moves to another group tag.'),
        toDeregister: Count.describe(
          'Devices merging deregisters as request files ask, once their pull request is approved.',
        ),
      })
      .catchall(Count)
      .describe('Counts over the changed files; later versions may add counts.'),
    customers: z.array(CustomerPlanJsonSchema),
    findings: z.array(
      FindingJsonSchema.extend({
        preExisting: z
          .boolean()
          .describe('In a file the pull request does not change: it does not fail the check.'),
      }),
    ),
  })
  .describe(
    "The report of `autopilot-gitops plan --format json` and of the action's report output.",
  )

export const DecodedHashJsonSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    verdict: z
      .enum(['valid', 'not-base64', 'unpadded', 'not-a-hash', 'damaged'])
      .describe('valid only when the structure adds up and the SHA-256 trailer matches.'),
    problem: z.string().optional().describe('Plain words for a verdict other than valid.'),
    warning: z
      .string()
      .optional()
      .describe(
        'For a valid hash that is odd all the same: bytes after the trailer that are not zero.',
      ),
    badCharIndex: Count.optional().describe('0-based index of the first non-base64 character.'),
    serialNumber: z.string().optional(),
    manufacturer: z.string().optional(),
    model: z.string().optional(),
    productKeyId: z.string().optional(),
    hasTpm: z.boolean(),
    tpmVersion: z.string().optional(),
    isVirtualMachine: z.boolean(),
    toolVersion: z.number().optional(),
    toolBuild: z.string().optional(),
    osBuild: z.string().optional(),
    capturedAt: z.string().optional().describe('Capture time, ISO 8601 (inferred layout).'),
    cpuArchitecture: z.string().optional(),
    contentSha256: z.string().optional().describe('The SHA-256 in the trailer, hex.'),
    contentLength: Count.optional(),
    byteLength: Count.optional(),
  })
  .describe('The report of `autopilot-gitops decode-hash --format json`.')

export type ValidationReportJson = z.output<typeof ValidationReportJsonSchema>
export type PlanReportJson = z.output<typeof PlanReportJsonSchema>
export type DecodedHashJson = z.output<typeof DecodedHashJsonSchema>

const SCHEMA_URL = 'https://github.com/autopilot-gitops/autopilot-gitops/schema'

/** Each report's JSON Schema, by the name `autopilot-gitops schema NAME` takes. */
export const REPORT_SCHEMAS = {
  validate: { schema: ValidationReportJsonSchema, title: 'autopilot-gitops validate report' },
  plan: { schema: PlanReportJsonSchema, title: 'autopilot-gitops plan report' },
  'decode-hash': { schema: DecodedHashJsonSchema, title: 'autopilot-gitops decode-hash report' },
  doctor: { schema: DoctorReportJsonSchema, title: 'autopilot-gitops doctor report' },
  drift: { schema: DriftReportJsonSchema, title: 'autopilot-gitops drift report' },
} as const satisfies Record<ReportName, { schema: z.ZodType; title: string }>

export type { ReportName }

/** The JSON Schema of a report, as `npm run schema` writes it to schema/<name>-report.schema.json. */
export function reportJsonSchema(name: ReportName): Record<string, unknown> {
  const { schema, title } = REPORT_SCHEMAS[name]
  return {
    $id: `${SCHEMA_URL}/${name}-report.schema.json`,
    title,
    ...z.toJSONSchema(schema, { io: 'output' }),
  }
}
