import type { Say } from '../messages/catalogue.js'
import type { Text } from '../messages/text.js'
import type { DoctorReport } from '../use-cases/doctor.js'
import type { DriftReport } from '../use-cases/drift.js'

type Said<T, K extends keyof T> = Omit<T, K> & { [P in K]: Exclude<T[P], Text> | string }

type DoctorCustomer = DoctorReport['customers'][number]
type SignIn = DoctorReport['signIns'][number]
type DriftCustomer = DriftReport['customers'][number]

/** `doctor --format json`: the report with each sign-in's detail and customer's problem in words. */
export type WordedDoctor = Omit<DoctorReport, 'signIns' | 'customers'> & {
  signIns: (Omit<SignIn, 'detail'> & { detail: string })[]
  customers: (Omit<DoctorCustomer, 'problem'> & { problem?: string })[]
}

/** `drift --format json`: the report with each customer's problem in words. */
export type WordedDrift = Omit<DriftReport, 'customers'> & {
  customers: (Omit<DriftCustomer, 'problem'> & { problem?: string })[]
}

export function doctorInWords(report: DoctorReport, say: Say): WordedDoctor {
  return {
    ...report,
    signIns: report.signIns.map((s) => ({ ...s, detail: say.text(s.detail) })),
    customers: report.customers.map(problemInWords(say)),
  }
}

export function driftInWords(report: DriftReport, say: Say): WordedDrift {
  return { ...report, customers: report.customers.map(problemInWords(say)) }
}

function problemInWords(say: Say) {
  return <C extends { problem?: Text }>({ problem, ...rest }: C): Said<C, 'problem'> =>
    (problem ? { ...rest, problem: say.text(problem) } : rest) as Said<C, 'problem'>
}
