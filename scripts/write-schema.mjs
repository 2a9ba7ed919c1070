// Writes schema/*.schema.json from the zod schemas (the single source) through the built CLI:
// customer.yml's, and those of the JSON reports of validate, plan and decode-hash.
// test/config/read-customer.test.ts and test/report/report-schemas.test.ts fail when a committed
// copy is not current.
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'

const schemas = {
  customer: 'schema/customer.schema.json',
  record: 'schema/registration-record.schema.json',
  validate: 'schema/validate-report.schema.json',
  plan: 'schema/plan-report.schema.json',
  'decode-hash': 'schema/decode-hash-report.schema.json',
  doctor: 'schema/doctor-report.schema.json',
  drift: 'schema/drift-report.schema.json',
}
for (const [name, target] of Object.entries(schemas)) {
  const json = execFileSync(process.execPath, ['dist/cli/index.js', 'schema', name], {
    encoding: 'utf8',
  })
  writeFileSync(target, json)
  console.log(`wrote ${target}`)
}
