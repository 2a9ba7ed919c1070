import { randomUUID } from 'node:crypto'
import { link, mkdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { RecordFileOut } from '../ledger/record-files.js'
import { lockCheckout } from './checkout-lock.js'
import { gitDir, gitIsClean } from './git.js'

/**
 * The CLI's records: written into the working tree, to be committed by the partner. In-progress
 * records are written as soon as the uploads are accepted: a run stopped while it waits leaves
 * them uncommitted, so the next run refuses to start until they are committed, and then follows
 * them.
 */
export function workingTreeRecords(options: {
  root: string
  /** Told of each in-progress record, when it is first written. */
  told: (file: string) => void
}) {
  const { root } = options
  const told = new Set<string>()
  let lock: { release: () => Promise<void> } | undefined
  return {
    async check(): Promise<void> {
      // A record names the commit it registered: that commit must be what is on disk.
      if (!(await gitIsClean(root, 'customers')))
        throw new Error(
          'customers/ has changes that are not committed (device files, or the records of an earlier run): commit them first, so that the records name what was registered and this run knows what earlier runs sent',
        )
      lock = await lockCheckout(root)
    },
    async keepInProgress(files: readonly RecordFileOut[]): Promise<void> {
      // This run's own in-progress records, not committed yet: each write replaces the last.
      await writeRecords(root, files, 'w')
      for (const file of files) {
        if (!told.has(file.path)) options.told(file.path)
        told.add(file.path)
      }
    },
    async deliver(files: readonly RecordFileOut[]) {
      try {
        // A final record is never written over: two runs never share a name, and none is lost.
        await writeRecords(root, files, 'wx')
      } finally {
        await lock?.release()
      }
      return {
        place: files.length > 0 ? ({ kind: 'working-tree' } as const) : ({ kind: 'none' } as const),
      }
    },
  }
}

/**
 * Writes each record whole or not at all: a run killed while it writes must not leave half a
 * record, which the next run could not read (its customer would be blocked). The bytes go to a
 * file in the git folder first, then into place in one step: renamed over this run's own
 * in-progress record (`w`), or linked where no file of that name exists (`wx`: a final record is
 * never written over).
 */
async function writeRecords(
  root: string,
  records: readonly RecordFileOut[],
  flag: 'w' | 'wx',
): Promise<void> {
  const scratch = await gitDir(root)
  for (const record of records) {
    const file = path.join(root, record.path)
    await mkdir(path.dirname(file), { recursive: true })
    const partial = path.join(scratch, `autopilot-gitops-${randomUUID()}.partial`)
    await writeFile(partial, record.text, { flag: 'wx' })
    try {
      if (flag === 'w') await rename(partial, file)
      else await link(partial, file)
    } finally {
      await rm(partial, { force: true })
    }
  }
}
