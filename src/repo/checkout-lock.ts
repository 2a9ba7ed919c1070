import { link, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { gitDir } from './git.js'

/**
 * One registration run at a time on a checkout: two would read the same records, send the same
 * devices and write their records side by side. The lock is a file in the git folder (never in
 * the working tree) holding the process id; one whose process is gone is taken over.
 */
export async function lockCheckout(root: string): Promise<{ release: () => Promise<void> }> {
  const file = path.join(await gitDir(root), 'autopilot-gitops-register.lock')
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(file, `${process.pid}\n`, { flag: 'wx' })
      return { release: () => rm(file, { force: true }) }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const holder = Number.parseInt(await readFile(file, 'utf8').catch(() => ''), 10)
      if (Number.isInteger(holder) && isRunning(holder)) {
        throw new Error(
          `another register run (process ${holder}) is running on this checkout: wait for it to end, then run again. If no such process runs, delete ${file}`,
        )
      }
      // Left by a run that was killed: take it over.
      await takeOver(file, holder)
    }
  }
  throw new Error(
    `could not take the lock ${file}: another run took it at the same moment; run again`,
  )
}

/**
 * Removes a lock left by `stale`, and only that one: two runs finding the same stale lock must
 * not remove, one after the other, the stale lock and then the fresh one of the first. The lock
 * is moved aside (atomically) and looked at there; a fresh one is put back.
 */
async function takeOver(file: string, stale: number): Promise<void> {
  const aside = `${file}.${process.pid}.${Date.now()}`
  try {
    await rename(file, aside)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
    throw error
  }
  const moved = Number.parseInt(await readFile(aside, 'utf8').catch(() => ''), 10)
  if (moved !== stale && !Number.isNaN(moved)) {
    // Another run took the lock in between: give it back (never over a newer one).
    await link(aside, file).catch(() => undefined)
  }
  await rm(aside, { force: true })
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
