// The baseline: csv-parse alone, over the same files, one after another, counting records.
// It gets only what it needs to read the bytes at all (the byte order mark and, for UTF-16, the encoding).
import { createReadStream, readdirSync } from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { parse } from 'csv-parse'

const root = process.argv[2]
let records = 0
const files = readdirSync(root, { recursive: true })
  .filter((f) => f.endsWith('.csv'))
  .sort()
for (const file of files) {
  const full = path.join(root, file)
  const head = await new Promise((resolve) => {
    createReadStream(full, { start: 0, end: 1 }).once('data', resolve)
  })
  const encoding = head[0] === 0xff && head[1] === 0xfe ? 'utf16le' : 'utf8'
  await pipeline(
    createReadStream(full, { highWaterMark: 256 * 1024 }),
    parse({ bom: true, encoding }),
    async (rows) => {
      for await (const _ of rows) records += 1
    },
  )
}
process.stdout.write(`${JSON.stringify({ records })}\n`)
