import { randomBytes } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { requireGitHead } from '../repo/git.js'
import { localRepository } from '../repo/local-repository.js'
import { renderAdoptionText } from '../report/render-adoption.js'
import { type AdoptionResult, adoptCustomer } from '../use-cases/adopt.js'
import { type CliIo, sayOf } from './cli-io.js'
import type { DoctorOptions } from './doctor-command.js'
import { partnerCenterAccess } from './partner-center-access.js'

/**
 * `adopt`: what Partner Center already has for a customer, written into the working tree as a
 * device file and an adoption record, to be committed in a pull request and reviewed like any
 * change. Read-only in Partner Center, app-only.
 */
export async function runAdoptCommand(
  given: string | undefined,
  options: DoctorOptions & { customer: string },
  io: CliIo,
): Promise<number> {
  const { root, partnerCenter } = await partnerCenterAccess('adopt', given, options, io)
  const result = await adoptCustomer({
    repository: localRepository({ root, topLevel: root }),
    partnerCenter,
    slug: options.customer,
    commit: await requireGitHead(root),
    at: new Date(),
    runId: randomBytes(4).toString('hex'),
  })
  for (const file of result.files) {
    const target = path.join(root, file.path)
    await mkdir(path.dirname(target), { recursive: true })
    // Never over another file: a second adoption of the day gets a name of its own.
    await writeFile(target, file.text, { flag: 'wx' })
  }
  io.stdout(
    options.format === 'json' ? adoptionJson(result) : renderAdoptionText(result, sayOf(io)),
  )
  return 0
}

function adoptionJson(result: AdoptionResult): string {
  const { files, ...rest } = result
  return `${JSON.stringify({ schemaVersion: 1, ...rest, files: files.map((f) => f.path) }, null, 2)}\n`
}
