// Writes schema/customer.schema.json from the zod schema (the single source) through the built CLI.
// test/config/customer-schema.test.ts fails when the committed copy is not current.
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'

const target = 'schema/customer.schema.json'
const json = execFileSync(process.execPath, ['dist/cli/index.js', 'schema'], { encoding: 'utf8' })
writeFileSync(target, json)
console.log(`wrote ${target}`)
