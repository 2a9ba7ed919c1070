export type Severity = 'error' | 'warning' | 'notice'

/** Errors first. */
export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 }
