import { randomBytes } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { createSignIn } from '../auth/token-provider.js'
import { runContext } from '../context/run-context.js'
import { escapeControls } from '../findings/escape.js'
import { createRedactor } from '../findings/redact.js'
import { requireGitHead } from '../repo/git.js'
import { localRepository } from '../repo/local-repository.js'
import { type AdoptionResult, adoptCustomer } from '../use-cases/adopt.js'
import type { CliIo } from './cli-io.js'
import type { DoctorOptions } from './doctor-command.js'
import { requireRoot } from './locate.js'
import { connect, settingsOf, signInOptions } from './register-command.js'

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
  const root = await requireRoot(given, io.cwd)
  const commit = await requireGitHead(root)
  if (!options.tenantId || !options.clientId)
    throw new Error('adopt needs --tenant-id and --client-id')
  const settings = settingsOf(options)
  const redactor = io.redactor ?? createRedactor()
  const context = runContext({ log: (line) => io.stderr(`${line}\n`) })
  const result = await adoptCustomer({
    repository: localRepository({ root, topLevel: root }),
    partnerCenter: () =>
      connect(
        createSignIn(signInOptions(options, io.env ?? {}, redactor)),
        settings,
        redactor,
        context,
      ),
    slug: options.customer,
    commit,
    at: new Date(),
    runId: randomBytes(4).toString('hex'),
  })
  for (const file of result.files) {
    const target = path.join(root, file.path)
    await mkdir(path.dirname(target), { recursive: true })
    // Never over another file: a second adoption of the day gets a name of its own.
    await writeFile(target, file.text, { flag: 'wx' })
  }
  io.stdout(options.format === 'json' ? adoptionJson(result) : adoptionText(result))
  return 0
}

function adoptionJson(result: AdoptionResult): string {
  const { files, ...rest } = result
  return `${JSON.stringify({ schemaVersion: 1, ...rest, files: files.map((f) => f.path) }, null, 2)}\n`
}

export function adoptionText(result: AdoptionResult): string {
  const { slug, groupTag } = result
  const lines = [
    result.files.length === 0
      ? `Nothing to adopt for ${slug} (${groupTag}): ${result.alreadyRecorded} device(s) in its batch, all recorded already.`
      : `${slug} (${groupTag}): ${result.adopted} adopted into a new device file, ${result.fromRows} recorded from the repository's own rows, ${result.alreadyRecorded} recorded already.`,
  ]
  for (const other of result.otherBatches)
    lines.push(
      `  batch ${other.batch} (${other.devices} device(s)): not adopted: customer.yml names the group tag ${groupTag}, and a customer has one tag for now`,
    )
  if (result.unnamed > 0)
    lines.push(
      `  ${result.unnamed} device(s) Partner Center names by neither serial, manufacturer and model nor a product key id: not adopted (no row can name them)`,
    )
  for (const file of result.files) lines.push(`Written: ${file.path}`)
  if (result.files.length > 0)
    lines.push('Commit them in a pull request: the adoption is reviewed like any change.')
  return `${lines.map(escapeControls).join('\n')}\n`
}
