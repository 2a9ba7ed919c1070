import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, expectTypeOf, it } from 'vitest'
import type { DecodedHardwareHash } from '../../src/hash/decode-hardware-hash.js'
import type { PlanReport } from '../../src/plan/plan-report.js'
import type { WordedDoctor, WordedDrift } from '../../src/report/check-words.js'
import type { DoctorReportJson } from '../../src/report/doctor-schema.js'
import type { DriftReportJson } from '../../src/report/drift-schema.js'
import {
  type DecodedHashJson,
  type PlanReportJson,
  REPORT_SCHEMAS,
  type ReportName,
  reportJsonSchema,
  type ValidationReportJson,
} from '../../src/report/report-schemas.js'
import type { Worded } from '../../src/report/report-words.js'
import type { ValidationReport } from '../../src/use-cases/validate-repository.js'
import { runInProcess } from '../cli/in-process.js'
import { gitRepository } from '../helpers/git-repo.js'
import { FIXTURES_DIR, PROJECT } from '../helpers/paths.js'
import { customerYml, device, gwaiFile, hashOf } from '../helpers/synthetic.js'

const NAMES = Object.keys(REPORT_SCHEMAS) as ReportName[]
const fileOf = (name: ReportName) => path.join(PROJECT, `schema/${name}-report.schema.json`)
const committed = (name: ReportName) => JSON.parse(readFileSync(fileOf(name), 'utf8'))

/** A validator made from the committed file: what a consumer of the report would use. */
function validatorOf(name: ReportName) {
  return new Ajv2020({ strict: true, allErrors: true }).compile(committed(name))
}

function expectValid(name: ReportName, report: unknown): void {
  const validate = validatorOf(name)
  validate(report)
  expect(validate.errors ?? []).toEqual([])
  // The zod schema it is generated from agrees.
  expect(REPORT_SCHEMAS[name].schema.safeParse(report).error?.issues ?? []).toEqual([])
}

async function json(args: readonly string[], cwd?: string): Promise<unknown> {
  const run = await runInProcess([...args, '--format', 'json'], cwd ? { cwd } : {})
  expect(run.stderr).toBe('')
  return JSON.parse(run.stdout)
}

const REPOSITORIES = [
  ['template-repo/', path.join(PROJECT, 'template-repo')],
  ['the mixed fixture', path.join(FIXTURES_DIR, 'repos/mixed')],
  ['the ledger fixture', path.join(FIXTURES_DIR, 'repos/ledger')],
  // Several tags, a retag, and deregistration requests: what the lifecycle adds to the reports.
  ['the tags fixture', path.join(FIXTURES_DIR, 'repos/tags')],
  ['the deregister fixture', path.join(FIXTURES_DIR, 'repos/deregister')],
]

describe('the JSON Schemas of the reports (schema/*-report.schema.json)', () => {
  it.each(NAMES)(
    '%s: the committed file is the one the zod schema gives (npm run schema)',
    (name) => {
      expect(committed(name)).toEqual(reportJsonSchema(name))
    },
  )

  it.each(REPOSITORIES)('validate --format json on %s matches its schema', async (_, root) => {
    expectValid('validate', await json(['validate', root]))
  })

  it.each(REPOSITORIES)('plan --format json on %s matches its schema', async (_, root) => {
    expectValid('plan', await json(['plan', root]))
  })

  it('plan --base matches its schema, changed files and pre-existing findings included', async () => {
    const repo = gitRepository({
      'customers/contoso/customer.yml': customerYml({
        name: 'Contoso',
        customerId: '8d2f6c3e-5b1a-4c7e-9f0a-1b2c3d4e5f60',
      }),
      'customers/contoso/devices/old.csv': gwaiFile([device(1, { serialNumber: '' })]),
    })
    writeFileSync(path.join(repo.root, 'customers/contoso/devices/new.csv'), gwaiFile([device(2)]))
    const report = (await json(['plan', '--base', 'main'], repo.root)) as PlanReport
    expect(report.changedFiles).toEqual(['customers/contoso/devices/new.csv'])
    expect(report.findings.some((f) => f.preExisting)).toBe(true)
    expectValid('plan', report)
  })

  it('decode-hash --format json matches its schema, for a valid hash and a damaged one', async () => {
    const hash = hashOf(device(7))
    for (const given of [hash, hash.slice(0, 200), 'not a hash at all']) {
      const run = await runInProcess(['decode-hash', given, '--format', 'json'])
      expectValid('decode-hash', JSON.parse(run.stdout))
    }
  })

  it('takes further counts in summary, and nothing else it does not know', async () => {
    const report = (await json(['validate', path.join(FIXTURES_DIR, 'repos/good')])) as Record<
      string,
      Record<string, unknown>
    >
    const validate = validatorOf('validate')
    expect(validate({ ...report, summary: { ...report.summary, rows: 5 } })).toBe(true)
    expect(validate({ ...report, summary: { ...report.summary, rows: 'five' } })).toBe(false)
    expect(validate({ ...report, extra: true })).toBe(false)
    expect(validate({ ...report, schemaVersion: 2 })).toBe(false)
  })

  it('describe exactly the types the reports are built from', () => {
    // The JSON gives each finding's words; the report itself keeps them language-neutral.
    expectTypeOf<Worded<ValidationReport>>().toExtend<ValidationReportJson>()
    expectTypeOf<ValidationReportJson>().toExtend<Worded<ValidationReport>>()
    expectTypeOf<Worded<PlanReport>>().toExtend<PlanReportJson>()
    expectTypeOf<PlanReportJson>().toExtend<Worded<PlanReport>>()
    // The decoder's problem and warning are Texts; the JSON gives their words.
    type DecodedHashReport = { schemaVersion: 1 } & Omit<
      DecodedHardwareHash,
      'problem' | 'warning'
    > & {
        problem?: string
        warning?: string
      }
    expectTypeOf<DecodedHashReport>().toExtend<DecodedHashJson>()
    expectTypeOf<DecodedHashJson>().toExtend<DecodedHashReport>()
    expectTypeOf<WordedDoctor>().toExtend<DoctorReportJson>()
    expectTypeOf<DoctorReportJson>().toExtend<WordedDoctor>()
    expectTypeOf<WordedDrift>().toExtend<DriftReportJson>()
    expectTypeOf<DriftReportJson>().toExtend<WordedDrift>()
  })
})
