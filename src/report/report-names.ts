/**
 * The reports `autopilot-gitops schema NAME` describes, apart from their schemas (report-schemas.ts)
 * so that the CLI can list them without loading zod.
 */
export const REPORT_NAMES = ['validate', 'plan', 'decode-hash', 'doctor', 'drift'] as const

export type ReportName = (typeof REPORT_NAMES)[number]

export function isReportName(name: string): name is ReportName {
  return (REPORT_NAMES as readonly string[]).includes(name)
}
